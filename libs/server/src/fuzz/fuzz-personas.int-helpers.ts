import { randomUUID } from 'node:crypto';
import { TestApp, TestUser, logIn, signUp } from '@welness/testing';

export type PersonaName = 'owner' | 'other' | 'anonymous';

/** Who sends a request: a signed-in account (its headers) or nobody. */
export interface Persona {
  name: PersonaName;
  user?: TestUser;
  headers(): Record<string, string>;
}

export interface Personas {
  /** An admin and coach, so admin and coach routes get past the guard to their validation. */
  owner: Persona;
  /** A plain user who should reach nothing of the owner's. */
  other: Persona;
  anonymous: Persona;
  /** The owner's client (consented read and write), whose id fills `{userId}` on coach routes. */
  client: TestUser;
  /** Path parameter values that address the owner's world. */
  fill(name: string): string;
  /** Signs a persona in again if a request ended its session; true when it had to. */
  revive(persona: Persona): Promise<boolean>;
}

function persona(name: PersonaName, user?: TestUser): Persona {
  return {
    name,
    user,
    headers: (): Record<string, string> => (user ? { authorization: `Bearer ${user.accessToken}` } : {}),
  };
}

export async function createPersonas(t: TestApp): Promise<Personas> {
  const ownerUser = await signUp(t, { roles: ['admin', 'coach'], displayName: 'Fuzz Owner' });
  const otherUser = await signUp(t, { displayName: 'Fuzz Other' });
  const client = await signUp(t, { displayName: 'Fuzz Client' });
  const call = async (u: TestUser, method: string, path: string, body: unknown) => {
    const res = await fetch(`${t.url}/api/v1${path}`, {
      method,
      headers: u.headers,
      body: JSON.stringify(body),
    });
    if (res.status >= 300)
      throw new Error(`fuzz setup: ${method} ${path} answered ${res.status} ${await res.text()}`);
    return (await res.json()) as { id: string };
  };
  const link = await call(ownerUser, 'POST', '/coach/invitations', {
    email: client.email,
    scopes: ['read', 'write'],
  });
  await call(client, 'POST', `/me/coach-links/${link.id}/consent`, { scopes: ['read', 'write'] });

  const values: Record<string, string> = {
    userId: client.id,
    barcode: '3017620422003',
    role: 'coach',
    provider: 'none',
  };
  const owner = persona('owner', ownerUser);
  const other = persona('other', otherUser);
  return {
    owner,
    other,
    anonymous: persona('anonymous'),
    client,
    fill: (name) => values[name] ?? randomUUID(),
    async revive(p) {
      if (!p.user) return false;
      const me = await fetch(`${t.url}/api/v1/me`, { headers: p.headers() });
      if (me.status === 200) return false;
      const fresh = await logIn(t, p.user.email, p.user.password);
      p.user.accessToken = fresh.accessToken;
      p.user.refreshToken = fresh.refreshToken;
      return true;
    },
  };
}
