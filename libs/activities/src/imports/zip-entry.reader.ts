import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

/**
 * Just enough of the ZIP format to stream one entry out of Apple Health's `export.zip`
 * (several GB, so ZIP64 sizes and offsets are handled) without extracting the archive.
 */
export interface ZipEntryStream {
  name: string;
  compressedSize: number;
  size: number;
  /** Decompressed bytes of the entry. */
  open(onCompressedBytes?: (n: number) => void): Readable;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

export async function isZip(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const b = Buffer.alloc(4);
    const { bytesRead } = await fh.read(b, 0, 4, 0);
    return bytesRead === 4 && b.readUInt32LE(0) === LOCAL;
  } finally {
    await fh.close();
  }
}

const u64 = (b: Buffer, at: number): number => Number(b.readBigUInt64LE(at));

export async function findZipEntry(
  path: string,
  match: (name: string) => boolean,
): Promise<ZipEntryStream | null> {
  const fh = await open(path, 'r');
  try {
    const size = (await fh.stat()).size;
    const read = async (pos: number, len: number) => {
      const b = Buffer.alloc(len);
      const { bytesRead } = await fh.read(b, 0, len, pos);
      if (bytesRead !== len) throw new Error('truncated zip archive');
      return b;
    };
    // End of central directory: last 22 bytes plus up to 64 KiB of comment.
    const tailLen = Math.min(size, 22 + 0xffff + 20);
    const tail = await read(size - tailLen, tailLen);
    let at = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        at = i;
        break;
      }
    }
    if (at < 0) throw new Error('not a zip archive (no end of central directory)');
    let entries = tail.readUInt16LE(at + 10);
    let cdSize = tail.readUInt32LE(at + 12);
    let cdOffset = tail.readUInt32LE(at + 16);
    if (
      (entries === 0xffff || cdSize === MAX32 || cdOffset === MAX32) &&
      at >= 20 &&
      tail.readUInt32LE(at - 20) === EOCD64_LOCATOR
    ) {
      const eocd64 = await read(u64(tail, at - 20 + 8), 56);
      if (eocd64.readUInt32LE(0) !== EOCD64) throw new Error('bad ZIP64 end of central directory');
      entries = u64(eocd64, 32);
      cdSize = u64(eocd64, 40);
      cdOffset = u64(eocd64, 48);
    }
    const cd = await read(cdOffset, cdSize);
    let p = 0;
    for (let n = 0; n < entries; n++) {
      if (cd.readUInt32LE(p) !== CENTRAL) throw new Error('bad central directory entry');
      const method = cd.readUInt16LE(p + 10);
      let compressedSize = cd.readUInt32LE(p + 20);
      let uncompressed = cd.readUInt32LE(p + 24);
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      let localOffset = cd.readUInt32LE(p + 42);
      const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
      // ZIP64 extra field (0x0001): only the values that overflowed, in this order.
      for (let e = p + 46 + nameLen; e < p + 46 + nameLen + extraLen;) {
        const id = cd.readUInt16LE(e);
        const len = cd.readUInt16LE(e + 2);
        if (id === 0x0001) {
          let q = e + 4;
          if (uncompressed === MAX32) {
            uncompressed = u64(cd, q);
            q += 8;
          }
          if (compressedSize === MAX32) {
            compressedSize = u64(cd, q);
            q += 8;
          }
          if (localOffset === MAX32) localOffset = u64(cd, q);
        }
        e += 4 + len;
      }
      p += 46 + nameLen + extraLen + commentLen;
      if (!match(name)) continue;
      if (method !== 0 && method !== 8) throw new Error(`unsupported zip compression method ${method}`);
      const local = await read(localOffset, 30);
      if (local.readUInt32LE(0) !== LOCAL) throw new Error('bad local file header');
      const start = localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      return {
        name,
        compressedSize,
        size: uncompressed,
        open(onCompressedBytes) {
          const raw = createReadStream(path, {
            start,
            end: start + compressedSize - 1,
            highWaterMark: 64 * 1024,
          });
          if (onCompressedBytes) raw.on('data', (c: Buffer | string) => onCompressedBytes(c.length));
          return method === 8 ? raw.pipe(createInflateRaw({ chunkSize: 64 * 1024 })) : raw;
        },
      };
    }
    return null;
  } finally {
    await fh.close();
  }
}
