import { findBarcode, parseIntent } from './offline-intent.parser';

const now = new Date('2026-11-22T10:00:00Z');

describe('offline intent parser', () => {
  it('reads a barcode food log with quantity and meal slot', () => {
    expect(parseIntent('log 2 servings of 3017620422003 for breakfast', now, false)).toEqual({
      kind: 'log_food',
      barcode: '3017620422003',
      query: null,
      quantity: { amount: 2, unit: 'serving' },
      meal: 'breakfast',
    });
  });

  it('reads a named food log in grams', () => {
    expect(parseIntent('I had 150 g greek yogurt for lunch', now, false)).toMatchObject({
      kind: 'log_food',
      barcode: null,
      query: 'greek yogurt',
      quantity: { amount: 150, unit: 'g' },
      meal: 'lunch',
    });
  });

  it('ignores digit runs that are not valid GTINs', () => {
    expect(findBarcode('my phone is 3017620422004')).toBeNull();
    expect(findBarcode('scan 5449000000996 please')).toBe('5449000000996');
    expect(parseIntent('3017620422003', now, false)).toEqual({
      kind: 'lookup_barcode',
      barcode: '3017620422003',
    });
  });

  it.each([
    ['how am I doing today?', 'daily_summary'],
    ['how was my week', 'weekly_summary'],
    ['what are my targets', 'targets'],
    ['make me a meal plan', 'plan'],
    ['I ran 30 minutes', 'log_activity'],
    ['workout: 3 sets of 8 squats at 60 kg', 'log_workout'],
    ['am I on track?', 'progress'],
    ['I want to lose 5 kg by June', 'set_goal'],
    ["I'm 34, male, 178 cm, 80 kg", 'profile'],
    ['remember that I train on Tuesdays', 'remember'],
    ['what did I say about almonds?', 'recall'],
    ['help', 'help'],
    ['blorp', 'unknown'],
  ])('"%s" → %s', (text, kind) => {
    expect(parseIntent(text, now, false).kind).toBe(kind);
  });

  it('understands confirmations only while a proposal is pending', () => {
    expect(parseIntent('yes', now, true)).toEqual({ kind: 'confirm' });
    expect(parseIntent('2', now, true)).toEqual({ kind: 'choose', index: 1 });
    expect(parseIntent('no', now, true)).toEqual({ kind: 'cancel' });
    expect(parseIntent('yes', now, false).kind).toBe('unknown');
  });

  it('reads the topic of a recall question', () => {
    expect(parseIntent('what did I say about almond butter?', now, false)).toEqual({
      kind: 'recall',
      query: 'almond butter',
    });
  });

  it('reads activity minutes and hours', () => {
    expect(parseIntent('I cycled 1.5 hours, 30 km', now, false)).toEqual({
      kind: 'log_activity',
      activity: 'cycled',
      minutes: 90,
      distanceKm: 30,
    });
  });
});
