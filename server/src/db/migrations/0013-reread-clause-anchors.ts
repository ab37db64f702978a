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

const sameBlocks = (a: AnchoredBlock[], b: { kind: string; number: string; title: string; text: string }[]) =>
  a.length === b.length &&
  a.every(
    (x, i) => x.kind === b[i]!.kind && x.number === b[i]!.number && x.title === b[i]!.title && x.text === b[i]!.text,
  );

/**
 * Numbers every stored version again with the one Markdown reading (sections are the headings that
 * structure the text, subheadings are clauses, titles are plain text), so that the numbers shown
 * beside the text, in citations and in the redline agree. Anchor ids survive: a block keeps the id
 * its own wording had in this version; blocks the old reading did not see (subheadings, sections of
 * imported captures) continue the previous version's, or get new ids. Versions whose blocks are
 * unchanged are left as they are.
 */
export async function up(untyped: Kysely<unknown>): Promise<void> {
  const db = untyped as unknown as Kysely<Tables>;
  const policies = await db.selectFrom('policy_versions').select('policy_id').distinct().orderBy('policy_id').execute();
  for (const { policy_id: policyId } of policies) {
    const versions = await db
      .selectFrom('policy_versions')
      .select(['id', 'body'])
      .where('policy_id', '=', policyId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    let previous: AnchoredBlock[] = [];
    for (const version of versions) {
      const own = (
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
      const blocks = extractBlocks(version.body);
      if (own.length > 0 && sameBlocks(own, blocks)) {
        previous = own;
        continue;
      }
      const ownByText = new Map<string, string[]>();
      for (const o of own)
        ownByText.set(`${o.kind}:${o.text}`, [...(ownByText.get(`${o.kind}:${o.text}`) ?? []), o.anchorId]);
      const preset = blocks.map((b) => ownByText.get(`${b.kind}:${b.text}`)?.shift() ?? null);
      const anchored = carryAnchors(previous, blocks, `${version.id}:reread`, preset);
      await db.deleteFrom('version_anchors').where('version_id', '=', version.id).execute();
      const rows = anchored.map((b, position) => ({
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
      previous = anchored;
    }
  }
}

export async function down(): Promise<void> {
  // The old numbering came from a reading of the text that no longer exists; nothing to restore.
}
