import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

// bwip-js's types are exposed only under export conditions the repo's node10 resolution ignores.
const bwipjs = createRequire(__filename)('bwip-js') as { toBuffer(options: Record<string, unknown>): Promise<Buffer> };

/**
 * Renders an EAN-13 with bwip-js (with a quiet zone, without which decoders fail) and turns
 * it into a few seconds of .y4m video with Debian's ffmpeg, for Chromium's fake camera.
 */
export async function barcodeClip(code: string, dir: string): Promise<string> {
  const png = await bwipjs.toBuffer({
    bcid: 'ean13',
    text: code,
    scale: 3,
    height: 20,
    includetext: true,
    paddingwidth: 20,
    paddingheight: 12,
    backgroundcolor: 'ffffff',
  });
  const pngPath = join(dir, `${code}.png`);
  const clipPath = join(dir, `${code}.y4m`);
  writeFileSync(pngPath, png);
  execFileSync('ffmpeg', [
    '-y', '-loglevel', 'error', '-loop', '1', '-i', pngPath,
    '-vf', 'scale=640:480:force_original_aspect_ratio=decrease,pad=640:480:(ow-iw)/2:(oh-ih)/2:white,format=yuv420p',
    '-t', '3', '-r', '10', clipPath,
  ]);
  return clipPath;
}
