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

it('spaces points by their x and lets a dotted projection run past the last weigh-in', () => {
  const { container } = render(
    <LineChart
      title="Weight"
      xLabel="Date"
      format={(v) => `${v} kg`}
      target={75}
      targetLabel="Goal 75 kg"
      legend
      series={[
        { name: 'Weigh-in', points: [{ label: '1 Mar', value: 80, x: 0 }, { label: '2 Mar', value: 79.6, x: 1 }, { label: '11 Mar', value: 79, x: 10 }] },
        { name: 'Projection', projected: true, points: [{ label: '11 Mar', value: 79, x: 10 }, { label: '9 Apr', value: 75, x: 39 }] },
      ]}
    />,
  );
  const [measured, projection] = [...container.querySelectorAll('polyline')].map((l) => l.getAttribute('points')!.split(' ').map((xy) => Number(xy.split(',')[0])));
  // Day 1 sits a tenth of the way to day 10, not half (index spacing would put it at half).
  expect((measured[1] - measured[0]) / (measured[2] - measured[0])).toBeCloseTo(0.1, 6);
  expect(projection[0]).toBeCloseTo(measured[2], 6);
  expect(projection[1]).toBeGreaterThan(measured[2]);
  // Only measured points get dots; the projection and the goal line are lines.
  expect(screen.getAllByTestId('chart-point')).toHaveLength(3);
  expect(screen.getByTestId('chart-target')).toBeTruthy();
  expect(screen.getByTestId('chart-legend').textContent).toContain('Goal 75 kg');
  // The table a screen reader reads has one row per date, in date order, the projection beside it.
  const rows = [...container.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent));
  expect(rows).toEqual([
    ['1 Mar', '80 kg', ''],
    ['2 Mar', '79.6 kg', ''],
    ['11 Mar', '79 kg', '79 kg'],
    ['9 Apr', '', '75 kg'],
  ]);
});
