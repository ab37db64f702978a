// Loaded by the router, hence in the entry chunk: no imports of values from the contracts or
// from the rest of any feature. The one place the pages' query-string values are read.
import type { PolicyStatus } from '@policyops/contracts';

const STATUSES: readonly PolicyStatus[] = ['draft', 'in_review', 'approved', 'scheduled', 'live', 'retired'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Trimmed text up to `max` characters; anything else (empty, too long, not text) is dropped. */
export function textParam(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed && trimmed.length <= max ? trimmed : undefined;
}

/** A YYYY-MM-DD date, or nothing. */
export function dateParam(value: unknown): string | undefined {
  return typeof value === 'string' && ISO_DATE.test(value) ? value : undefined;
}

/** A policy status the API knows, or nothing. */
export function statusParam(value: unknown): PolicyStatus | undefined {
  return STATUSES.includes(value as PolicyStatus) ? (value as PolicyStatus) : undefined;
}

/** The object with its undefined entries left out, so that a validated search holds only what was kept. */
export function definedOnly<T extends object>(values: T): T {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as T;
}
