/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { type Plugin, defineConfig } from 'vite';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';

const root = resolve(import.meta.dirname, '../..');

// barcode-detector pins its own zxing-wasm; another version's .wasm fails with "memory access
// out of bounds". Resolve zxing-wasm from barcode-detector's own location (nested or hoisted)
// and bundle that exact binary as an asset.
const fromBarcodeDetector = createRequire(createRequire(resolve(root, 'package.json')).resolve('barcode-detector'));
const zxingReaderWasm = resolve(dirname(fromBarcodeDetector.resolve('zxing-wasm/reader')), '../../reader/zxing_reader.wasm');

/**
 * Writes .br and .gz beside every compressible asset so the API (fastify-static preCompressed)
 * and nginx (gzip_static) serve them without compressing on each request.
 */
function precompress(): Plugin {
  let outDir = '';
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = resolve(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return {
    name: 'welness-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const file of walk(outDir)) {
        if (!/\.(js|css|html|wasm|svg|json)$/.test(file) || statSync(file).size < 1024) continue;
        const content = readFileSync(file);
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
        writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
    },
  };
}

/**
 * Inlines the (small) stylesheet into index.html: one round trip less before the first paint
 * on a slow phone connection. The CSP already allows inline styles.
 */
function inlineCss(): Plugin {
  return {
    name: 'welness-inline-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        let out = html;
        for (const chunk of Object.values(ctx.bundle ?? {})) {
          if (chunk.type !== 'asset' || !chunk.fileName.endsWith('.css')) continue;
          const tag = new RegExp(`<link rel="stylesheet"[^>]*href="/${chunk.fileName}"[^>]*>`);
          if (tag.test(out)) out = out.replace(tag, () => `<style>${String(chunk.source)}</style>`);
        }
        return out;
      },
    },
  };
}

/**
 * Preloads the landing screen (the dashboard, a lazy chunk) and the chunks it imports from
 * index.html: main.tsx asks for it before React renders, but only once index.js has arrived and
 * run, a second wave of requests; on a phone connection that is a round trip on the way to the
 * first useful paint. Other routes load it in the background, ~10 KB.
 */
function preloadLanding(moduleSuffix: string): Plugin {
  return {
    name: 'welness-preload-landing',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle ?? {};
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const landing = chunks.find((c) => c.moduleIds.some((id) => id.endsWith(moduleSuffix)));
        if (!landing) throw new Error(`preloadLanding: no chunk for ${moduleSuffix}`);
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          const chunk = bundle[fileName];
          if (chunk?.type === 'chunk') chunk.imports.forEach(visit);
        };
        visit(landing.fileName);
        const tags = [...files].filter((f) => !html.includes(`/${f}"`)).map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`);
        return html.replace('</head>', `    ${tags.join('\n    ')}\n  </head>`);
      },
    },
  };
}

/**
 * Adds boot/session-prefetch.js to the page as a small async classic script (content-hashed,
 * so it caches like the other assets; same-origin, so the CSP's script-src 'self' allows it).
 */
function sessionPrefetch(): Plugin {
  const source = readFileSync(resolve(import.meta.dirname, 'boot/session-prefetch.js'), 'utf8');
  const fileName = `assets/session-prefetch-${createHash('sha256').update(source).digest('hex').slice(0, 10)}.js`;
  return {
    name: 'welness-session-prefetch',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source });
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace('<title>', `<script async fetchpriority="high" src="/${fileName}"></script>\n    <title>`),
    },
  };
}

/** The input limits a form needs from one OpenAPI property. */
const LIMIT_KEYS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'maxItems'] as const;

/**
 * `virtual:api-limits`: every schema property's numeric and length limits (and e-mail format),
 * read from the checked-in OpenAPI document at build time, so the forms check exactly what the
 * API checks without bundling the whole document.
 */
function apiLimits(): Plugin {
  const id = 'virtual:api-limits';
  const file = resolve(root, 'libs/contracts/openapi.json');
  return {
    name: 'welness-api-limits',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(loaded) {
      if (loaded !== `\0${id}`) return undefined;
      this.addWatchFile(file);
      type Property = Record<string, unknown>;
      const doc = JSON.parse(readFileSync(file, 'utf8')) as { components: { schemas: Record<string, { properties?: Record<string, Property> }> } };
      const out: Record<string, Record<string, Record<string, number | string>>> = {};
      for (const [schema, { properties = {} }] of Object.entries(doc.components.schemas)) {
        for (const [field, prop] of Object.entries(properties)) {
          const limit: Record<string, number | string> = {};
          for (const key of LIMIT_KEYS) if (typeof prop[key] === 'number') limit[key] = prop[key];
          if (prop.format === 'email') limit.format = 'email';
          if (Object.keys(limit).length) (out[schema] ??= {})[field] = limit;
        }
      }
      return `export default ${JSON.stringify(out)};`;
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), inlineCss(), sessionPrefetch(), preloadLanding('/features/dashboard/dashboard-page.tsx'), precompress(), apiLimits()],
  resolve: {
    alias: [
      { find: '@welness/contracts', replacement: resolve(root, 'libs/contracts/src/index.ts') },
      { find: '@welness/nutrition', replacement: resolve(root, 'libs/nutrition/src/index.ts') },
      { find: /^@zxing-reader-wasm/, replacement: zxingReaderWasm },
    ],
  },
  build: {
    outDir: resolve(root, 'dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    rollupOptions: {
      // libs/nutrition is pure (no I/O, a lint rule): its module-level tables have no side
      // effects, so a screen importing one conversion does not carry the MET table too.
      treeshake: { moduleSideEffects: (id: string) => !id.includes('/libs/nutrition/') },
      output: {
        // Fewer, larger files on the way to the first screen: over HTTP/1.1 (6 connections) each
        // extra file is another round trip on a phone connection. Everything the entry imports
        // statically is one chunk, the landing screen with its hooks another; the other screens
        // stay lazy chunks of their own.
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial'], priority: 2 },
            { name: 'landing', test: /[\\/]features[\\/]dashboard[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
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
