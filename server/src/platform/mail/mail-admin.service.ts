import type { MailStatus, MailTestResult } from '@policyops/contracts';
import { inTransaction, type DbScope } from '../../db/scope.js';
import { AppError } from '../../http/app-error.js';
import { authorize, type Actor } from '../../http/actor.js';
import type { AuditService } from '../../modules/audit/audit.service.js';
import { renderMail } from './mail-template.js';
import { MailDeliveryError, type Mailer } from './mailer.js';

/** The admin's view of outgoing mail: whether it is on, and a test message to prove it works. */
export class MailAdminService {
  constructor(
    private readonly db: DbScope,
    private readonly mailer: Mailer,
    private readonly audit: AuditService,
    private readonly publicUrl: string,
  ) {}

  /** The settings without the password. Throws FORBIDDEN (admins only). */
  status(actor: Actor): MailStatus {
    authorize(actor, 'workspace.manage');
    return this.mailer.status;
  }

  /**
   * Sends a test message to the signed-in admin and records it. Throws FORBIDDEN, MAIL_DISABLED
   * (no SMTP server: nothing would be sent) and MAIL_DELIVERY_FAILED (with the server's reply code).
   */
  async sendTest(actor: Actor): Promise<MailTestResult> {
    authorize(actor, 'workspace.manage');
    const { host, port } = this.mailer.status;
    if (!this.mailer.status.enabled || host === null || port === null) {
      throw new AppError(
        'MAIL_DISABLED',
        'No SMTP server is configured (SMTP_URL or SMTP_HOST), so messages are written to the server log and a test message would go nowhere',
      );
    }
    const message = renderMail(
      {
        subject: 'PolicyOps test message',
        paragraphs: [
          [`Hello ${actor.name},`],
          [`This is the test message you asked for. PolicyOps sends its mail through ${host}:${port}, and it works.`],
          ['Nothing else needs doing; you can delete this message.'],
        ],
      },
      { publicUrl: this.publicUrl },
    );
    let receipt;
    try {
      receipt = await this.mailer.send({ to: actor.email, ...message });
    } catch (error) {
      if (error instanceof MailDeliveryError) throw new AppError('MAIL_DELIVERY_FAILED', error.message);
      throw error;
    }
    const sentAt = new Date().toISOString();
    await inTransaction(this.db, (trx) =>
      this.audit.record(trx, actor, {
        action: 'mail.test_sent',
        entityType: 'user',
        entityId: actor.id,
        after: { to: actor.email, host, port, messageId: receipt.messageId },
      }),
    );
    return { to: actor.email, messageId: receipt.messageId, response: receipt.response, sentAt };
  }
}
