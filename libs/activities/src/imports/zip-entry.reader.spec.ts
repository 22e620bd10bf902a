import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { findZipEntry, isZip } from './zip-entry.reader';

/** Builds a small archive; `zip64` stores sizes and offsets in ZIP64 extra fields as large archives do. */
function zip(files: Record<string, string>, zip64 = false): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = deflateRawSync(Buffer.from(text));
    const nameBuf = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(Buffer.byteLength(text), 22);
    local.writeUInt16LE(nameBuf.length, 26);
    locals.push(local, nameBuf, data);
    const extra = Buffer.alloc(zip64 ? 28 : 0);
    if (zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(Buffer.byteLength(text)), 4);
      extra.writeBigUInt64LE(BigInt(data.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(zip64 ? 0xffffffff : data.length, 20);
    c.writeUInt32LE(zip64 ? 0xffffffff : Buffer.byteLength(text), 24);
    c.writeUInt16LE(nameBuf.length, 28);
    c.writeUInt16LE(extra.length, 30);
    c.writeUInt32LE(zip64 ? 0xffffffff : offset, 42);
    centrals.push(c, nameBuf, extra);
    offset += 30 + nameBuf.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(Object.keys(files).length, 8);
  eocd.writeUInt16LE(Object.keys(files).length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks).toString();
}

describe('zip entry reader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zip-'));
  const xml = '<HealthData>' + '<Record type="x" value="1"/>'.repeat(2000) + '</HealthData>';

  for (const zip64 of [false, true]) {
    it(`streams apple_health_export/export.xml out of an archive${zip64 ? ' with ZIP64 fields' : ''}`, async () => {
      const path = join(dir, `export${zip64 ? '64' : ''}.zip`);
      writeFileSync(
        path,
        zip({ 'apple_health_export/export_cda.xml': '<cda/>', 'apple_health_export/export.xml': xml }, zip64),
      );
      expect(await isZip(path)).toBe(true);
      const entry = await findZipEntry(path, (n) => n.endsWith('/export.xml'));
      expect(entry?.name).toBe('apple_health_export/export.xml');
      let compressed = 0;
      expect(await readAll(entry!.open((n) => (compressed += n)))).toBe(xml);
      expect(compressed).toBe(entry!.compressedSize);
      expect(await findZipEntry(path, (n) => n === 'nope.xml')).toBeNull();
    });
  }

  it('tells a plain XML file from an archive', async () => {
    const path = join(dir, 'export.xml');
    writeFileSync(path, xml);
    expect(await isZip(path)).toBe(false);
  });
});
