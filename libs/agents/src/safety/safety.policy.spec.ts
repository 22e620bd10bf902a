import { SAFETY_SUITE } from '../../test/safety.suite';
import { DISCLAIMER, assessInput, assessOutput, redactForLog } from './safety.policy';

const policy = { minDailyKcal: 800, maxLossKgPerWeek: 1, disclaimer: true };

describe('safety policy', () => {
  it.each(SAFETY_SUITE)('"$prompt" → $expect', ({ prompt, expect: category }) => {
    const v = assessInput(prompt, policy);
    expect(v.category).toBe(category);
    if (category !== 'ok') {
      expect(v.reply).toBeTruthy();
      // Safe replies never carry a calorie or weight figure someone could act on.
      expect(v.reply).not.toMatch(/\d+\s*(k?cal|kg|lbs?|units?|mg)\b/i);
    }
  });

  it('puts the emergency first when a message mentions several risks', () => {
    expect(assessInput('chest pain after my insulin dose', policy).category).toBe('emergency');
  });

  it('asks for the disclaimer on health-condition questions only', () => {
    expect(assessInput('My doctor says my cholesterol is high', policy).disclaimer).toBe(true);
    expect(assessInput('log 2 eggs for breakfast', policy).disclaimer).toBe(false);
    expect(DISCLAIMER).toMatch(/not medical advice/);
  });

  it('honours a stricter agent policy', () => {
    expect(assessInput('I want to eat 900 kcal a day', policy).category).toBe('ok');
    expect(assessInput('I want to eat 900 kcal a day', { ...policy, minDailyKcal: 1200 }).category).toBe(
      'extreme_deficit',
    );
    expect(assessInput('help me lose 0.8 kg per week', { ...policy, maxLossKgPerWeek: 0.5 }).category).toBe(
      'extreme_deficit',
    );
  });

  it('replaces model output that gives insulin doses, purging methods or starvation targets', () => {
    expect(assessOutput('Take 6 units of insulin before lunch.', policy).category).toBe('medication');
    expect(assessOutput('You could try laxatives after meals.', policy).category).toBe('disordered_eating');
    expect(assessOutput('Aim for 600 kcal per day for a quick result.', policy).category).toBe(
      'extreme_deficit',
    );
    expect(assessOutput('You have 1,450 kcal left today; a lentil salad fits well.', policy).category).toBe(
      'ok',
    );
  });

  it('redacts e-mails and body measurements from log lines', () => {
    const line = redactForLog('I am bob@example.com, 80 kg, 178 cm, insulin 6 units');
    expect(line).not.toContain('bob@example.com');
    expect(line).not.toMatch(/80 kg|178 cm|6 units/);
  });
});
