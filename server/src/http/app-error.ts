import { ERROR_STATUS, type ErrorCode, type FieldError } from '@policyops/contracts';

/** The one application error type: a stable code, a human detail, optional field errors. */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly fieldErrors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail ?? code);
    this.name = 'AppError';
    this.status = ERROR_STATUS[code];
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found`);

export const versionConflict = (what: string, current: number) =>
  new AppError(
    'VERSION_CONFLICT',
    `${what} was changed by someone else (now at version ${current}); reload and try again`,
  );

export const fieldError = (path: string, message: string, code: ErrorCode = 'VALIDATION_FAILED') =>
  new AppError(code, message, [{ path, message }]);
