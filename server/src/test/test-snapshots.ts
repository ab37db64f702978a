import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import type { Db } from '../db/database.js';

/**
 * Copies of a database a test worker built once (migrated; migrated with the sample workspace loaded),
 * from which each test app starts instead of building it again: migrating costs a few hundred ms per
 * app, loading the sample seconds (most on PostgreSQL). The copies live for one worker's process, keyed
 * by everything that shaped them, so a test starts from exactly what building afresh would have given.
 */
export type DatabaseImage = { dialect: 'sqlite'; bytes: Buffer } | { dialect: 'postgres'; script: string };

const images = new Map<string, Promise<DatabaseImage | null>>();

/** The image stored under `key`, built on first use; null when this machine cannot take one. */
export function cachedImage(key: string, build: () => Promise<DatabaseImage | null>): Promise<DatabaseImage | null> {
  let image = images.get(key);
  if (!image) {
    image = build();
    images.set(key, image);
    // A failed build is not remembered: the next test tries again and reports its own error.
    image.catch(() => images.delete(key));
  }
  return image;
}

/** The image stored under `key` or being built, if any. */
export function knownImage(key: string): Promise<DatabaseImage | null> | undefined {
  return images.get(key);
}

/** A serialized copy of an in-memory SQLite database. */
export async function sqliteImage(db: Db): Promise<DatabaseImage> {
  const file = join(tmpdir(), `policyops-image-${randomBytes(6).toString('hex')}.db`);
  try {
    await sql`vacuum into ${sql.lit(file)}`.execute(db);
    return { dialect: 'sqlite', bytes: readFileSync(file) };
  } finally {
    rmSync(file, { force: true });
  }
}

/** Stands for the schema's name in a PostgreSQL image; random, so that no stored value contains it. */
const PLACEHOLDER = `__image_schema_${randomBytes(4).toString('hex')}__`;

/**
 * A script that recreates the private schema `schema` (and pg-boss's `<schema>_jobs` beside it) with its
 * rows under another name. pg_dump knows every kind of object a migration can create (constraints,
 * indexes, identity sequences at their values, functions); null when pg_dump is missing or fails, and
 * the caller then builds the database itself.
 */
export function postgresImage(url: string, schema: string): DatabaseImage | null {
  const dumped = spawnSync(
    'pg_dump',
    [
      `--dbname=${url}`,
      `--schema=${schema}`,
      `--schema=${schema}_jobs`,
      '--no-owner',
      '--no-privileges',
      '--inserts',
      '--rows-per-insert=500',
    ],
    { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 },
  );
  if (dumped.error || dumped.status !== 0) return null;
  const script = dumped.stdout
    .split('\n')
    // psql's meta-commands (\restrict in newer pg_dump) mean nothing to the server.
    .filter((line) => !line.startsWith('\\'))
    .join('\n')
    .replaceAll(schema, PLACEHOLDER);
  return { dialect: 'postgres', script };
}

/** Runs a PostgreSQL image's script, creating `schema` (and its `_jobs`) as the image's copy. */
export async function restorePostgresImage(url: string, image: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(image.replaceAll(PLACEHOLDER, schema));
  } finally {
    await client.end();
  }
}
