import { type DbScope, queryBuilder } from '../../db/scope.js';
import type { AnchoredBlock } from './policy-anchors.js';

/** A version's sections and clauses with their anchors, in document order. */
export async function anchorsOf(scope: DbScope, versionId: string): Promise<AnchoredBlock[]> {
  const rows = await queryBuilder(scope)
    .selectFrom('version_anchors')
    .selectAll()
    .where('version_id', '=', versionId)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    anchorId: r.anchor_id,
    kind: r.kind as AnchoredBlock['kind'],
    number: r.number,
    title: r.title,
    text: r.text,
  }));
}

/** Anchors of several versions at once (clause history reads every version of a policy). */
export async function anchorsOfVersions(scope: DbScope, versionIds: string[]): Promise<Map<string, AnchoredBlock[]>> {
  const out = new Map<string, AnchoredBlock[]>(versionIds.map((id) => [id, []]));
  if (versionIds.length === 0) return out;
  const rows = await queryBuilder(scope)
    .selectFrom('version_anchors')
    .selectAll()
    .where('version_id', 'in', versionIds)
    .orderBy('version_id')
    .orderBy('position')
    .execute();
  for (const r of rows)
    out.get(r.version_id)!.push({
      anchorId: r.anchor_id,
      kind: r.kind as AnchoredBlock['kind'],
      number: r.number,
      title: r.title,
      text: r.text,
    });
  return out;
}

/** Replaces a version's anchors. */
export async function replaceAnchors(scope: DbScope, versionId: string, blocks: AnchoredBlock[]): Promise<void> {
  const db = queryBuilder(scope);
  await db.deleteFrom('version_anchors').where('version_id', '=', versionId).execute();
  const rows = blocks.map((b, position) => ({
    version_id: versionId,
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
}
