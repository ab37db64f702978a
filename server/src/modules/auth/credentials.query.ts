import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export interface RevokedCredentials {
  sessions: number;
  apiTokens: number;
}

/**
 * Ends every session and API token of one person: the auth module's tables, composed by the users
 * repository so deactivating someone does it in the same transaction. Sessions are deleted; tokens
 * are marked revoked (the list of tokens a person had stays readable), so none can come back.
 */
export async function revokeAllCredentialsOf(
  db: Kysely<Database>,
  userId: string,
  now: string,
): Promise<RevokedCredentials> {
  const sessions = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  const apiTokens = await db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return { sessions: Number(sessions.numDeletedRows), apiTokens: Number(apiTokens.numUpdatedRows) };
}
