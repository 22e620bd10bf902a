import { replies, warningWords } from './offline-replies';

describe('offline replies say things in words', () => {
  it('turns target warning codes into sentences, never "Note: floor-applied"', () => {
    const text = replies.targets({
      energyKcal: 1500,
      proteinG: 110,
      carbsG: 150,
      fatG: 50,
      formula: 'Mifflin-St Jeor',
      warnings: ['floor-applied', 'rate-unsafe'],
    } as Parameters<typeof replies.targets>[0]);
    expect(text).not.toMatch(/floor-applied|rate-unsafe|Note:/);
    expect(text).toContain('safe minimum');
    expect(text).toContain('gentler');
    expect(warningWords(['unknown-code'])).toBe('');
  });
});
