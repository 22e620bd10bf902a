import { advance, emptyOnboarding, nextField, question } from './onboarding.machine';
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

describe('the interview in imperial units (Settings → Units)', () => {
  it('asks for height and weight in feet, inches and pounds', () => {
    expect(question('weightKg', 'imperial')).toBe('What do you weigh now (in lb)?');
    expect(question('heightCm', 'imperial')).toMatch(/feet and inches/);
    expect(question('weightKg')).toBe('What do you weigh now (in kg)?');
    expect(question('age', 'imperial')).toBe(question('age'));
  });

  it('reads a bare answer in the person’s units, stored metric', () => {
    expect(parseProfile('180', now, 'weightKg', 'imperial')).toEqual({ weightKg: 81.6 });
    expect(parseProfile('180', now, 'weightKg')).toEqual({ weightKg: 180 });
    expect(parseProfile('5 10', now, 'heightCm', 'imperial')).toEqual({ heightCm: 178 });
    expect(parseProfile('70', now, 'heightCm', 'imperial')).toEqual({ heightCm: 178 });
    expect(parseProfile('6', now, 'heightCm', 'imperial')).toEqual({ heightCm: 183 });
    expect(parseProfile('178', now, 'heightCm')).toEqual({ heightCm: 178 });
    // Explicit units still win whatever the setting.
    expect(parseProfile('80 kg', now, 'weightKg', 'imperial')).toEqual({ weightKg: 80 });
    expect(parseProfile('5\'10"', now, 'heightCm')).toEqual({ heightCm: 178 });
  });

  it('an imperial interview fills height and weight from bare numbers', () => {
    let s = emptyOnboarding();
    for (const answer of ['maintain my weight', '34', 'female'])
      s = advance(s, answer, now, 'imperial').state;
    expect(s.asking).toBe('heightCm');
    s = advance(s, '5 10', now, 'imperial').state;
    expect(s.answers.heightCm).toBe(178);
    expect(s.asking).toBe('weightKg');
    const step = advance(s, '180', now, 'imperial');
    expect(step.filled).toEqual(['weightKg']);
    expect(step.state.answers.weightKg).toBe(81.6);
    // 180 read as kg would have been accepted too, but 500 lb (227 kg) is in range and 900 lb is not.
    expect(advance(s, '900', now, 'imperial').rejected).toEqual(['weightKg']);
  });
});
