import { TestApp, TestUser, apiCall, createTestApp, signUp } from '@welness/testing';

/** An imperial user (Settings → Units) is asked for feet, inches and pounds; the profile stores metric. */
describe('onboarding interview in imperial units', () => {
  let t: TestApp;
  let user: TestUser;
  let conversationId: string;

  beforeAll(async () => {
    t = await createTestApp();
    user = await signUp(t, { timeZone: 'UTC' });
    expect((await apiCall(t, user, 'PATCH', '/me', { unitSystem: 'imperial' })).status).toBe(200);
    const conv = await apiCall<{ id: string }>(t, user, 'POST', '/agents/conversations', {
      mode: 'onboarding',
    });
    expect(conv.status).toBe(201);
    conversationId = conv.body.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  const answer = async (text: string) => {
    const res = await apiCall<{ message: { content: string } }>(
      t,
      user,
      'POST',
      `/agents/conversations/${conversationId}/messages`,
      { text },
    );
    expect(res.status).toBe(200);
    return res.body.message.content;
  };

  it('asks in ft/in and lb, reads bare numbers that way and saves cm and kg', async () => {
    expect(await answer('maintain my weight')).toMatch(/How old are you/);
    expect(await answer('34')).toMatch(/What sex/);
    expect(await answer('male')).toMatch(/How tall are you \(in feet and inches/);
    expect(await answer('5 10')).toMatch(/What do you weigh now \(in lb\)\?/);
    expect(await answer('180')).toMatch(/How active/);
    for (const a of ['moderately active', 'omnivore', 'none', 'none']) await answer(a);
    expect(await answer('none')).toMatch(/All set/);

    const me = await apiCall<{ heightCm: number }>(t, user, 'GET', '/me');
    expect(me.body.heightCm).toBe(178);
    const weights = await apiCall<{ weightKg: number }[]>(t, user, 'GET', '/body/weights');
    expect(weights.body.map((w) => w.weightKg)).toEqual([81.6]);
  });
});
