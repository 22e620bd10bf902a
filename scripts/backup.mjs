#!/usr/bin/env node
// Backup and restore of a Welness AI install (docs/operations.md):
//   node scripts/backup.mjs backup [DIR]        (npm run backup [-- DIR])
//   node scripts/backup.mjs restore DIR --yes   (npm run restore -- DIR --yes)
//
// PostgreSQL (the system of record) with pg_dump/pg_restore in custom format; the MongoDB-wire
// catalogue (products, their sources, user-added products) through the MongoDB driver as
// canonical Extended JSON, one document per line, gzipped — so the same backup works on MongoDB,
// Amazon DocumentDB and FerretDB, and restores onto any of them. Redis holds only queues, caches
// and hot copies (agent core memory's record is PostgreSQL), so it is not backed up.
//
// Settings come from the environment, then .env: DATABASE_URL, MONGO_URL, MONGO_DB (same defaults
// as the app). A backup is written to DIR.partial and renamed to DIR when complete; its
// manifest.json holds a SHA-256 of every file, checked before a restore touches anything.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { BSON, MongoClient } from 'mongodb';

const FORMAT = 1;
const CATALOGUE_COLLECTIONS = ['products', 'product_sources', 'user_products'];
const INSERT_BATCH = 500;

function settings() {
  if (existsSync('.env')) process.loadEnvFile('.env'); // never overrides the environment
  return {
    databaseUrl: process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/welness',
    mongoUrl: process.env.MONGO_URL || 'mongodb://127.0.0.1:27017/',
    mongoDb: process.env.MONGO_DB || 'welness',
  };
}

/** Host and database of a URL, without credentials, for messages. */
const describe = (url) => {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '(default port)'}${u.pathname}`;
  } catch {
    return '(unparsable URL)';
  }
};

function run(cmd, args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b) => (stderr += b.toString()));
    child.on('error', (err) => reject(new Error(`${cmd}: ${err.message} (install postgresql-client: bash scripts/ensure-tools.sh)`)));
    child.on('exit', (code) => (code === 0 ? resolvePromise() : reject(new Error(`${cmd} exited with ${code}:\n${stderr.trim()}`))));
  });
}

async function sha256(file) {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return hash.digest('hex');
}

const stamp = () => new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');

async function exportCollection(db, name, file) {
  const gzip = createGzip();
  const done = pipeline(gzip, createWriteStream(file));
  let documents = 0;
  // _id order: a stable file for an unchanged collection, and restores insert in key order.
  for await (const doc of db.collection(name).find({}).sort({ _id: 1 })) {
    if (!gzip.write(BSON.EJSON.stringify(doc, { relaxed: false }) + '\n')) await new Promise((r) => gzip.once('drain', r));
    documents += 1;
  }
  gzip.end();
  await done;
  const indexes = (await db.collection(name).listIndexes().toArray().catch(() => []))
    .filter((i) => i.name !== '_id_')
    .map(({ v: _v, ns: _ns, ...spec }) => spec);
  return { file: `catalogue/${name}.ejson.gz`, documents, indexes, sha256: await sha256(file) };
}

async function backup(target) {
  const cfg = settings();
  const dir = resolve(target || join('backups', `welness-${stamp()}`));
  if (existsSync(dir)) throw new Error(`${dir} already exists`);
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(join(partial, 'catalogue'), { recursive: true });
  const started = Date.now();
  try {
    console.log(`backup: PostgreSQL ${describe(cfg.databaseUrl)} → postgres.dump`);
    const dump = join(partial, 'postgres.dump');
    await run('pg_dump', ['--format=custom', '--compress=6', '--no-owner', '--no-privileges', `--file=${dump}`, `--dbname=${cfg.databaseUrl}`]);
    const manifest = {
      format: FORMAT,
      createdAt: new Date().toISOString(),
      postgres: { file: 'postgres.dump', bytes: statSync(dump).size, sha256: await sha256(dump) },
      catalogue: { database: cfg.mongoDb, collections: {} },
    };
    const client = await MongoClient.connect(cfg.mongoUrl, { serverSelectionTimeoutMS: 10_000 });
    try {
      const db = client.db(cfg.mongoDb);
      for (const name of CATALOGUE_COLLECTIONS) {
        const entry = await exportCollection(db, name, join(partial, 'catalogue', `${name}.ejson.gz`));
        manifest.catalogue.collections[name] = entry;
        console.log(`backup: catalogue ${cfg.mongoDb}.${name}: ${entry.documents} documents`);
      }
    } finally {
      await client.close();
    }
    writeFileSync(join(partial, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    renameSync(partial, dir);
  } catch (err) {
    rmSync(partial, { recursive: true, force: true });
    throw err;
  }
  console.log(`backup: complete in ${((Date.now() - started) / 1000).toFixed(1)} s: ${dir}`);
  return dir;
}

async function importCollection(db, name, file, entry) {
  await db.collection(name).drop().catch(() => undefined); // absent on a fresh install
  await db.createCollection(name).catch(() => undefined);
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  let batch = [];
  let documents = 0;
  for await (const line of lines) {
    if (!line) continue;
    batch.push(BSON.EJSON.parse(line, { relaxed: false }));
    if (batch.length === INSERT_BATCH) {
      await db.collection(name).insertMany(batch, { ordered: true });
      documents += batch.length;
      batch = [];
    }
  }
  if (batch.length) await db.collection(name).insertMany(batch, { ordered: true });
  documents += batch.length;
  if (documents !== entry.documents) throw new Error(`${name}: restored ${documents} documents, the backup holds ${entry.documents}`);
  if (entry.indexes.length) {
    // The app also ensures its indexes at boot; these keep the restored catalogue fast before then.
    await db
      .collection(name)
      .createIndexes(entry.indexes)
      .catch((err) => console.warn(`restore: ${name}: indexes left to the app's boot: ${err.message}`));
  }
  return documents;
}

async function restore(source, { confirmed }) {
  const cfg = settings();
  const dir = resolve(source ?? '');
  if (!source || !existsSync(join(dir, 'manifest.json'))) throw new Error('restore: give the backup directory (the one holding manifest.json)');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  if (manifest.format !== FORMAT) throw new Error(`restore: backup format ${manifest.format} is not ${FORMAT}`);
  const files = [manifest.postgres, ...Object.values(manifest.catalogue.collections)];
  for (const f of files) {
    if ((await sha256(join(dir, f.file))) !== f.sha256) throw new Error(`restore: ${f.file} does not match its checksum: the backup is damaged`);
  }
  if (!confirmed) {
    throw new Error(
      `restore: this REPLACES the data of PostgreSQL ${describe(cfg.databaseUrl)} and the catalogue ${cfg.mongoDb} ` +
        `with the backup of ${manifest.createdAt}. Stop the api and worker first, then run again with --yes.`,
    );
  }
  const started = Date.now();
  console.log(`restore: PostgreSQL ${describe(cfg.databaseUrl)} from ${manifest.createdAt}`);
  await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${cfg.databaseUrl}`, join(dir, manifest.postgres.file)]);
  const client = await MongoClient.connect(cfg.mongoUrl, { serverSelectionTimeoutMS: 10_000 });
  try {
    const db = client.db(cfg.mongoDb);
    for (const [name, entry] of Object.entries(manifest.catalogue.collections)) {
      const n = await importCollection(db, name, join(dir, entry.file), entry);
      console.log(`restore: catalogue ${cfg.mongoDb}.${name}: ${n} documents`);
    }
  } finally {
    await client.close();
  }
  console.log(`restore: complete in ${((Date.now() - started) / 1000).toFixed(1)} s. Start the api and worker.`);
}

const [command, ...rest] = process.argv.slice(2);
const positional = rest.filter((a) => !a.startsWith('--'));
const main =
  command === 'backup'
    ? () => backup(positional[0])
    : command === 'restore'
      ? () => restore(positional[0], { confirmed: rest.includes('--yes') || process.env.RESTORE_CONFIRM === 'yes' })
      : () => Promise.reject(new Error('usage: node scripts/backup.mjs backup [DIR] | restore DIR --yes'));
main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
