import { DayChanges, type DayChangeListener } from './day-changes';

describe('DayChanges (the port writers signal through)', () => {
  it('tells every listener, in turn, which day changed, that all did, or that they were erased', async () => {
    const heard: string[] = [];
    const listener = (name: string): DayChangeListener => ({
      dayChanged: async (userId, from) => void heard.push(`${name} ${userId} from ${from}`),
      allDaysChanged: async (userId) => void heard.push(`${name} ${userId} all`),
      daysErased: async (userId) => void heard.push(`${name} ${userId} erased`),
    });
    const changes = new DayChanges();
    await changes.dayChanged('u0', '2026-03-01');
    changes.listen(listener('a'));
    changes.listen(listener('b'));
    await changes.dayChanged('u1', '2026-03-10');
    await changes.allDaysChanged('u2');
    await changes.daysErased('u3');
    expect(heard).toEqual([
      'a u1 from 2026-03-10',
      'b u1 from 2026-03-10',
      'a u2 all',
      'b u2 all',
      'a u3 erased',
      'b u3 erased',
    ]);
  });
});
