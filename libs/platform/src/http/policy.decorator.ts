import { SetMetadata } from '@nestjs/common';

/**
 * Who may call a route. Every route declares one; the identity module's guard enforces it
 * and the app refuses to start when a route has none.
 *  - public: anyone
 *  - authenticated: any signed-in user
 *  - owner: the signed-in user, on their own resources
 *  - coach-of-client: a coach with an active, consented link to `:userId` covering `scope`
 *  - admin: holders of the admin role
 */
export type PolicyKind = 'public' | 'authenticated' | 'owner' | 'coach-of-client' | 'admin';
export type CoachScope = 'read' | 'write' | 'message';

export interface PolicyMeta {
  kind: PolicyKind;
  scope?: CoachScope;
}

export const POLICY = 'welness:policy';

export const Policy = (kind: PolicyKind, scope?: CoachScope): MethodDecorator & ClassDecorator =>
  SetMetadata(POLICY, { kind, scope } satisfies PolicyMeta);
