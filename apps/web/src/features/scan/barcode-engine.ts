/** The subset of the Barcode Detection API the scanner uses (native or polyfilled). */
export interface DetectedCode {
  rawValue: string;
  format: string;
}
export interface Detector {
  detect(source: ImageBitmapSource): Promise<DetectedCode[]>;
}
interface DetectorConstructor {
  new (options?: { formats?: string[] }): Detector;
  getSupportedFormats?(): Promise<string[]>;
}

/** Retail formats only: fewer formats make every frame cheaper to decode. */
export const RETAIL_FORMATS = ['ean_13', 'ean_8', 'upc_a', 'upc_e'];

let pending: Promise<Detector> | null = null;

async function nativeDetector(): Promise<Detector | null> {
  const Native = (globalThis as { BarcodeDetector?: DetectorConstructor }).BarcodeDetector;
  if (!Native) return null;
  const supported = (await Native.getSupportedFormats?.()) ?? [];
  const formats = RETAIL_FORMATS.filter((f) => supported.includes(f));
  return formats.length > 0 ? new Native({ formats }) : null;
}

async function polyfillDetector(): Promise<Detector> {
  // Loaded only when a scan starts, and the wasm is the copy barcode-detector was built
  // against, bundled by Vite: nothing comes from a CDN and versions cannot drift apart.
  const [{ BarcodeDetector, prepareZXingModule }, { default: wasmUrl }] = await Promise.all([
    import('barcode-detector/ponyfill'),
    import('@zxing-reader-wasm?url'),
  ]);
  prepareZXingModule({
    overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path) },
    fireImmediately: true,
  });
  return new BarcodeDetector({ formats: RETAIL_FORMATS as ConstructorParameters<typeof BarcodeDetector>[0] extends { formats?: infer F } ? F : never });
}

/** The native detector where the browser has one (Android, macOS), the polyfill elsewhere. */
export function getDetector(): Promise<Detector> {
  pending ??= nativeDetector()
    .catch(() => null)
    .then((native) => native ?? polyfillDetector());
  pending.catch(() => {
    pending = null;
  });
  return pending;
}
