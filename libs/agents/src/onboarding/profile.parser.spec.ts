import { advance, emptyOnboarding, nextField } from './onboarding.machine';
import { parseByDate, parseProfile } from './profile.parser';

const now = new Date('2026-11-22T10:00:00Z');

describe('profile parser', () => {
  it('reads every fact of the onboarding sentence', () => {
    const a = parseProfile(
      "I'm 34, male, 178 cm, 80 kg, moderately active, vegetarian, allergic to peanuts, I want to lose 5 kg by June",
      now,
    );
    expect(a).toEqual({
      age: 34,
      sex: 'male',
      heightCm: 178,
      weightKg: 80,
      activity: 'moderate',
      diet: 'vegetarian',
      allergies: ['peanuts'],
      goal: { direction: 'lose', amountKg: 5, by: '2027-06-01' },
    });
  });

  it('converts imperial units and reads women, lists and dislikes', () => {
    const a = parseProfile(
      "I'm a 41 year old woman, 5'6\", 165 lbs, sedentary, vegan, allergic to soy and sesame. I don't like mushrooms, olives",
      now,
    );
    expect(a.sex).toBe('female');
    expect(a.age).toBe(41);
    expect(a.heightCm).toBe(168);
    expect(a.weightKg).toBeCloseTo(74.8, 1);
    expect(a.activity).toBe('sedentary');
    expect(a.diet).toBe('vegan');
    expect(a.allergies).toEqual(['soy', 'sesame']);
    expect(a.dislikes).toEqual(['mushrooms', 'olives']);
  });

  it('resolves "by <month>" to the next such month and "end of" to its last day', () => {
    expect(parseByDate('by March', now)).toBe('2027-03-01');
    expect(parseByDate('by the end of December', now)).toBe('2026-12-31');
    expect(parseByDate('by 2027-02-14', now)).toBe('2027-02-14');
    expect(parseByDate('by bedtime', now)).toBeUndefined();
  });

  it('fills the asked field from a bare answer', () => {
    expect(parseProfile('34', now, 'age')).toEqual({ age: 34 });
    expect(parseProfile('none', now, 'allergies')).toEqual({ allergies: [] });
    expect(parseProfile('8 pm', now, 'checkinTime')).toEqual({ checkinTime: '20:00' });
  });
});

describe('onboarding machine', () => {
  it('asks field by field, rejects implausible values and completes', () => {
    let s = emptyOnboarding();
    const step1 = advance(s, 'I want to lose 4 kg', now);
    expect(step1.next).toBe('age');
    s = step1.state;
    const bad = advance(s, '7', now);
    expect(bad.rejected).toEqual(['age']);
    expect(bad.next).toBe('age');
    s = advance(s, '29', now).state;
    s = advance(s, 'female, 170 cm, 64 kg, lightly active, omnivore', now).state;
    expect(nextField(s.answers)).toBe('allergies');
    s = advance(s, 'none', now).state;
    s = advance(s, 'coriander', now).state;
    const last = advance(s, 'none', now);
    expect(last.next).toBeNull();
    expect(last.state.completedAt).toBe(now.toISOString());
    expect(last.state.answers).toMatchObject({
      age: 29,
      sex: 'female',
      heightCm: 170,
      weightKg: 64,
      activity: 'light',
      diet: 'omnivore',
      allergies: [],
      dislikes: ['coriander'],
    });
  });
});
