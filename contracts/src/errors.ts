/** Application error codes and the HTTP status each maps to. One map, used by server and client. */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_TOKEN_INVALID: 403,
  ORIGIN_NOT_ALLOWED: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  VERSION_CONFLICT: 409,
  ALREADY_EXISTS: 409,
  SETUP_ALREADY_DONE: 409,
  INVALID_STATE: 409,
  POLICY_VERSION_LOCKED: 409,
  OKR_PERIOD_CLOSED: 409,
  MAIL_DISABLED: 409,
  CR_STAGE_FINAL: 409,
  CR_MOVE_NOT_ALLOWED: 409,
  CR_REQUIREMENTS_MISSING: 409,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  MAIL_DELIVERY_FAILED: 502,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const ERROR_TITLES: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'The request has invalid fields',
  BAD_REQUEST: 'The request is malformed',
  UNAUTHENTICATED: 'Sign in to continue',
  INVALID_CREDENTIALS: 'E-mail or password is incorrect',
  FORBIDDEN: 'You are not allowed to do this',
  CSRF_TOKEN_INVALID: 'The request is missing a valid CSRF token',
  ORIGIN_NOT_ALLOWED: 'The request came from another site',
  NOT_FOUND: 'Not found',
  ROUTE_NOT_FOUND: 'No such API route',
  METHOD_NOT_ALLOWED: 'Method not allowed',
  VERSION_CONFLICT: 'Someone else changed this record',
  ALREADY_EXISTS: 'It already exists',
  SETUP_ALREADY_DONE: 'The workspace is already set up',
  INVALID_STATE: 'Not possible in the current state',
  POLICY_VERSION_LOCKED: 'Approved and live versions cannot be edited',
  OKR_PERIOD_CLOSED: 'The OKR period is closed: scored and locked',
  MAIL_DISABLED: 'Mail is off: messages are written to the server log',
  CR_STAGE_FINAL: 'The change request is in a final stage',
  CR_MOVE_NOT_ALLOWED: 'The change request cannot move to that stage from here',
  CR_REQUIREMENTS_MISSING: 'The change request is missing what the stage requires',
  PRECONDITION_FAILED: 'Precondition failed',
  PAYLOAD_TOO_LARGE: 'The request body is too large',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported content type',
  ACCOUNT_LOCKED: 'Too many failed sign-ins; try again later',
  RATE_LIMITED: 'Too many requests',
  INTERNAL: 'Something went wrong on our side',
  MAIL_DELIVERY_FAILED: 'The mail server did not accept the message',
  SERVICE_UNAVAILABLE: 'The service is temporarily unavailable',
};

/** The stable `type` URI of a problem with this code. */
export function problemType(code: ErrorCode): string {
  return `https://policyops.dev/problems/${code.toLowerCase().replaceAll('_', '-')}`;
}
