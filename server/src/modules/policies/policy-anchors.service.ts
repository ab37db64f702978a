import { clauseCitation, type ClauseHistory, type VersionOutline, type VersionState } from '@policyops/contracts';
import type { Actor } from '../../http/actor.js';
import { AppError, notFound } from '../../http/app-error.js';
import type { PoliciesService } from './policies.service.js';
import { blockSpans, carryAnchors, extractBlocks } from './policy-anchors.js';
import { clauseWordParts } from './policy-diff.js';
import * as anchorsRepo from './policy-anchors.repository.js';
import * as versionsRepo from './policy-versions.repository.js';
import { type DbScope } from '../../db/scope.js';

/** Sections and clauses of each version with anchors that follow them across versions. */
export class PolicyAnchorsService {
  constructor(
    private readonly db: DbScope,
    private readonly policies: PoliciesService,
  ) {}

  /**
   * (Re)computes a version's anchors inside the caller's transaction, continuing those of its own
   * earlier text (a draft being edited) or of the version it follows.
   */
  async index(trx: DbScope, policyId: string, versionId: string, body: string, seed: string): Promise<void> {
    let previous = await anchorsRepo.anchorsOf(trx, versionId);
    if (previous.length === 0) {
      const predecessor = (await versionsRepo.listForPolicy(trx, policyId)).find((v) => v.id !== versionId);
      if (predecessor) previous = await anchorsRepo.anchorsOf(trx, predecessor.id);
    }
    await anchorsRepo.replaceAnchors(trx, versionId, carryAnchors(previous, extractBlocks(body), seed));
  }

  /**
   * For imports: gives an indexed version the anchor ids an archive recorded for its section and
   * clause numbers (the importer checked that they are exactly the text's), so that citation links
   * saved in the library the archive came from resolve here too.
   */
  async restoreInTransaction(trx: DbScope, versionId: string, anchorIds: Map<string, string>): Promise<void> {
    const computed = await anchorsRepo.anchorsOf(trx, versionId);
    const restored = computed.map((block) => ({ ...block, anchorId: anchorIds.get(block.number) ?? block.anchorId }));
    await anchorsRepo.replaceAnchors(trx, versionId, restored);
  }

  /** Throws FORBIDDEN, NOT_FOUND. */
  async outline(actor: Actor, policyRef: string, versionId: string): Promise<VersionOutline> {
    const policy = await this.policies.findVisible(actor, policyRef);
    const version = await versionsRepo.find(this.db, policy.id, versionId);
    if (!version) throw notFound('Policy version');
    const blocks = await anchorsRepo.anchorsOf(this.db, versionId);
    const spans = blockSpans(blocks, version.body);
    return {
      versionId,
      entries: blocks.map(({ anchorId, kind, number, title }, i) => ({ anchorId, kind, number, title, ...spans[i]! })),
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
    const anchors = await anchorsRepo.anchorsOfVersions(
      this.db,
      versions.map((v) => v.id),
    );
    const reference = inVersionId
      ? versions.find((v) => v.id === inVersionId)
      : (await versionsRepo.currentVersions(this.db, [policy.id], this.policies.today())).get(policy.id);
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
      const changes = change === 'changed' && previousText !== null ? clauseWordParts(previousText, block!.text) : null;
      if (block) seen = true;
      previousText = block?.text ?? null;
      return {
        version: { id: v.id, label: v.label, state: v.state as VersionState, effectiveDate: v.effective_date },
        number: block?.number ?? null,
        text: block?.text ?? null,
        change: change as ClauseHistory['history'][number]['change'],
        changes,
      };
    });
    const shown = anchors.get(reference.id)!.find((b) => b.anchorId === target.anchorId) ?? target;
    return {
      anchorId: target.anchorId,
      kind: target.kind,
      citation: clauseCitation(policy.title, shown.number, reference.label),
      history,
    };
  }
}
