import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInterface } from 'node:readline';
import { AppError } from '../../../http/app-error.js';

/** Where uploads wait to be read: the OS temp dir, never the database or memory. */
export const SPOOL_DIR = join(tmpdir(), 'policyops-metric-imports');

/** Larger uploads are refused before they fill the disk. */
export const MAX_IMPORT_BYTES = 4 * 1024 ** 3;

/** Writes the request body to `path` as it arrives; returns its size. Throws PAYLOAD_TOO_LARGE past the limit. */
export async function spoolTo(body: Readable, path: string, maxBytes = MAX_IMPORT_BYTES): Promise<number> {
  await mkdir(SPOOL_DIR, { recursive: true });
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) done(new AppError('PAYLOAD_TOO_LARGE', `Send files of at most ${maxBytes} bytes`));
      else done(null, chunk);
    },
  });
  try {
    await pipeline(body, counter, createWriteStream(path));
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
  return bytes;
}

/** The file as a byte stream, telling `onBytes` how far it has read (for progress). */
export async function* readSpool(path: string, onBytes: (read: number) => void): AsyncGenerator<Buffer> {
  let read = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
    read += chunk.length;
    onBytes(read);
    yield chunk;
  }
}

/** Staged rows: one JSON array per line, read back in order. */
export class StagedRows {
  private readonly out;
  constructor(readonly path: string) {
    this.out = createWriteStream(path);
  }

  // Lines are written a thousand at a time: a stream write per row cost more than the validation itself.
  private pending: string[] = [];

  async write(values: unknown[]): Promise<void> {
    this.pending.push(JSON.stringify(values));
    if (this.pending.length >= 1000) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const chunk = `${this.pending.join('\n')}\n`;
    this.pending = [];
    if (!this.out.write(chunk)) await new Promise<void>((r) => this.out.once('drain', () => r()));
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) =>
      this.out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }

  async *read(): AsyncGenerator<unknown[]> {
    const lines = createInterface({
      input: createReadStream(this.path, { highWaterMark: 256 * 1024 }),
      crlfDelay: Infinity,
    });
    for await (const line of lines) if (line) yield JSON.parse(line) as unknown[];
  }
}

export async function removeFiles(...paths: (string | null | undefined)[]): Promise<void> {
  await Promise.all(paths.map((p) => (p ? rm(p, { force: true }) : undefined)));
}
