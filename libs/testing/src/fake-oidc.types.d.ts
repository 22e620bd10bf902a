// Minimal typings for the parts of oidc-provider (untyped ESM) that the loopback fake uses.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface OidcAccount {
    accountId: string;
    claims(): Record<string, unknown> | Promise<Record<string, unknown>>;
  }

  export interface OidcGrant {
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  }

  export interface OidcContext {
    oidc: { client: { clientId: string }; session: { accountId: string } };
  }

  export interface OidcConfiguration {
    clients: Record<string, unknown>[];
    findAccount(ctx: unknown, sub: string): Promise<OidcAccount | undefined>;
    claims?: Record<string, string[]>;
    conformIdTokenClaims?: boolean;
    pkce?: { required?: () => boolean };
    features?: Record<string, { enabled: boolean }>;
    cookies?: { keys: string[] };
    loadExistingGrant?(ctx: OidcContext): Promise<OidcGrant | undefined>;
    interactions?: { url(ctx: unknown, interaction: { uid: string }): string };
  }

  export default class Provider {
    constructor(issuer: string, configuration: OidcConfiguration);
    Grant: new (init: { clientId: string; accountId: string }) => OidcGrant;
    proxy: boolean;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: Record<string, unknown>,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
    interactionDetails(
      req: IncomingMessage,
      res: ServerResponse,
    ): Promise<{ uid: string; prompt: { name: string } }>;
  }
}
