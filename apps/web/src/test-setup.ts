import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { i18n } from './i18n';

// Component tests read English text; the catalogue is bundled so this is synchronous.
beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(() => cleanup());
