import { inTransaction } from '../db/scope.js';
import { parseArgs } from 'node:util';
import { EmailSchema, PasswordSchema, PersonNameSchema, RoleSchema } from '@policyops/contracts';
import { z } from 'zod';
import { hashPassword } from '../modules/auth/passwords.js';
import { SYSTEM_CAUSE } from '../modules/audit/audit.service.js';
import { openCli } from './cli-context.js';

const USAGE = `Usage:
  npm run admin -- create-user --email <e-mail> --name <name> [--role admin] [--password <pw>]
    Creates an account (role defaults to admin). Without --password, reads it from POLICYOPS_PASSWORD.`;

const CreateUserSchema = z.object({
  email: EmailSchema,
  name: PersonNameSchema,
  role: RoleSchema,
  password: PasswordSchema,
});

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', default: 'admin' },
      password: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || positionals[0] !== 'create-user') {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const parsed = CreateUserSchema.safeParse({ ...values, password: values.password ?? process.env.POLICYOPS_PASSWORD });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`--${issue.path.join('.')}: ${issue.message}`);
    process.exit(2);
  }
  const { database, services } = await openCli();
  try {
    const passwordHash = await hashPassword(parsed.data.password);
    const user = await inTransaction(database.scope, (trx) =>
      services.users.createInTransaction(trx, SYSTEM_CAUSE, { ...parsed.data, passwordHash }),
    );
    console.log(`Created ${user.role} ${user.name} <${user.email}> (${user.id})`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
