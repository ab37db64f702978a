import type { ClauseHistory, VersionOutline, VersionState } from '@policyops/contracts';
import type { Db } from '../../db/database.js';
import type { Actor } from '../../http/actor.js';
import { AppError, notFound } from '../../http/app-error.js';
import type { PoliciesService } from './policies.service.js';
import { today } from './policies.service.js';
import { carryAnchors, extractBlocks, type AnchoredBlock } from './policy-anchors.js';
import * as versionsRepo from './policy-versions.repository.js';

const load = async (db: Db, versionId: string): Promise<AnchoredBlock[]> =>
  (
    await db.selectFrom('version_anchors').selectAll().where('version_id', '=', versionId).orderBy('position').execute()
  ).map((r) => ({
    anchorId: r.anchor_id,
    kind: r.kind as AnchoredBlock['kind'],
    number: r.number,
    title: r.title,
    text: r.text,
  }));

/** Sections and clauses of each version with anchors that follow them across versions. */
export class PolicyAnchorsService {
  constructor(
    private readonly db: Db,
    private readonly policies: PoliciesService,
  ) {}

  /**
   * (Re)computes a version's anchors inside the caller's transaction, continuing those of its own
   * earlier text (a draft being edited) or of the version it follows.
   */
  async index(trx: Db, policyId: string, versionId: string, body: string, seed: string): Promise<void> {
    let previous = await load(trx, versionId);
    if (previous.length === 0) {
      const predecessor = (await versionsRepo.listForPolicy(trx, policyId)).find((v) => v.id !== versionId);
      if (predecessor) previous = await this.ensure(trx, policyId, predecessor.id);
    }
    await this.store(trx, versionId, carryAnchors(previous, extractBlocks(body), seed));
  }

  private async store(trx: Db, versionId: string, blocks: AnchoredBlock[]): Promise<void> {
    await trx.deleteFrom('version_anchors').where('version_id', '=', versionId).execute();
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
      await trx
        .insertInto('version_anchors')
        .values(rows.slice(i, i + 200))
        .onConflict((oc) => oc.doNothing())
        .execute();
  }

  /**
   * Anchors of a version, computing them (and those of the versions before it, oldest first)
   * for versions stored before anchors existed. Ids are derived from the version id, so two
   * concurrent readers compute the same ones.
   */
  private async ensure(db: Db, policyId: string, versionId: string): Promise<AnchoredBlock[]> {
    const existing = await load(db, versionId);
    if (existing.length > 0) return existing;
    const versions = (await versionsRepo.listForPolicy(db, policyId)).reverse();
    let previous: AnchoredBlock[] = [];
    for (const v of versions) {
      const stored = await load(db, v.id);
      const blocks = stored.length > 0 ? stored : carryAnchors(previous, extractBlocks(v.body), v.id);
      if (stored.length === 0 && blocks.length > 0) await this.store(db, v.id, blocks);
      if (v.id === versionId) return blocks;
      previous = blocks;
    }
    return [];
  }

  /** Throws FORBIDDEN, NOT_FOUND. */
  async outline(actor: Actor, policyRef: string, versionId: string): Promise<VersionOutline> {
    const policy = await this.policies.findVisible(actor, policyRef);
    if (!(await versionsRepo.find(this.db, policy.id, versionId))) throw notFound('Policy version');
    const blocks = await this.db.transaction().execute((trx) => this.ensure(trx, policy.id, versionId));
    return {
      versionId,
      entries: blocks.map(({ anchorId, kind, number, title }) => ({ anchorId, kind, number, title })),
    };
  }

  /**
   * A section or clause followed through every version: by anchor id, or by its number in a
   * version (default: the one in force today, else the newest). Throws FORBIDDEN, NOT_FOUND.
   */
  async history(actor: Actor, policyRef: string, clause: string, inVersionId?: string): Promise<ClauseHistory> {
    const policy = await this.policies.findVisible(actor, policyRef);
    const versions = (await versionsRepo.listForPolicy(this.db, policy.id)).reverse();
    if (versions.length === 0) throw notFound('Clause');
    const anchors = await this.db.transaction().execute(async (trx) => {
      const out = new Map<string, AnchoredBlock[]>();
      for (const v of versions) out.set(v.id, await this.ensure(trx, policy.id, v.id));
      return out;
    });
    const reference = inVersionId
      ? versions.find((v) => v.id === inVersionId)
      : ((await versionsRepo.inForceOn(this.db, policy.id, today())) ?? versions.at(-1));
    if (!reference) throw notFound('Policy version');
    const byNumber = /^\d/.test(clause);
    const target = byNumber
      ? anchors.get(reference.id)!.find((b) => b.number === clause)
      : [...anchors.values()].flat().find((b) => b.anchorId === clause);
    if (!target)
      throw new AppError(
        'NOT_FOUND',
        byNumber
          ? `Version ${reference.label} has no ${clause.includes('.') ? 'clause' : 'section'} ${clause}`
          : 'No section or clause has this anchor',
      );
    let previousText: string | null = null;
    let seen = false;
    const history = versions.map((v) => {
      const block = anchors.get(v.id)!.find((b) => b.anchorId === target.anchorId);
      const change = block
        ? !seen
          ? 'added'
          : previousText === block.text
            ? 'unchanged'
            : previousText === null
              ? 'added'
              : 'changed'
        : seen && previousText !== null
          ? 'removed'
          : 'absent';
      if (block) seen = true;
      previousText = block?.text ?? null;
      return {
        version: { id: v.id, label: v.label, state: v.state as VersionState, effectiveDate: v.effective_date },
        number: block?.number ?? null,
        text: block?.text ?? null,
        change: change as ClauseHistory['history'][number]['change'],
      };
    });
    const shown = anchors.get(reference.id)!.find((b) => b.anchorId === target.anchorId) ?? target;
    return {
      anchorId: target.anchorId,
      kind: target.kind,
      citation: `${policy.title} §${shown.number} (version ${reference.label})`,
      history,
    };
  }
}
