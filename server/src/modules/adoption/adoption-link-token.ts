import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed acknowledgement-link tokens. Binary, then base64url, to stay short enough for a URL path
 * (Fastify's parameter limit is 200 characters here): version byte, link (the person), campaign and
 * campaign-audience ids as 16 bytes each, the first 16 bytes of the version's content hash, the expiry
 * in Unix seconds, then a 16-byte HMAC-SHA256 (truncated) of all that under a key derived from the
 * server secret. 114 characters. Only the SHA-256 of the whole token is stored.
 */
export interface LinkClaims {
  linkId: string;
  campaignId: string;
  audienceId: string;
  /** sha256 hex of the version body; the token carries its first 32 hex digits. */
  contentHash: string;
  expiresAt: Date;
}

const VERSION = 1;
const BODY_BYTES = 1 + 16 * 4 + 4;
const MAC_BYTES = 16;
const HASH_PREFIX_HEX = 32;

const uuidBytes = (id: string) => Buffer.from(id.replaceAll('-', ''), 'hex');
function uuidOf(bytes: Buffer): string {
  const h = bytes.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function contentHashPrefix(contentHash: string): string {
  return contentHash.slice(0, HASH_PREFIX_HEX);
}

/** The key lives in memory only and never prints. */
export class AdoptionLinkSigner {
  readonly #key: Buffer;

  constructor(serverSecret: string) {
    this.#key = createHmac('sha256', serverSecret).update('policyops/adoption-link/v1').digest();
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return 'AdoptionLinkSigner [key redacted]';
  }

  toJSON(): string {
    return 'AdoptionLinkSigner';
  }

  private mac(body: Buffer): Buffer {
    return createHmac('sha256', this.#key).update(body).digest().subarray(0, MAC_BYTES);
  }

  sign(claims: LinkClaims): string {
    const body = Buffer.alloc(BODY_BYTES);
    body.writeUInt8(VERSION, 0);
    uuidBytes(claims.linkId).copy(body, 1);
    uuidBytes(claims.campaignId).copy(body, 17);
    uuidBytes(claims.audienceId).copy(body, 33);
    Buffer.from(contentHashPrefix(claims.contentHash), 'hex').copy(body, 49);
    body.writeUInt32BE(Math.floor(claims.expiresAt.getTime() / 1000), 65);
    return Buffer.concat([body, this.mac(body)]).toString('base64url');
  }

  /** The claims of a token this server signed, or null for anything else (forged, cut, altered). */
  verify(token: string): (Omit<LinkClaims, 'contentHash'> & { contentHashPrefix: string }) | null {
    if (!/^[A-Za-z0-9_-]{1,200}$/.test(token)) return null;
    const raw = Buffer.from(token, 'base64url');
    if (raw.length !== BODY_BYTES + MAC_BYTES || raw.toString('base64url') !== token) return null;
    const body = raw.subarray(0, BODY_BYTES);
    if (!timingSafeEqual(raw.subarray(BODY_BYTES), this.mac(body)) || body.readUInt8(0) !== VERSION) return null;
    return {
      linkId: uuidOf(body.subarray(1, 17)),
      campaignId: uuidOf(body.subarray(17, 33)),
      audienceId: uuidOf(body.subarray(33, 49)),
      contentHashPrefix: body.subarray(49, 65).toString('hex'),
      expiresAt: new Date(body.readUInt32BE(65) * 1000),
    };
  }
}
