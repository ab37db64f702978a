import { openCli } from './cli-context.js';

/** `npm run audit:verify`: checks the audit hash chain; exits 1 naming the first bad event. */
async function main(): Promise<void> {
  const { database, services } = await openCli();
  try {
    const result = await services.audit.verify();
    if (result.ok) {
      console.log(`Audit chain intact: ${result.checked} events verified.`);
    } else {
      console.error(
        `Audit chain BROKEN at event #${result.firstBadSeq}: ${result.reason} (${result.checked} events verified before it).`,
      );
      process.exitCode = 1;
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
