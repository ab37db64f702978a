import { v7 as uuidv7 } from 'uuid';
import { createServices } from '../server/src/app.js';
import { loadConfig } from '../server/src/config/config.js';
import { migrateToLatest, openDatabase } from '../server/src/db/database.js';
import { inTransaction } from '../server/src/db/scope.js';
import { SYSTEM_CAUSE } from '../server/src/modules/audit/audit.service.js';
import { hashPassword } from '../server/src/modules/auth/passwords.js';

export const BENCH_ADMIN = { email: 'bench.admin@example.com', password: 'bench password 1234' };
/** The environment every benchmarked server and seeding step shares. */
export const BENCH_ENV = { SESSION_SECRET: 'b'.repeat(40), AUDIT_KEY: 'a'.repeat(40) };

const TEAMS = 40;

/**
 * Seeds the embedded database with `users` people (and as many chained audit events) in 40 teams:
 * everyone in one team, every third person in a second, so a page of the directory carries teams.
 */
export async function seedBenchDatabase(file: string, users: number): Promise<void> {
  const config = loadConfig({ ...BENCH_ENV, DATABASE_URL: `file:${file}` });
  const database = openDatabase(config.database);
  await migrateToLatest(database.db);
  const services = createServices(config, database);
  const passwordHash = await hashPassword(BENCH_ADMIN.password);
  const userIds: string[] = [];
  await inTransaction(database.scope, async (trx) => {
    const admin = await services.users.createInTransaction(trx, SYSTEM_CAUSE, {
      email: BENCH_ADMIN.email,
      name: 'Bench Admin',
      role: 'admin',
      passwordHash,
    });
    userIds.push(admin.id);
    const roles = ['program_manager', 'policy_owner', 'contributor', 'xfn_reviewer', 'viewer'] as const;
    for (let i = 1; i < users; i++) {
      // createInTransaction writes the user and its audit event: 10k users give 10k chained events.
      const user = await services.users.createInTransaction(trx, SYSTEM_CAUSE, {
        email: `person.${i}.${uuidv7().slice(-6)}@bench.example.com`,
        name: `Person ${String(i).padStart(5, '0')}`,
        role: roles[i % roles.length]!,
        passwordHash: null,
      });
      userIds.push(user.id);
    }
  });
  // Teams straight into their tables: what is measured is reading them, not the teams service.
  const now = new Date().toISOString();
  const teams = Array.from({ length: TEAMS }, (_, i) => ({
    id: uuidv7(),
    name: `Bench team ${String(i).padStart(2, '0')}`,
    function: i % 2 === 0 ? 'policy' : 'legal',
    description: '',
    version: 1,
    created_at: now,
    updated_at: now,
  }));
  const members = userIds.flatMap((userId, i) => {
    const rows = [{ team_id: teams[i % TEAMS]!.id, user_id: userId, joined_at: now }];
    if (i % 3 === 0) rows.push({ team_id: teams[(i * 7 + 1) % TEAMS]!.id, user_id: userId, joined_at: now });
    return rows;
  });
  await database.db.transaction().execute(async (trx) => {
    await trx.insertInto('teams').values(teams).execute();
    for (let i = 0; i < members.length; i += 500) {
      await trx
        .insertInto('team_members')
        .values(members.slice(i, i + 500))
        .execute();
    }
  });
  await database.close();
}
