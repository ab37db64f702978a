import { AppError } from '../../http/app-error.js';

/** The directory's cursor: the last row's (name, id), opaque to clients. */
export function encodeNameCursor(row: { name: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.name, row.id])).toString('base64url');
}

/** Throws VALIDATION_FAILED naming querystring.cursor. */
export function decodeNameCursor(cursor: string | undefined): { name: string; id: string } | null {
  if (!cursor) return null;
  try {
    const [name, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof name === 'string' && typeof id === 'string') return { name, id };
  } catch {
    // fall through to the validation error
  }
  throw new AppError('VALIDATION_FAILED', 'The cursor is invalid', [
    { path: 'querystring.cursor', message: 'Invalid cursor' },
  ]);
}
