import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../app/session-context';

/**
 * Shown to admins beside an unknown barcode: a new install holds only the bundled sample of
 * Open Food Facts, and the full catalogue is one import away (admin screen or CLI).
 */
export function CatalogueImportHint() {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.roles.includes('admin')) return null;
  return (
    <aside className="note" aria-labelledby="catalogue-import-title">
      <h2 id="catalogue-import-title">{t('product.importHintTitle')}</h2>
      <p>{t('product.importHintBody')}</p>
      <ul>
        <li>
          <Trans i18nKey="product.importHintAdmin" components={{ admin: <Link to="/admin" /> }} />
        </li>
        <li>
          {t('product.importHintCli')} <code>npm run facts:import -- openfoodfacts-products.jsonl.gz</code>
        </li>
      </ul>
    </aside>
  );
}
