import { z } from 'zod';

/** Sortable identifier (UUIDv7). */
export const IdSchema = z.uuid().describe('Sortable identifier (UUIDv7)');

/** UTC ISO-8601 timestamp as used everywhere in the API. */
export const TimestampSchema = z.string().describe('UTC ISO-8601 timestamp');

/** Optimistic-concurrency version carried by every mutable record. */
export const VersionSchema = z
  .number()
  .int()
  .min(1)
  .describe('Record version for optimistic concurrency; send the one you read, a stale one gets 409');

/** `?version=N` on deletes, which carry no body. */
export const VersionQuerySchema = z.object({ version: z.coerce.number().pipe(VersionSchema) });

export const CursorQuerySchema = z.object({
  cursor: z.string().max(200).optional().describe('Opaque cursor from the previous page'),
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('Page size (1-200, default 50)'),
});
export type CursorQuery = z.infer<typeof CursorQuerySchema>;

/** A cursor-paginated page of items. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item).describe('The items of this page'),
    nextCursor: z.string().nullable().describe('Cursor of the next page, null on the last page'),
  });
}

export const FieldErrorSchema = z.object({
  path: z.string().describe('Dotted path of the field at fault, e.g. body.email'),
  message: z.string().describe('What is wrong with it'),
  line: z.number().int().optional().describe('For a file in an uploaded archive: the line at fault (1-based)'),
});
export type FieldError = z.infer<typeof FieldErrorSchema>;

/** RFC 9457 problem details, as every error reply carries. */
export const ProblemSchema = z.object({
  type: z.string().describe('Stable URI naming the problem type'),
  title: z.string().describe('Short human summary of the problem type'),
  status: z.number().int().describe('HTTP status'),
  detail: z.string().optional().describe('Human explanation of this occurrence'),
  code: z.string().describe('Stable application error code, e.g. VALIDATION_FAILED'),
  requestId: z.string().optional().describe('Request id, to quote when reporting a problem'),
  errors: z.array(FieldErrorSchema).optional().describe('Per-field validation errors'),
});
export type Problem = z.infer<typeof ProblemSchema>;

export const NoContentSchema = z.null().describe('No content');

export const EmptySchema = z.object({}).describe('Empty body');

/** Email address as accepted everywhere: trimmed and lower-cased. */
export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'Enter a valid e-mail address' }))
  .describe('E-mail address');

export const PersonNameSchema = z.string().trim().min(1, 'Enter a name').max(120).describe('Display name');

/** Passwords: long enough to resist guessing, bounded to keep hashing cheap to refuse. */
export const PasswordSchema = z
  .string()
  .min(12, 'Use at least 12 characters')
  .max(256, 'Use at most 256 characters')
  .describe('Password (12-256 characters)');
