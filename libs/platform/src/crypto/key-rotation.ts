import type { DataSource } from 'typeorm';
import { LocalKeyProvider } from './local-key.provider';

const PREFIX = 'wenc1.local.';

/**
 * Re-wraps one envelope value under the current local master key. Only the wrapped data key
 * changes (the ciphertext, IV and tag stay), so no plaintext or encryption context is needed.
 * Returns null when the value is already under the current key or is not a local envelope.
 */
export async function rewrapLocalEnvelope(value: string, provider: LocalKeyProvider): Promise<string | null> {
  if (!value.startsWith(PREFIX)) return null;
  const parts = value.split('.');
  if (parts.length !== 6) return null;
  const { key, index } = await provider.unwrapWithIndex(Buffer.from(parts[2], 'base64url'));
  if (index === 0) return null;
  parts[2] = provider.wrap(key).toString('base64url');
  return parts.join('.');
}

export interface RotationReport {
  columns: string[];
  rewrapped: number;
  current: number;
  unreadable: number;
}

/**
 * Every encrypted column follows the `<name>_enc` text-column convention, so the rotation finds
 * them in the catalogue instead of keeping a list that a new module could forget.
 */
export async function rotateLocalEncryption(ds: DataSource, provider: LocalKeyProvider, batch = 200): Promise<RotationReport> {
  const columns = (await ds.query(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND column_name LIKE '%\\_enc' AND data_type = 'text'
      ORDER BY table_name, column_name`,
  )) as { table_name: string; column_name: string }[];
  const report: RotationReport = { columns: columns.map((c) => `${c.table_name}.${c.column_name}`), rewrapped: 0, current: 0, unreadable: 0 };
  for (const { table_name: table, column_name: column } of columns) {
    const t = `"${table.replace(/"/g, '""')}"`;
    const c = `"${column.replace(/"/g, '""')}"`;
    let after = '';
    for (;;) {
      // Keyset over the values themselves (each envelope is unique: random IV and data key).
      const rows = (await ds.query(
        `SELECT ${c} AS v FROM ${t} WHERE ${c} LIKE 'wenc1.local.%' AND ${c} > $1 ORDER BY ${c} LIMIT ${batch}`,
        [after],
      )) as { v: string }[];
      if (!rows.length) break;
      for (const { v } of rows) {
        let next: string | null;
        try {
          next = await rewrapLocalEnvelope(v, provider);
        } catch {
          report.unreadable++;
          continue;
        }
        if (next === null) {
          report.current++;
          continue;
        }
        await ds.query(`UPDATE ${t} SET ${c} = $1 WHERE ${c} = $2`, [next, v]);
        report.rewrapped++;
      }
      after = rows[rows.length - 1].v;
    }
  }
  return report;
}
