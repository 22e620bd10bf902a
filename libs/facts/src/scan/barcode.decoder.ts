import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import sharp, { type OutputInfo } from 'sharp';
import { prepareZXingModule, readBarcodes, type ReadResult } from 'zxing-wasm/reader';

export interface DecodedBarcode {
  text: string;
  format: string;
}

/** Retail 1D symbologies; QR and friends are not product barcodes. */
const FORMATS = ['EAN13', 'EAN8', 'UPCA', 'UPCE'] as const;
// Phone photos are 12+ MP; barcodes stay readable well below that and decoding is much faster.
const MAX_SIDE = 1600;

const FORMAT_NAMES: Readonly<Record<string, string>> = { EAN13: 'EAN-13', EAN8: 'EAN-8', UPCA: 'UPC-A', UPCE: 'UPC-E' };

let prepared: Promise<unknown> | null = null;

/**
 * Hands zxing-wasm the .wasm shipped in its npm package: by default it would fetch it from
 * a CDN, which fails offline and is wrong for a self-hosted product.
 */
export function prepareZxing(): Promise<unknown> {
  if (!prepared) {
    const path = require.resolve('zxing-wasm/reader/zxing_reader.wasm');
    const wasmBinary = readFileSync(path);
    prepared = Promise.resolve(
      prepareZXingModule({
        overrides: { wasmBinary: wasmBinary.buffer.slice(wasmBinary.byteOffset, wasmBinary.byteOffset + wasmBinary.byteLength) },
        fireImmediately: true,
      }),
    );
  }
  return prepared;
}

export class UnreadableImageError extends Error {}

/** Decodes retail barcodes from a JPEG, PNG or WebP photo (sharp decodes, ZXing reads). */
@Injectable()
export class BarcodeDecoder implements OnModuleInit {
  private readonly logger = new Logger(BarcodeDecoder.name);

  async onModuleInit(): Promise<void> {
    await prepareZxing();
  }

  async decode(image: Buffer): Promise<DecodedBarcode[]> {
    await prepareZxing();
    let pixels: { data: Buffer; info: OutputInfo };
    try {
      pixels = await sharp(image, { failOn: 'error' })
        .rotate() // honour EXIF orientation of phone photos
        .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true })
        .ensureAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
    } catch (err) {
      throw new UnreadableImageError(`the image could not be decoded: ${(err as Error).message}`);
    }
    const { data, info } = pixels;
    // zxing-wasm reads any { data, width, height } RGBA pixmap; Node has no ImageData class.
    const pixmap = { data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height };
    const results: ReadResult[] = await readBarcodes(
      pixmap as unknown as Parameters<typeof readBarcodes>[0],
      { formats: [...FORMATS], tryHarder: true, tryRotate: true, tryInvert: false, maxNumberOfSymbols: 4 },
    );
    const seen = new Set<string>();
    const decoded: DecodedBarcode[] = [];
    for (const r of results) {
      if (!r.isValid || !r.text || seen.has(r.text)) continue;
      seen.add(r.text);
      decoded.push({ text: r.text, format: FORMAT_NAMES[r.format] ?? r.format });
    }
    this.logger.debug(`decoded ${decoded.length} barcode(s) from ${info.width}x${info.height}`);
    return decoded;
  }
}
