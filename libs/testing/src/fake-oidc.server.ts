import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import Provider, { type OidcGrant } from 'oidc-provider';

export interface FakeOidcAccount {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface FakeOidcServer {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The account the next interactive login signs in as (the "user" at the provider). */
  loginAs(account: FakeOidcAccount): void;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (panva's oidc-provider) on loopback. Logins complete without
 * a form: the interaction signs in the account set with `loginAs`, and consent is implied.
 */
export async function startFakeOidc(opts: {
  redirectUris: string[];
  clientId?: string;
  clientSecret?: string;
}): Promise<FakeOidcServer> {
  const clientId = opts.clientId ?? 'welness-test';
  const clientSecret = opts.clientSecret ?? 'welness-test-secret-0123456789';
  const accounts = new Map<string, FakeOidcAccount>();
  let next: FakeOidcAccount | undefined;

  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider: Provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: opts.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    async findAccount(_ctx, sub) {
      const acc = accounts.get(sub);
      return acc ? { accountId: sub, claims: () => ({ ...acc }) } : undefined;
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // Put the scope's claims in the ID token itself, as Google and most providers do.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    cookies: { keys: ['fake-oidc-cookie-key-0123456789'] },
    async loadExistingGrant(ctx): Promise<OidcGrant> {
      const grant: OidcGrant = new provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });

  const handler = provider.callback();
  server.on('request', (req, res) => {
    if (req.method === 'GET' && req.url?.startsWith('/interaction/')) {
      void (async () => {
        try {
          if (!next) throw new Error('fake OIDC: call loginAs() before starting a login');
          accounts.set(next.sub, next);
          await provider.interactionFinished(
            req,
            res,
            { login: { accountId: next.sub } },
            { mergeWithLastSubmission: false },
          );
        } catch (err) {
          res.statusCode = 500;
          res.end(String(err));
        }
      })();
      return;
    }
    handler(req, res);
  });

  return {
    issuer,
    clientId,
    clientSecret,
    loginAs(account) {
      next = account;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Plays the browser: follows redirects from `startUrl` with a cookie jar per host until the
 * response is not a redirect or leaves the hosts in `rewrite`/the provider. URLs on the app's
 * public origin are sent to where the test app actually listens.
 */
export async function browseRedirects(
  startUrl: string,
  opts: { publicOrigin: string; appUrl: string; stopAtOrigin?: string; maxHops?: number },
): Promise<{ hops: string[]; last: Response; cookies: Record<string, Record<string, string>> }> {
  const jar: Record<string, Record<string, string>> = {};
  const hops: string[] = [];
  let url = startUrl;
  for (let i = 0; i < (opts.maxHops ?? 20); i++) {
    const target = new URL(
      url.startsWith(opts.publicOrigin) ? opts.appUrl + url.slice(opts.publicOrigin.length) : url,
    );
    hops.push(url);
    const cookies = jar[target.host] ?? {};
    const res = await fetch(target, {
      redirect: 'manual',
      headers: Object.keys(cookies).length
        ? {
            cookie: Object.entries(cookies)
              .map(([k, v]) => `${k}=${v}`)
              .join('; '),
          }
        : {},
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      jar[target.host] ??= {};
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) delete jar[target.host][name];
      else jar[target.host][name] = value;
    }
    const location = res.headers.get('location');
    if (res.status < 300 || res.status >= 400 || !location) return { hops, last: res, cookies: jar };
    const next = new URL(location, url).href;
    if (opts.stopAtOrigin && next.startsWith(opts.stopAtOrigin) && !next.includes('/api/')) {
      hops.push(next);
      return { hops, last: res, cookies: jar };
    }
    url = next;
  }
  throw new Error(`too many redirects: ${hops.join(' -> ')}`);
}
