import { TestApp, TestUser, apiCall as api, createTestApp, signUp } from '@welness/testing';

interface Agent {
  id: string;
  slug: string;
  temperature: number;
  model: string | null;
  enabledTools: string[];
  availableTools: string[];
}
interface AuditPage {
  items: {
    action: string;
    actorUserId: string | null;
    actorEmail: string | null;
    detail: Record<string, unknown>;
  }[];
}

describe('admin: agent configurations (real stores)', () => {
  let t: TestApp;
  let admin: TestUser;
  let coach: Agent;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signUp(t, { roles: ['admin'] });
    coach = (await api<{ items: Agent[] }>(t, admin, 'GET', '/admin/agents')).body.items.find(
      (a) => a.slug === 'coach',
    )!;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('an edit is validated, kept, and written to the audit log with the fields it changed', async () => {
    const bad = await api<{ errors: { path: string }[] }>(t, admin, 'PATCH', `/admin/agents/${coach.id}`, {
      temperature: 2.5,
      maxTokens: 4,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e) => e.path).sort()).toEqual(['maxTokens', 'temperature']);

    const tool = coach.availableTools[0];
    const ok = await api<Agent>(t, admin, 'PATCH', `/admin/agents/${coach.id}`, {
      temperature: 0.9,
      model: 'llama3.1:8b',
      enabledTools: [tool],
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      temperature: expect.closeTo(0.9, 5),
      model: 'llama3.1:8b',
      enabledTools: [tool],
    });
    expect((await api<Agent>(t, admin, 'GET', `/admin/agents/${coach.id}`)).body.model).toBe('llama3.1:8b');

    const log = await api<AuditPage>(t, admin, 'GET', '/admin/audit?action=admin.agent_updated');
    expect(log.body.items[0]).toMatchObject({
      actorUserId: admin.id,
      actorEmail: admin.email,
      detail: {
        agentId: coach.id,
        slug: 'coach',
        fields: ['temperature', 'model', 'enabledTools'],
        model: 'llama3.1:8b',
      },
    });

    // Saving the same values again changes nothing and records nothing.
    await api(t, admin, 'PATCH', `/admin/agents/${coach.id}`, { model: 'llama3.1:8b' });
    expect(
      (await api<AuditPage>(t, admin, 'GET', '/admin/audit?action=admin.agent_updated')).body.items,
    ).toHaveLength(1);
    await api(t, admin, 'PATCH', `/admin/agents/${coach.id}`, {
      model: null,
      enabledTools: [],
      temperature: 0.4,
    });
  });

  it('per-agent stats count replies by engine; non-admins get 403', async () => {
    const stats = await api<{ byEngine: Record<string, number>; conversations: number }>(
      t,
      admin,
      'GET',
      `/admin/agents/${coach.id}/stats`,
    );
    expect(stats.status).toBe(200);
    expect(stats.body.byEngine).toEqual({});
    const user = await signUp(t);
    expect((await api(t, user, 'PATCH', `/admin/agents/${coach.id}`, { temperature: 0.1 })).status).toBe(403);
    expect((await api(t, user, 'GET', `/admin/agents/${coach.id}/stats`)).status).toBe(403);
  });
});
