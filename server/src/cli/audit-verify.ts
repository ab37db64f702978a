import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openCli } from './cli-context.js';

const USAGE = `Usage:
  npm run audit:verify [-- --checkpoint FILE [--checkpoint FILE ...]]
    Checks the audit chain and names the first bad event. With --checkpoint, also checks that each
    checkpoint exported from the audit page is genuine and still matches the chain, which proves
    nothing up to it was removed or rewritten.
  npm run audit:verify -- --seal-legacy
    Once, after upgrading a workspace whose events predate keyed hashing: checks those events and
    seals them with the audit key (refused if the chain is broken; never repeated).
Exit codes: 0 intact, 1 broken or a checkpoint fails, 2 usage error or unreadable file.`;

interface CheckpointFile {
  path: string;
  content: unknown;
}

function parseCommandLine(): { checkpoints: string[]; sealLegacy: boolean } {
  try {
    const { values } = parseArgs({
      options: {
        checkpoint: { type: 'string', multiple: true },
        'seal-legacy': { type: 'boolean' },
        help: { type: 'boolean' },
      },
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const checkpoints = values.checkpoint ?? [];
    if (values['seal-legacy'] && checkpoints.length > 0) throw new Error('--seal-legacy takes no --checkpoint');
    return { checkpoints, sealLegacy: values['seal-legacy'] ?? false };
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(2);
  }
}

/** Reads every checkpoint file before the database is opened; a file that is not JSON is left to the check. */
function readCheckpointFiles(paths: string[]): CheckpointFile[] {
  return paths.map((path) => {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      console.error(`Cannot read checkpoint ${path}: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(2);
    }
    try {
      return { path, content: JSON.parse(text) as unknown };
    } catch {
      return { path, content: text };
    }
  });
}

/**
 * `npm run audit:verify`: checks the keyed audit chain, and each --checkpoint file against it;
 * exits 1 naming what is wrong. With --seal-legacy, seals the events written before keyed hashing.
 */
async function main(): Promise<void> {
  const { checkpoints, sealLegacy } = parseCommandLine();
  const files = readCheckpointFiles(checkpoints);
  const { database, services } = await openCli();
  try {
    if (sealLegacy) {
      const sealed = await services.audit.sealLegacy();
      if (sealed.alreadySealed) console.log(`Already sealed: ${sealed.legacyEvents} legacy events. Nothing changed.`);
      else if (sealed.legacyEvents === 0) console.log('Nothing to seal: every event is keyed.');
      else console.log(`Sealed ${sealed.legacyEvents} events written before keyed hashing with the audit key.`);
      return;
    }
    const result = await services.audit.verify();
    if (result.ok) {
      const legacy = result.legacyEvents > 0 ? ` (the first ${result.legacyEvents} written before keyed hashing)` : '';
      console.log(`Audit chain intact: ${result.checked} events verified${legacy}.`);
    } else {
      console.error(
        `Audit chain BROKEN at event #${result.firstBadSeq}: ${result.reason} (${result.checked} events verified before it).`,
      );
      process.exitCode = 1;
    }
    for (const file of files) {
      const check = await services.audit.checkCheckpoint(file.content);
      if (check.ok) {
        console.log(`Checkpoint ${file.path} holds: event #${check.seq} still has the signed hash.`);
      } else {
        console.error(`Checkpoint ${file.path} FAILED: ${check.reason}.`);
        process.exitCode = 1;
      }
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
