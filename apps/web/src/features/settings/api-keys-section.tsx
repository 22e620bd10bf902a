import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiKeys, useCreateApiKey, useRevokeApiKey } from '../../hooks/use-account';
import { Field } from '../auth/auth-form';

/** Personal API keys: the secret is shown once, right after creation, and never again. */
export function ApiKeysSection() {
  const { t } = useTranslation();
  const keys = useApiKeys();
  const create = useCreateApiKey();
  const revoke = useRevokeApiKey();
  const [name, setName] = useState('');
  const [write, setWrite] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ name: name.trim(), scopes: write ? ['read', 'write'] : ['read'] }, { onSuccess: () => setName('') });
  };
  const active = (keys.data ?? []).filter((k) => !k.revokedAt);
  return (
    <section className="card stack" aria-labelledby="api-keys-title">
      <h2 id="api-keys-title">{t('settings.apiKeys')}</h2>
      <form className="stack" onSubmit={submit}>
        <Field label={t('settings.apiKeyName')}>{(p) => <input {...p} value={name} maxLength={80} required onChange={(e) => setName(e.target.value)} />}</Field>
        <label>
          <input type="checkbox" checked={write} onChange={(e) => setWrite(e.target.checked)} /> {t('settings.apiKeyWrite')}
        </label>
        {create.isError && <p role="alert" className="bad">{create.error.message || t('state.error')}</p>}
        <button type="submit" className="btn" disabled={create.isPending || !name.trim()}>
          {t('settings.apiKeyCreate')}
        </button>
      </form>
      {create.data && (
        <div className="notice" role="status">
          <p>{t('settings.apiKeyOnce')}</p>
          <code className="secret" data-testid="api-key-secret">{create.data.key}</code>
        </div>
      )}
      {keys.isError && <p role="alert" className="bad">{t('state.error')}</p>}
      {keys.isSuccess && active.length === 0 && <p>{t('settings.apiKeyNone')}</p>}
      {active.length > 0 && (
        <ul aria-label={t('settings.apiKeys')}>
          {active.map((k) => (
            <li key={k.id}>
              <strong>{k.name}</strong> <code>{k.prefix}…</code> {k.scopes.join(', ')}{' '}
              <button type="button" className="btn" onClick={() => revoke.mutate(k.id)} disabled={revoke.isPending} aria-label={t('settings.apiKeyRevokeNamed', { name: k.name })}>
                {t('settings.apiKeyRevoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
