import { afterEach, expect, it } from 'vitest';
import { i18n } from './index';
import { registerStrings, type Translation } from './register';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

it('a screen registers its own strings in both languages without touching the bundled catalogue', async () => {
  const en = { title: 'Rest timer', left: '{{seconds}} s left', nested: { ok: 'Done' } };
  const es: Translation<typeof en> = { title: 'Descanso', left: 'Quedan {{seconds}} s', nested: { ok: 'Hecho' } };
  registerStrings('registerTest', { en, es });

  expect(i18n.t('registerTest.left', { seconds: 30 })).toBe('30 s left');
  expect(i18n.t('app.name')).toBe('Welness AI');
  await i18n.changeLanguage('es');
  expect(i18n.t('registerTest.title')).toBe('Descanso');
  expect(i18n.t('registerTest.nested.ok')).toBe('Hecho');
});

it('a Spanish catalogue missing a key does not compile', () => {
  const en = { a: 'A', b: 'B' };
  // @ts-expect-error: `b` is missing in Spanish
  registerStrings('registerTypeTest', { en, es: { a: 'A' } });
  expect(i18n.t('registerTypeTest.a')).toBe('A');
});
