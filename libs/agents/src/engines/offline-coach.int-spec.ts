import { TestApp, TestUser, apiCall, createTestApp, signUp } from '@welness/testing';

/** A user with the profile targets need and a first weigh-in, as the interview would leave. */
async function profiledUser(t: TestApp): Promise<TestUser> {
  const u = await signUp(t, { timeZone: 'UTC' });
  await apiCall(t, u, 'PATCH', '/me', {
    birthDate: '1990-05-01',
    sex: 'female',
    heightCm: 168,
    activityLevel: 'moderate',
  });
  await apiCall(t, u, 'POST', '/body/weights', { date: '2020-01-01', weightKg: 70 });
  return u;
}

/** One chat turn with the offline coach; the reply's words. */
async function say(t: TestApp, u: TestUser, conversationId: string, text: string): Promise<string> {
  const res = await apiCall<{ message: { content: string } }>(
    t,
    u,
    'POST',
    `/agents/conversations/${conversationId}/messages`,
    { text },
  );
  if (res.status !== 200) throw new Error(`turn "${text}": ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.message.content;
}

describe('offline coach replies (real stores)', () => {
  let t: TestApp;
  let u: TestUser;
  let conversation: string;

  beforeAll(async () => {
    t = await createTestApp();
    u = await profiledUser(t);
    conversation = (await apiCall<{ id: string }>(t, u, 'POST', '/agents/conversations', {})).body.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('summarises a generated plan by what each meal holds, never "breakfast Breakfast"', async () => {
    await apiCall(t, u, 'PUT', '/food-preferences', { dietType: 'vegetarian', allergens: ['peanuts'] });
    const reply = await say(t, u, conversation, 'make me a meal plan');
    expect(reply).toMatch(/is ready \(vegetarian, without peanuts\)/);
    expect(reply).not.toMatch(/breakfast Breakfast|lunch Lunch/i);
    expect(reply).toMatch(/Breakfast: [a-z]/);
    expect(reply).toMatch(/\(\d+ kcal\)/);
  });

  it('says target warnings in words', async () => {
    await apiCall(t, u, 'PUT', '/goals', { direction: 'lose', rateKgPerWeek: 1.5 });
    const reply = await say(t, u, conversation, 'what are my targets?');
    expect(reply).toContain('Your daily targets');
    expect(reply).not.toMatch(/floor-applied|rate-unsafe|Note:/);
    expect(reply).toMatch(/faster than is safe|safe minimum/);
  });
});
