import { expect, it } from 'vitest';
import { activityName } from './activity-name';

it('reads activity keys with their speeds, never "running 7 5mph"', () => {
  expect(activityName('running_7_5mph')).toBe('Running 7.5 mph');
  expect(activityName('cycling_10_12mph')).toBe('Cycling 10–12 mph');
  expect(activityName('running_6mph')).toBe('Running 6 mph');
  expect(activityName('yoga')).toBe('Yoga');
  expect(activityName('running_7_5mph', [{ key: 'running_7_5mph', description: 'running, 7.5 mph (8 min/mile)' }])).toBe('Running, 7.5 mph (8 min/mile)');
});
