import { parseBotWeight, showWeight } from './weight.parse';

describe('/weight in the person’s units', () => {
  it('reads a bare number in the units from Settings', () => {
    expect(parseBotWeight('72.5', 'metric')).toEqual({ kg: 72.5, shown: 72.5, unit: 'kg' });
    expect(parseBotWeight(' 72,5 ', 'metric')).toEqual({ kg: 72.5, shown: 72.5, unit: 'kg' });
    expect(parseBotWeight('180', 'imperial')).toEqual({ kg: 81.647, shown: 180, unit: 'lb' });
  });

  it('lets an explicit unit win', () => {
    expect(parseBotWeight('180 lb', 'metric')).toEqual({ kg: 81.647, shown: 180, unit: 'lb' });
    expect(parseBotWeight('180lbs', 'metric')?.unit).toBe('lb');
    expect(parseBotWeight('81.6 kg', 'imperial')).toEqual({ kg: 81.6, shown: 81.6, unit: 'kg' });
    expect(parseBotWeight('75 kilos', 'imperial')?.kg).toBe(75);
  });

  it('refuses what is not a body weight', () => {
    for (const bad of ['', 'abc', '72.5.1', '-70', '10', '500', '2000 lb', '30 lb', '70 st'])
      expect(parseBotWeight(bad, 'metric')).toBeNull();
    expect(parseBotWeight('30', 'imperial')).toBeNull();
    expect(parseBotWeight('45', 'imperial')?.kg).toBeCloseTo(20.412, 3);
  });

  it('shows a stored weight the person’s way', () => {
    expect(showWeight(81.647, 'imperial')).toBe('180 lb');
    expect(showWeight(72.46, 'metric')).toBe('72.5 kg');
  });
});
