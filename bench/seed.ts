import { inTransaction } from '../server/src/db/scope.js';
import { v7 as uuidv7 } from 'uuid';
import { createServices } from '../server/src/app.js';
import { loadConfig } from '../server/src/config/config.js';
import { migrateToLatest, openDatabase } from '../server/src/db/database.js';
import { SYSTEM_CAUSE } from '../server/src/modules/audit/audit.service.js';
import { hashPassword } from '../server/src/modules/auth/passwords.js';

export const BENCH_ADMIN = { email: 'bench.admin@example.com', password: 'bench password 1234' };

/** Seeds the embedded database with `users` people and as many chained audit events. */
export async function seedBenchDatabase(file: string, users: number): Promise<void> {
  const config = loadConfig({ DATABASE_URL: `file:${file}`, SESSION_SECRET: 'b'.repeat(40) });
  const database = openDatabase(config.database);
  await migrateToLatest(database.db);
  const services = createServices(config, database);
  const passwordHash = await hashPassword(BENCH_ADMIN.password);
  await inTransaction(database.scope, async (trx) => {
    await services.users.createInTransaction(trx, SYSTEM_CAUSE, {
      email: BENCH_ADMIN.email,
      name: 'Bench Admin',
      role: 'admin',
      passwordHash,
    });
    const roles = ['program_manager', 'policy_owner', 'contributor', 'xfn_reviewer', 'viewer'] as const;
    for (let i = 1; i < users; i++) {
      // createInTransaction writes the user and its audit event: 10k users give 10k chained events.
      await services.users.createInTransaction(trx, SYSTEM_CAUSE, {
        email: `person.${i}.${uuidv7().slice(-6)}@bench.example.com`,
        name: `Person ${String(i).padStart(5, '0')}`,
        role: roles[i % roles.length]!,
        passwordHash: null,
      });
    }
  });
  await database.close();
}
