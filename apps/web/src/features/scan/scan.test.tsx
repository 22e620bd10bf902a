import { fireEvent, render, screen } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { ManualCodeForm, validateManualCode } from './manual-code-form';
import { acceptCode } from './use-camera-scanner';

it('accepts retail codes only with a valid check digit', () => {
  expect(validateManualCode(' 8410376049879 ')).toEqual({ ok: true, code: '8410376049879' });
  expect(validateManualCode('8410376049870')).toEqual({ ok: false, reason: 'checkDigit' });
  expect(validateManualCode('84-1037-6049879')).toEqual({ ok: true, code: '8410376049879' });
  expect(validateManualCode('12ab')).toEqual({ ok: false, reason: 'non-digit' });
  expect(validateManualCode('')).toEqual({ ok: false, reason: 'empty' });
});

it('trusts a camera read only when it is a GTIN with a valid check digit', () => {
  expect(acceptCode('8410376049879')).toBe('8410376049879');
  // A misread digit (common on blurred frames) must not open a wrong product.
  expect(acceptCode('8410376049878')).toBeNull();
  expect(acceptCode('hello')).toBeNull();
});

it('explains a wrong code next to the field and submits a right one', () => {
  const onCode = vi.fn();
  render(<ManualCodeForm onCode={onCode} />);
  const input = screen.getByLabelText('Barcode number');
  fireEvent.change(input, { target: { value: '8410376049870' } });
  fireEvent.click(screen.getByRole('button', { name: 'Look up' }));
  expect(screen.getByRole('alert').textContent).toContain('the last digit does not match');
  expect(input.getAttribute('aria-invalid')).toBe('true');
  expect(onCode).not.toHaveBeenCalled();
  fireEvent.change(input, { target: { value: '8410376049879' } });
  fireEvent.click(screen.getByRole('button', { name: 'Look up' }));
  expect(onCode).toHaveBeenCalledWith('8410376049879');
});
