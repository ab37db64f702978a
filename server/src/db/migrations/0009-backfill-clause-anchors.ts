import type { Kysely } from 'kysely';
import { carryAnchors, extractBlocks, type AnchoredBlock } from '../../modules/policies/policy-anchors.js';

interface Tables {
  policy_versions: { id: string; policy_id: string; body: string; created_at: string };
  version_anchors: {
    version_id: string;
    anchor_id: string;
    kind: string;
    number: string;
    title: string;
    text: string;
    position: number;
  };
}

/**
 * Anchors for versions stored before anchors existed, computed once here so that reading an
 * outline or a clause history never writes (they used to be computed on first read). Oldest
 * version first, each carrying its predecessor's anchors, with ids seeded by the version id:
 * the same result the lazy computation gave.
 */
export async function up(untyped: Kysely<unknown>): Promise<void> {
  const db = untyped as unknown as Kysely<Tables>;
  const withAnchors = new Set(
    (await db.selectFrom('version_anchors').select('version_id').distinct().execute()).map((r) => r.version_id),
  );
  const versions = await db
    .selectFrom('policy_versions')
    .select(['id', 'policy_id', 'body'])
    .orderBy('policy_id')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  let previous: AnchoredBlock[] = [];
  let policyId: string | null = null;
  for (const version of versions) {
    if (version.policy_id !== policyId) {
      policyId = version.policy_id;
      previous = [];
    }
    if (withAnchors.has(version.id)) {
      previous = (
        await db
          .selectFrom('version_anchors')
          .selectAll()
          .where('version_id', '=', version.id)
          .orderBy('position')
          .execute()
      ).map((r) => ({
        anchorId: r.anchor_id,
        kind: r.kind as AnchoredBlock['kind'],
        number: r.number,
        title: r.title,
        text: r.text,
      }));
      continue;
    }
    const blocks = carryAnchors(previous, extractBlocks(version.body), version.id);
    const rows = blocks.map((b, position) => ({
      version_id: version.id,
      anchor_id: b.anchorId,
      kind: b.kind,
      number: b.number,
      title: b.title,
      text: b.text,
      position,
    }));
    for (let i = 0; i < rows.length; i += 200)
      await db
        .insertInto('version_anchors')
        .values(rows.slice(i, i + 200))
        .execute();
    previous = blocks;
  }
}

export async function down(): Promise<void> {
  // Anchors computed here are indistinguishable from those computed on save; nothing to undo.
}
