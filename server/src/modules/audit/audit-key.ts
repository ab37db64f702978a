import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { inspect } from 'node:util';

/** Where the audit key comes from (see config.ts): AUDIT_KEY itself, or a key file in the data folder. */
export type AuditKeySource = { key: string } | { file: string };

export const MIN_AUDIT_KEY_LENGTH = 32;

type Purpose = 'event' | 'checkpoint' | 'legacy-seal' | 'key-id';

function derive(secret: string, purpose: Purpose): Buffer {
  return createHmac('sha256', secret).update(`policyops/audit/${purpose}/v1`).digest();
}

function hmacHex(key: Buffer, message: string): string {
  return createHmac('sha256', key).update(message).digest('hex');
}

function sameHex(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * The secret that keys the audit chain, held only in memory. One derived key per purpose, so an
 * event hash can never pass for a checkpoint signature or a legacy seal. It prints and serialises
 * as its id only, so a stray log line or JSON reply cannot carry it.
 */
export class AuditKey {
  /** Identifies the key in checkpoints and messages; derived one way, so it reveals nothing of the key. */
  readonly id: string;
  readonly #event: Buffer;
  readonly #checkpoint: Buffer;
  readonly #legacySeal: Buffer;

  /** Throws when the secret is shorter than MIN_AUDIT_KEY_LENGTH characters. */
  constructor(secret: string) {
    if (secret.length < MIN_AUDIT_KEY_LENGTH) {
      throw new Error(`The audit key must be at least ${MIN_AUDIT_KEY_LENGTH} characters`);
    }
    this.id = derive(secret, 'key-id').toString('hex').slice(0, 16);
    this.#event = derive(secret, 'event');
    this.#checkpoint = derive(secret, 'checkpoint');
    this.#legacySeal = derive(secret, 'legacy-seal');
  }

  /** HMAC-SHA256 of an event link (previous hash and the event's canonical fields). */
  sealEvent(link: string): string {
    return hmacHex(this.#event, link);
  }

  signCheckpoint(canonical: string): string {
    return hmacHex(this.#checkpoint, canonical);
  }

  checkpointSignatureMatches(canonical: string, signature: string): boolean {
    return sameHex(this.signCheckpoint(canonical), signature);
  }

  /** Pins how many leading events predate keyed hashing, and the hash the last of them had. */
  sealLegacy(legacyEvents: number, lastLegacyHash: string): string {
    return hmacHex(this.#legacySeal, `${legacyEvents}\n${lastLegacyHash}`);
  }

  legacySealMatches(legacyEvents: number, lastLegacyHash: string, seal: string): boolean {
    return sameHex(this.sealLegacy(legacyEvents, lastLegacyHash), seal);
  }

  toJSON(): string {
    return `[audit key ${this.id}]`;
  }

  [inspect.custom](): string {
    return this.toJSON();
  }
}

/**
 * The configured audit key: AUDIT_KEY, or the key file, created (mode 0600) on first start when
 * absent and read on every later one. An existing file that is too short is an error, never
 * replaced: a new key would make every event sealed with the old one unverifiable.
 */
export function loadAuditKey(source: AuditKeySource): AuditKey {
  if ('key' in source) return new AuditKey(source.key);
  if (existsSync(source.file)) {
    const secret = readFileSync(source.file, 'utf8').trim();
    if (secret.length < MIN_AUDIT_KEY_LENGTH) {
      throw new Error(
        `${source.file} holds fewer than ${MIN_AUDIT_KEY_LENGTH} characters: restore it from a backup, or set AUDIT_KEY`,
      );
    }
    return new AuditKey(secret);
  }
  mkdirSync(dirname(source.file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  try {
    writeFileSync(source.file, secret, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process (the CLI, a second server) created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadAuditKey(source);
    throw error;
  }
  return new AuditKey(secret);
}
