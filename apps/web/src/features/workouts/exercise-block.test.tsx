import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { RoutineExercise, WorkoutSet } from '../../api/workouts.api';
import { ExerciseBlock } from './exercise-block';
import './workouts.strings';

const SQUAT = '11111111-1111-4111-8111-111111111111';
const plan: RoutineExercise = { exerciseId: SQUAT, sets: [{ reps: 5, weightKg: 60 }, { reps: 5, weightKg: 60 }], progression: { incrementKg: 2.5 } };
const set = (id: string, weightKg: number, reps: number, isPr: boolean, rir: number | null = null): WorkoutSet => ({
  id,
  exerciseId: SQUAT,
  setIndex: Number(id),
  reps,
  weightKg,
  rir,
  e1rmKg: (weightKg * 36) / (37 - reps),
  epleyKg: weightKg * (1 + reps / 30),
  brzyckiKg: (weightKg * 36) / (37 - reps),
  isPr,
});

describe('an exercise of the workout', () => {
  it('shows a PR badge (with the record beaten, for screen readers) and what next time brings', () => {
    render(
      <ExerciseBlock
        name="Barbell Back Squat"
        plan={plan}
        sets={[set('1', 60, 5, false, 2), set('2', 65, 5, true)]}
        prKinds={{ '2': ['max_weight', 'e1rm'] }}
        finished={false}
        pending={false}
        onLog={() => undefined}
      />,
    );
    const [first, second] = within(screen.getByRole('list', { name: 'Sets logged' })).getAllByRole('listitem');
    expect(first.textContent).toBe('Set 1: 60 kg × 5 · RPE 8');
    expect(within(first).queryByTestId('pr-badge')).toBeNull();
    expect(within(second).getByTestId('pr-badge').textContent).toBe('PRPersonal record: heaviest weight, best estimated 1RM');
    expect(screen.getByTestId('outlook').textContent).toBe('Every set done: next time moves up from 60 kg to 62.5 kg.');
  });

  it('suggests the next planned set and logs it with the RPE as reps in reserve', () => {
    const onLog = vi.fn();
    render(<ExerciseBlock name="Barbell Back Squat" plan={plan} sets={[set('1', 60, 5, false)]} prKinds={{}} finished={false} pending={false} onLog={onLog} />);
    expect(screen.getByTestId('outlook').textContent).toBe('On track: one more set of 5 at 60 kg and next time moves up to 62.5 kg.');
    expect((screen.getByLabelText('Weight (kg)') as HTMLInputElement).value).toBe('60');
    fireEvent.change(screen.getByLabelText('RPE (effort)'), { target: { value: '8.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log set' }));
    expect(onLog).toHaveBeenCalledWith({ weightKg: 60, reps: 5, rir: 1.5 });
  });

  it('refuses a set the API would refuse, saying why beside the field', () => {
    const onLog = vi.fn();
    render(<ExerciseBlock name="Barbell Back Squat" plan={null} sets={[]} prKinds={{}} finished={false} pending={false} onLog={onLog} />);
    fireEvent.change(screen.getByLabelText('Weight (kg)'), { target: { value: '40' } });
    fireEvent.change(screen.getByLabelText('Reps'), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log set' }));
    expect(onLog).not.toHaveBeenCalled();
    expect(screen.getByText('Enter 1 or more.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Reps'), { target: { value: '5.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log set' }));
    expect(onLog).not.toHaveBeenCalled();
    expect(screen.getByText('Enter a whole number.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Weight (kg)'), { target: { value: '1001' } });
    fireEvent.change(screen.getByLabelText('Reps'), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log set' }));
    expect(onLog).not.toHaveBeenCalled();
    expect(screen.getByText('Enter 1000 or less.')).toBeTruthy();
  });

  it('is read-only once the workout is finished', () => {
    render(<ExerciseBlock name="Barbell Back Squat" plan={plan} sets={[set('1', 60, 5, true)]} prKinds={{}} finished pending={false} onLog={() => undefined} />);
    expect(screen.queryByRole('button', { name: 'Log set' })).toBeNull();
    expect(screen.queryByTestId('outlook')).toBeNull();
    expect(screen.getByTestId('pr-badge').textContent).toBe('PRPersonal record');
  });
});

describe('removing a set', () => {
  it('offers each logged set for removal, named for screen readers, and says which one', () => {
    const onRemove = vi.fn();
    const second = set('2', 65, 5, true);
    render(
      <ExerciseBlock name="Barbell Back Squat" plan={plan} sets={[set('1', 60, 5, false), second]} prKinds={{}} finished pending={false} onLog={() => undefined} onRemove={onRemove} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove set 2 of Barbell Back Squat' }));
    expect(onRemove).toHaveBeenCalledWith(second, 2);
    expect(screen.getAllByRole('button', { name: /^Remove set/ })).toHaveLength(2);
  });
});
