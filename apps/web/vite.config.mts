/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '../..');

// barcode-detector pins its own zxing-wasm; another version's .wasm fails with "memory access
// out of bounds". Resolve zxing-wasm from barcode-detector's own location (nested or hoisted)
// and bundle that exact binary as an asset.
const fromBarcodeDetector = createRequire(createRequire(resolve(root, 'package.json')).resolve('barcode-detector'));
const zxingReaderWasm = resolve(dirname(fromBarcodeDetector.resolve('zxing-wasm/reader')), '../../reader/zxing_reader.wasm');

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  resolve: {
    alias: [
      { find: '@welness/contracts', replacement: resolve(root, 'libs/contracts/src/index.ts') },
      { find: '@welness/nutrition', replacement: resolve(root, 'libs/nutrition/src/index.ts') },
      { find: /^@zxing-reader-wasm/, replacement: zxingReaderWasm },
    ],
  },
  build: { outDir: resolve(root, 'dist/web'), emptyOutDir: true, sourcemap: true, target: 'es2022' },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/health': 'http://127.0.0.1:3000',
    },
  },
  test: {
    name: 'web',
    root: import.meta.dirname,
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
  },
});
