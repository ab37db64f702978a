import { AppError } from '../../http/app-error.js';
import type { PolicyListPosition } from './policies.repository.js';

/** The opaque cursor of the page after this policy: its place in the list's (title, id) order. */
export function encodePolicyCursor(row: PolicyListPosition): string {
  return Buffer.from(JSON.stringify([row.title, row.id])).toString('base64url');
}

/** The list position a cursor stands for. Throws VALIDATION_FAILED for a cursor the list did not give. */
export function decodePolicyCursor(cursor: string | undefined): PolicyListPosition | null {
  if (!cursor) return null;
  try {
    const [title, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof title === 'string' && typeof id === 'string') return { title, id };
  } catch {
    // fall through to the validation error
  }
  throw new AppError('VALIDATION_FAILED', 'The cursor is invalid', [
    { path: 'querystring.cursor', message: 'Invalid cursor' },
  ]);
}
