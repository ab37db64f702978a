import { SYSTEM_CAUSE } from '../modules/audit/audit.service.js';
import { openCli } from './cli-context.js';

/** `npm run demo`: loads the sample T&S workspace into the configured database. */
async function main(): Promise<void> {
  const { database, services } = await openCli();
  try {
    const { created } = await services.sample.load(SYSTEM_CAUSE);
    console.log('Sample workspace loaded:');
    for (const [kind, count] of Object.entries(created)) console.log(`  ${kind}: ${count}`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
