import bwipjs from 'bwip-js';
import sharp from 'sharp';

/** A clean barcode PNG as a label printer would make it, with the quiet zone scanners need. */
export async function renderBarcodePng(code: string, bcid: 'ean13' | 'ean8' | 'upca' | 'upce' = 'ean13'): Promise<Buffer> {
  return bwipjs.toBuffer({ bcid, text: code, scale: 3, height: 18, includetext: true, paddingwidth: 20, paddingheight: 20, backgroundcolor: 'FFFFFF' });
}

/** The same code as a poor phone photo: rotated ~10°, blurred, noisy, JPEG-compressed. */
export async function degradedPhoto(png: Buffer): Promise<Buffer> {
  const rotated = await sharp(png).rotate(10, { background: '#ffffff' }).blur(1.2).raw().toBuffer({ resolveWithObject: true });
  const { data, info } = rotated;
  // Deterministic pseudo-random noise so the test is repeatable.
  let seed = 42;
  for (let i = 0; i < data.length; i += 1) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const noise = ((seed >> 16) % 41) - 20;
    data[i] = Math.max(0, Math.min(255, data[i] + noise));
  }
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } }).jpeg({ quality: 55 }).toBuffer();
}
