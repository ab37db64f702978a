import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { loadConfig } from '../server/src/config/config.js';
import { openDatabase } from '../server/src/db/database.js';

/** A tiny deterministic PRNG, so every bench run indexes the same texts. */
export function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Domain words, most frequent first; the rest of the vocabulary is a long tail of rarer terms. */
const DOMAIN_WORDS = (
  'harassment bullying threat slur dehumanising protected attribute religion ethnicity nationality caste disability gender ' +
  'sexual orientation minor grooming sextortion exploitation nudity explicit solicitation firearm ammunition drug alcohol tobacco ' +
  'gambling extremist organisation propaganda recruitment glorification violence attack misinformation election vote health ' +
  'vaccine crisis impersonation coordinated inauthentic behaviour spam scam fraud livestream comment profile search advertising ' +
  'marketplace removal restriction strike suspension appeal exception education documentary satire counter speech newsworthy ' +
  'context warning label distribution eligibility repeat offender escalation enforcement moderator review region market'
).split(' ');

// Rarer words: letter strings of 5-10 letters with varied beginnings, like real vocabulary.
const TAIL = (() => {
  const random = mulberry32(1);
  return Array.from({ length: 4000 }, () =>
    Array.from({ length: 5 + Math.floor(random() * 6) }, () =>
      String.fromCharCode(97 + Math.floor(random() * 26)),
    ).join(''),
  );
})();

/** Words of the synthetic policy texts; the search benchmark queries draw from the same distribution. */
export const VOCABULARY = [...DOMAIN_WORDS, ...TAIL];

/**
 * A word drawn with a Zipf-like (log-uniform rank) distribution, as in natural text: a few words
 * are in almost every document, most are rare.
 */
export function zipfWord(random: () => number): string {
  const rank = Math.floor(Math.exp(random() * Math.log(VOCABULARY.length)));
  return VOCABULARY[Math.min(VOCABULARY.length - 1, rank - 1)]!;
}

function sentence(random: () => number, words: number): string {
  return Array.from({ length: words }, () => zipfWord(random)).join(' ');
}

/**
 * Adds `policies` policies with `versionsPerPolicy` published versions each straight into the
 * embedded database (and its search index), bypassing the services for speed.
 */
export async function seedLibrary(file: string, policies: number, versionsPerPolicy: number): Promise<void> {
  const config = loadConfig({ DATABASE_URL: `file:${file}`, SESSION_SECRET: 'b'.repeat(40) });
  const { db, close } = openDatabase(config.database);
  const random = mulberry32(42);
  const now = new Date().toISOString();
  const areas = Array.from({ length: 8 }, (_, i) => ({
    id: uuidv7(),
    name: `Bench area ${i}`,
    parent_id: null,
    description: '',
    version: 1,
    created_at: now,
    updated_at: now,
  }));
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('policy_areas').values(areas).execute();
    for (let start = 0; start < policies; start += 100) {
      const policyRows = [];
      const versionRows = [];
      const docs = [];
      for (let i = start; i < Math.min(policies, start + 100); i++) {
        const id = uuidv7();
        const title = `${sentence(random, 3)} policy ${i}`;
        policyRows.push({
          id,
          slug: `bench-policy-${i}`,
          title,
          area_id: areas[i % areas.length]!.id,
          owning_team_id: null,
          status: 'live',
          tags: '[]',
          restricted: i % 10 === 0 ? 1 : 0,
          retired_at: null,
          version: 1,
          created_at: now,
          updated_at: now,
        });
        for (let v = 0; v < versionsPerPolicy; v++) {
          const versionId = uuidv7();
          const body = `# ${title}\n\n## What is not allowed\n\n1. ${sentence(random, 40)}.\n2. ${sentence(random, 40)}.\n\n## Exceptions\n\n${sentence(random, 30)}.`;
          const effective = new Date(Date.UTC(2020, 0, 1) + v * 90 * 86_400_000).toISOString().slice(0, 10);
          versionRows.push({
            id: versionId,
            policy_id: id,
            label: `1.${v}`,
            state: v === versionsPerPolicy - 1 ? 'live' : 'superseded',
            effective_date: effective,
            change_summary: '',
            body,
            author_id: null,
            approver_id: null,
            published_at: now,
            version: 1,
            created_at: now,
            updated_at: now,
          });
          // The newest version is the one in force (the others all took effect before it): search's default scope.
          const scope = v === versionsPerPolicy - 1 ? 'current' : 'history';
          docs.push({ entity_id: versionId, policy_id: id, title, body, scope });
        }
      }
      await trx.insertInto('policies').values(policyRows).execute();
      for (let i = 0; i < versionRows.length; i += 100) {
        await trx
          .insertInto('policy_versions')
          .values(versionRows.slice(i, i + 100))
          .execute();
        await trx
          .insertInto('search_documents')
          .values(docs.slice(i, i + 100))
          .execute();
      }
    }
    await sql`INSERT INTO search_rowids (entity_id, fts_rowid) SELECT entity_id, rowid FROM search_documents WHERE entity_id NOT IN (SELECT entity_id FROM search_rowids)`.execute(
      trx,
    );
  });
  await close();
}
