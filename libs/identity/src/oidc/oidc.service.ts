import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, ProblemException, REDIS, conflict, notFound } from '@welness/platform';
import type Redis from 'ioredis';
import * as oidc from 'openid-client';
import { RoleGrantsService } from '../admin/role-grants.service';
import { AuditService } from '../audit/audit.service';
import { AuthService, Session } from '../auth/auth.service';
import { UserAccount } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import { FederatedIdentitiesRepository } from './federated-identities.repository';

type ProviderConfig = AppConfig['OIDC_PROVIDERS'][number];

interface PendingLogin {
  provider: string;
  verifier: string;
  nonce: string;
}

const STATE_TTL_SECONDS = 600;

const oidcFailed = (detail: string) => new ProblemException(401, 'oidc-failed', 'Unauthorized', detail);

/**
 * Authorization-code login with any OpenID Connect provider from config: PKCE (S256), state
 * bound to the browser by a cookie, nonce checked in the ID token. The first login creates the
 * account or links it to an existing one with the same verified email; later logins reuse it.
 */
@Injectable()
export class OidcService {
  private readonly discovered = new Map<string, Promise<oidc.Configuration>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly users: UsersRepository,
    private readonly identities: FederatedIdentitiesRepository,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly roleGrants: RoleGrantsService,
  ) {}

  providers(): string[] {
    return this.config.OIDC_PROVIDERS.map((p) => p.name);
  }

  /** Returns where to send the browser, and the state to pin in a cookie. */
  async start(providerName: string): Promise<{ url: string; state: string }> {
    const provider = this.provider(providerName);
    const server = await this.server(provider);
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const pending: PendingLogin = { provider: provider.name, verifier, nonce };
    await this.redis.set(stateKey(state), JSON.stringify(pending), 'EX', STATE_TTL_SECONDS);
    const url = oidc.buildAuthorizationUrl(server, {
      redirect_uri: this.redirectUri(provider.name),
      scope: provider.scopes,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, state };
  }

  async callback(providerName: string, callbackUrl: URL, cookieState: string | undefined): Promise<Session> {
    const provider = this.provider(providerName);
    const state = callbackUrl.searchParams.get('state');
    if (!state || !cookieState || state !== cookieState)
      throw oidcFailed('The sign-in state does not match this browser.');
    const raw = await this.redis.getdel(stateKey(state));
    if (!raw) throw oidcFailed('The sign-in attempt expired or was already used.');
    const pending = JSON.parse(raw) as PendingLogin;
    if (pending.provider !== provider.name)
      throw oidcFailed('The sign-in attempt belongs to another provider.');

    const server = await this.server(provider);
    // The provider sees our public callback URL; rebuild it so the redirect_uri check matches.
    const current = new URL(this.redirectUri(provider.name));
    current.search = callbackUrl.search;
    let claims: oidc.IDToken | undefined;
    try {
      const tokens = await oidc.authorizationCodeGrant(server, current, {
        pkceCodeVerifier: pending.verifier,
        expectedState: state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
    } catch (err) {
      throw oidcFailed(`The provider did not complete the sign-in: ${(err as Error).message}`);
    }
    if (!claims?.sub) throw oidcFailed('The ID token has no subject.');
    const user = await this.resolveUser(provider.name, claims);
    return this.auth.sessionFor(user, `oidc:${provider.name}`);
  }

  private async resolveUser(provider: string, claims: oidc.IDToken): Promise<UserAccount> {
    const linked = await this.identities.find(provider, claims.sub);
    if (linked) {
      const user = await this.users.findById(linked.userId);
      if (user) return user;
    }
    const email = typeof claims.email === 'string' ? claims.email.toLowerCase() : undefined;
    const verified = claims.email_verified === true;
    if (!email) throw oidcFailed('The provider did not share an email address.');
    let user = await this.users.findByEmail(email);
    if (user) {
      // Linking on an unverified address would let anyone claim an account by typing its email.
      if (!verified)
        throw conflict(
          'oidc-email-unverified',
          'An account with this email exists; verify the email at the provider to link it.',
        );
      await this.audit.record({
        subjectUserId: user.id,
        actorUserId: user.id,
        action: 'auth.oidc_linked',
        detail: { provider },
      });
    } else {
      const name = typeof claims.name === 'string' ? claims.name.slice(0, 80) : null;
      user = await this.users.create({
        email,
        emailVerified: verified,
        passwordHash: null,
        displayName: name,
      });
      await this.audit.record({
        subjectUserId: user.id,
        actorUserId: user.id,
        action: 'account.registered',
        detail: { via: `oidc:${provider}` },
      });
      // An address the provider has not verified could be anyone's: no admin role for it.
      if (verified) user = await this.roleGrants.onAccountCreated(user);
    }
    await this.identities.link({ userId: user.id, provider, subject: claims.sub, email });
    return user;
  }

  private provider(name: string): ProviderConfig {
    const p = this.config.OIDC_PROVIDERS.find((x) => x.name === name);
    if (!p) throw notFound('Sign-in provider');
    return p;
  }

  private server(p: ProviderConfig): Promise<oidc.Configuration> {
    let found = this.discovered.get(p.name);
    if (!found) {
      const issuer = new URL(p.issuer);
      // Plain http only for loopback/dev issuers; real providers are https.
      const options = issuer.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined;
      found = oidc.discovery(issuer, p.clientId, undefined, oidc.ClientSecretBasic(p.clientSecret), options);
      found.catch(() => this.discovered.delete(p.name));
      this.discovered.set(p.name, found);
    }
    return found.catch((err: Error) => {
      throw new ProblemException(
        503,
        'oidc-unavailable',
        'Service unavailable',
        `Cannot reach the ${p.name} sign-in provider: ${err.message}`,
      );
    });
  }

  private redirectUri(provider: string): string {
    return `${this.config.PUBLIC_URL.replace(/\/$/, '')}/api/v1/auth/oidc/${provider}/callback`;
  }
}

const stateKey = (state: string) => `oidc:state:${state}`;
