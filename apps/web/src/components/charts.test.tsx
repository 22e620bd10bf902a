import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { LineChart } from './charts';

it('draws a single weigh-in as a visible point, not an empty chart', () => {
  render(<LineChart title="Weigh-ins" xLabel="Date" format={(v) => `${v} kg`} series={[{ name: 'Weigh-in', points: [{ label: '3 Mar', value: 69.4 }] }]} />);
  const points = screen.getAllByTestId('chart-point');
  expect(points).toHaveLength(1);
  expect(Number(points[0].getAttribute('cx'))).toBeGreaterThan(0);
  expect(Number.isFinite(Number(points[0].getAttribute('cy')))).toBe(true);
});
