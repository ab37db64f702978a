import type { InitiativeSort } from '@policyops/contracts';
import { AppError } from '../../http/app-error.js';
import type { ListPosition } from './initiative-list.repository.js';

/** The opaque cursor of the page after this row: the sort it belongs to and its (value, id) place. */
export function encodeInitiativeCursor(sort: InitiativeSort, position: ListPosition): string {
  return Buffer.from(JSON.stringify([sort, position.value, position.id])).toString('base64url');
}

/**
 * The position a cursor stands for. Throws VALIDATION_FAILED (querystring.cursor) for a cursor the
 * list did not give, or one from a list sorted another way.
 */
export function decodeInitiativeCursor(cursor: string | undefined, sort: InitiativeSort): ListPosition | null {
  if (!cursor) return null;
  try {
    const [cursorSort, value, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    const valueOk = sort === 'priority' ? typeof value === 'number' : typeof value === 'string';
    if (cursorSort === sort && valueOk && typeof id === 'string') return { value: value as string | number, id };
  } catch {
    // fall through to the validation error
  }
  throw new AppError('VALIDATION_FAILED', 'The cursor is invalid for this list', [
    { path: 'querystring.cursor', message: 'Invalid cursor (it belongs to another list or sort)' },
  ]);
}
