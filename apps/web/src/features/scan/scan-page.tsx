import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BarcodeScanner } from './barcode-scanner';
import { ManualCodeForm } from './manual-code-form';
import { PhotoUpload } from './photo-upload';

/** Three ways to a product: the camera, the typed number, or a photo. */
export function ScanPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const open = (code: string) => void navigate(`/products/${code}`);
  return (
    <section className="card stack" aria-labelledby="scan-title">
      <h1 id="scan-title">{t('scan.title')}</h1>
      <p>{t('scan.intro')}</p>
      <BarcodeScanner onCode={open} />
      <ManualCodeForm onCode={open} />
      <PhotoUpload onCode={open} />
    </section>
  );
}
