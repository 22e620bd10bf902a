import { loadConfig } from './load-config';

describe('loadConfig', () => {
  it('applies defaults for a bare environment', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.WORKER_MODE).toBe('inline');
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ DATABASE_URL: 'nonsense' })).toThrow(/^Invalid configuration: DATABASE_URL /);
    expect(() => loadConfig({ PORT: 'x' })).toThrow(/PORT/);
  });

  it('parses booleans and lists', () => {
    const config = loadConfig({ DB_MIGRATE_ON_START: 'false', CORS_ORIGINS: 'https://a.test, https://b.test' });
    expect(config.DB_MIGRATE_ON_START).toBe(false);
    expect(config.CORS_ORIGINS).toEqual(['https://a.test', 'https://b.test']);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ PORT: '' }).PORT).toBe(3000);
  });
});
