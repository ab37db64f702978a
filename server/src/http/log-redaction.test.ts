import { describe, expect, it } from 'vitest';
import { redactUrlSecrets } from './log-redaction.js';

describe('redactUrlSecrets', () => {
  it('drops the token of an acknowledgement link, its API calls, and an invitation', () => {
    expect(redactUrlSecrets('/api/public/acknowledgements/AbC-123_x/quiz')).toBe(
      '/api/public/acknowledgements/[redacted]/quiz',
    );
    expect(redactUrlSecrets('/acknowledge/AbC-123_x?x=1')).toBe('/acknowledge/[redacted]?x=1');
    expect(redactUrlSecrets('/invite/s3cret')).toBe('/invite/[redacted]');
    expect(redactUrlSecrets('/api/invitations/by-token/s3cret')).toBe('/api/invitations/by-token/[redacted]');
  });

  it('leaves every other path alone', () => {
    expect(redactUrlSecrets('/api/change-requests/123')).toBe('/api/change-requests/123');
    expect(redactUrlSecrets('/api/adoption/campaigns/1/links')).toBe('/api/adoption/campaigns/1/links');
  });
});
