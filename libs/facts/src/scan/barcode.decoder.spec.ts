import sharp from 'sharp';
import { degradedPhoto, renderBarcodePng } from '../../test/barcode-images';
import { BarcodeDecoder, UnreadableImageError } from './barcode.decoder';

describe('BarcodeDecoder (zxing-wasm with the packaged wasm)', () => {
  const decoder = new BarcodeDecoder();

  it('reads a clean EAN-13 and its degraded photo', async () => {
    const png = await renderBarcodePng('3017620422003');
    expect(await decoder.decode(png)).toEqual([{ text: '3017620422003', format: 'EAN-13' }]);
    const photo = await degradedPhoto(png);
    expect((await decoder.decode(photo)).map((b) => b.text)).toEqual(['3017620422003']);
  });

  it('reads EAN-8 and UPC-A, and WebP input', async () => {
    expect((await decoder.decode(await renderBarcodePng('96385074', 'ean8')))[0]?.text).toBe('96385074');
    const upc = await sharp(await renderBarcodePng('036000291452', 'upca')).webp().toBuffer();
    // ZXing reports a UPC-A as its EAN-13 form (leading 0), which the lookup also resolves.
    expect((await decoder.decode(upc))[0]?.text).toMatch(/^0?036000291452$/);
  });

  it('finds nothing in a blank image and rejects non-images', async () => {
    const blank = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#ffffff' } }).png().toBuffer();
    expect(await decoder.decode(blank)).toEqual([]);
    await expect(decoder.decode(Buffer.from('not an image'))).rejects.toBeInstanceOf(UnreadableImageError);
  });
});
