import { TestApp, TestUser, createTestApp, signUp } from '@welness/testing';
import { DataSource } from 'typeorm';
import { CheckinService } from './checkin.service';

/**
 * A worker killed after a check-in was posted but before the run was recorded on the schedule
 * leaves its job to BullMQ's stalled-job recovery; the retried job must not post it twice.
 */
describe('a check-in job retried after its worker died mid-delivery', () => {
  let t: TestApp;
  let user: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    user = await signUp(t);
    const res = await fetch(`${t.url}/api/v1/agents/checkins`, {
      method: 'PUT',
      headers: user.headers,
      body: JSON.stringify({ dailyTime: '21:00', weeklyDay: 7, weeklyTime: '18:00' }),
    });
    expect(res.status).toBe(200);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('finds the posted check-in, records it and posts nothing more', async () => {
    const checkins = t.app.get(CheckinService);
    const ds = t.app.get(DataSource);
    const count = async (kind: string) =>
      Number(
        (
          (await ds.query(`SELECT count(*) AS n FROM agent_message WHERE user_id = $1 AND meta->>'kind' = $2`, [user.id, kind])) as {
            n: string;
          }[]
        )[0].n,
      );

    for (const kind of ['daily', 'weekly'] as const) {
      const first = await checkins.deliver(user.id, kind);
      expect(first).not.toBeNull();
      // The kill: the message is committed, the schedule never heard of it.
      await ds.query(`UPDATE agent_checkin_schedule SET last_daily_at = NULL, last_weekly_at = NULL WHERE user_id = $1`, [user.id]);
      const retried = await checkins.deliver(user.id, kind);
      expect(retried?.id).toBe(first!.id);
      expect(await count(`checkin-${kind}`)).toBe(1);
      // Recorded now: a third run the same day is a no-op.
      expect(await checkins.deliver(user.id, kind)).toBeNull();
      expect(await count(`checkin-${kind}`)).toBe(1);
    }
  });
});
