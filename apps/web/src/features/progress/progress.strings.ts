import { registerStrings, type Translation } from '../../i18n/register';

const en = {
  latest: 'Latest weigh-in: {{weight}} on {{date}}; trend {{trend}}.',
};

const es: Translation<typeof en> = {
  latest: 'Último pesaje: {{weight}} el {{date}}; tendencia {{trend}}.',
};

registerStrings('progressMore', { en, es });
