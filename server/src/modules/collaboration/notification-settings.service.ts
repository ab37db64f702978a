import type { NotificationEmailMode, NotificationSettings, NotificationSettingsUpdate } from '@policyops/contracts';
import type { Actor } from '../../http/actor.js';
import { versionConflict } from '../../http/app-error.js';
import { type DbScope, inTransaction } from '../../db/scope.js';
import type { NotificationMail } from './notification-mail.js';
import * as preferencesRepo from './notification-preferences.repository.js';

/** A person who never chose is at version 1 of the default, so the first save sends version 1. */
const DEFAULT_VERSION = 1;

/**
 * Each person's own choice of e-mail for their notifications. Personal, like the profile, so any
 * signed-in person manages exactly their own and nobody else's; not audited, as it changes
 * nothing anyone else sees or may do.
 */
export class NotificationSettingsService {
  constructor(
    private readonly db: DbScope,
    private readonly mail: NotificationMail,
  ) {}

  async get(actor: Actor): Promise<NotificationSettings> {
    const row = await preferencesRepo.findFor(this.db, actor.id);
    return this.toSettings((row?.email as NotificationEmailMode | undefined) ?? 'off', row?.version ?? DEFAULT_VERSION);
  }

  /** Stores the caller's choice. Throws VERSION_CONFLICT when it changed since it was read. */
  async update(actor: Actor, input: NotificationSettingsUpdate): Promise<NotificationSettings> {
    return inTransaction(this.db, async (trx) => {
      const row = await preferencesRepo.findFor(trx, actor.id);
      const current = row?.version ?? DEFAULT_VERSION;
      if (input.version !== current) throw versionConflict('Your notification settings', current);
      const updatedAt = new Date().toISOString();
      const stored = row
        ? await preferencesRepo.updateVersioned(trx, actor.id, current, { email: input.email, updated_at: updatedAt })
        : await preferencesRepo.insertFirst(trx, {
            user_id: actor.id,
            email: input.email,
            version: current + 1,
            updated_at: updatedAt,
          });
      if (!stored) throw versionConflict('Your notification settings', current + 1);
      return this.toSettings(input.email, current + 1);
    });
  }

  private toSettings(email: NotificationEmailMode, version: number): NotificationSettings {
    return { email, mailEnabled: this.mail.enabled, version };
  }
}
