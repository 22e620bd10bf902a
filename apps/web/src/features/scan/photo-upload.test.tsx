import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, expect, it, vi } from 'vitest';
import { PhotoUpload } from './photo-upload';

afterEach(() => vi.unstubAllGlobals());

function uploadWith(status: number, body: unknown) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } })),
  );
  const onCode = vi.fn();
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <PhotoUpload onCode={onCode} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  fireEvent.change(screen.getByLabelText('Upload a photo of the barcode'), {
    target: { files: [new File([new Uint8Array([1, 2, 3])], 'code.png', { type: 'image/png' })] },
  });
  return onCode;
}

it('shows the decoded code of an unknown product and offers to add it', async () => {
  const onCode = uploadWith(404, {
    type: 'https://welness.ai/problems/product-not-found',
    title: 'Product not found',
    status: 404,
    detail: 'Decoded 3017620422003, but no product is known under it.',
    decoded: [{ text: '3017620422003', format: 'EAN-13' }],
  });
  expect((await screen.findByTestId('photo-unknown')).textContent).toBe('Read 3017620422003, but we do not know this product yet.');
  expect(screen.queryByText('No barcode could be read in this photo.')).toBeNull();
  expect(screen.getByRole('link', { name: 'Add this product' }).getAttribute('href')).toBe('/products/3017620422003');
  expect(onCode).not.toHaveBeenCalled();
});

it('says no barcode was read only when none was', async () => {
  uploadWith(422, { title: 'No barcode found', status: 422 });
  await screen.findByText('No barcode could be read in this photo.');
  expect(screen.queryByRole('link', { name: 'Add this product' })).toBeNull();
});
