import { z } from 'zod';
import { TimestampSchema } from './common.contract.js';

/**
 * Outgoing mail (issue 10, item 2): whether the server sends mail, through which SMTP server, and a
 * test message to the signed-in admin. The SMTP password is configuration only and never leaves it.
 */
export const MailStatusSchema = z
  .object({
    enabled: z
      .boolean()
      .describe('true: messages go to the SMTP server; false: mail is off and messages are written to the server log'),
    from: z.string().describe('The From header of every message (MAIL_FROM)'),
    host: z.string().nullable().describe('The SMTP server (null when mail is off)'),
    port: z.number().int().nullable().describe('Its port (null when mail is off)'),
    secure: z
      .boolean()
      .nullable()
      .describe('true: TLS from the first byte (usually port 465); false: STARTTLS when offered; null when off'),
    authenticated: z.boolean().describe('Whether the server signs in with a user name (the password is never shown)'),
  })
  .describe('Outgoing mail settings, without the password');
export type MailStatus = z.infer<typeof MailStatusSchema>;

export const MailTestResultSchema = z
  .object({
    to: z.string().describe('Where the test message went: the signed-in admin'),
    messageId: z.string().nullable().describe('The Message-ID header of the message sent'),
    response: z.string().nullable().describe("The SMTP server's answer on accepting it (e.g. 250 OK)"),
    sentAt: TimestampSchema.describe('When the server accepted it'),
  })
  .describe('A test message the SMTP server accepted');
export type MailTestResult = z.infer<typeof MailTestResultSchema>;

// ---- Audit -------------------------------------------------------------------------------------

export const MAIL_AUDIT_ACTIONS = ['mail.test_sent'] as const;

export const MAIL_AUDIT_PAYLOAD_SCHEMAS = {
  'mail.test_sent': z.strictObject({
    entityType: z.literal('user').describe('Kind of record: user (the recipient)'),
    before: z.null().optional().describe('Nothing recorded'),
    after: z
      .strictObject({
        to: z.string().describe('Recipient address'),
        host: z.string().describe('SMTP server that accepted it'),
        port: z.number().int().describe('Its port'),
        messageId: z.string().nullable().describe('Message-ID of the message'),
      })
      .describe('The test message the SMTP server accepted'),
  }),
} as const;
