import { loadConfig } from './load-config';

describe('loadConfig', () => {
  it('applies defaults for a bare test environment', () => {
    const config = loadConfig({ NODE_ENV: 'test' });
    expect(config.PORT).toBe(3000);
    expect(config.WORKER_MODE).toBe('inline');
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ DATABASE_URL: 'nonsense' })).toThrow(/^Invalid configuration: DATABASE_URL /);
    expect(() => loadConfig({ PORT: 'x' })).toThrow(/PORT/);
  });

  it('parses booleans and lists', () => {
    const config = loadConfig({ NODE_ENV: 'test', DB_MIGRATE_ON_START: 'false', CORS_ORIGINS: 'https://a.test, https://b.test' });
    expect(config.DB_MIGRATE_ON_START).toBe(false);
    expect(config.CORS_ORIGINS).toEqual(['https://a.test', 'https://b.test']);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ NODE_ENV: 'test', PORT: '' }).PORT).toBe(3000);
  });

  it('trusts no proxy by default and takes a list of addresses or CIDR blocks', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).TRUSTED_PROXIES).toEqual([]);
    expect(loadConfig({ NODE_ENV: 'test', TRUSTED_PROXIES: '10.0.1.0/24, 10.0.2.7,fd00::/8' }).TRUSTED_PROXIES).toEqual([
      '10.0.1.0/24',
      '10.0.2.7',
      'fd00::/8',
    ]);
    for (const bad of ['*', 'true', '10.0.0.0/33', '10.0.0.0/8/1', 'proxy.internal', '::/129']) {
      expect(() => loadConfig({ NODE_ENV: 'test', TRUSTED_PROXIES: bad }), bad).toThrow(/^Invalid configuration: TRUSTED_PROXIES /);
    }
  });
});
