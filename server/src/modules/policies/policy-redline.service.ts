import type { PolicyRedline, PolicyVersion } from '@policyops/contracts';
import { createHash } from 'node:crypto';
import type { DbScope } from '../../db/scope.js';
import { authorize, type Actor } from '../../http/actor.js';
import type { PoliciesService } from './policies.service.js';
import * as anchorsRepo from './policy-anchors.repository.js';
import { redlineHtmlDocument, redlineMarkdownDocument } from './policy-redline-export.js';
import { computeRedline, type RedlineResult } from './policy-redline.js';
import type { PolicyVersionsService } from './policy-versions.service.js';

/** An exported redline: the file's name and its text. */
export interface RedlineFile {
  filename: string;
  body: string;
}

const RECENT_LIMIT = 16;

/**
 * The clause-aware redline between two versions of a policy, as data and as documents. The
 * comparison is pure (`policy-redline.ts`); the last few are kept, since a version's text and
 * anchors change only when it is saved (which changes its `version`).
 */
export class PolicyRedlineService {
  private readonly recent = new Map<string, RedlineResult>();

  constructor(
    private readonly db: DbScope,
    private readonly policies: PoliciesService,
    private readonly versions: PolicyVersionsService,
    private readonly appUrl: string,
  ) {}

  /** Sections and clauses of two versions aligned, with word changes. Throws FORBIDDEN, NOT_FOUND. */
  async redline(actor: Actor, policyRef: string, fromId: string, toId: string): Promise<PolicyRedline> {
    authorize(actor, 'policies.read');
    const policy = await this.policies.findVisible(actor, policyRef);
    const [from, to] = await Promise.all([
      this.versions.get(actor, policy.id, fromId),
      this.versions.get(actor, policy.id, toId),
    ]);
    return {
      policy: { id: policy.id, slug: policy.slug, title: policy.title },
      from,
      to,
      ...(await this.compare(from, to)),
    };
  }

  /** The redline as a standalone HTML document. Throws FORBIDDEN, NOT_FOUND. */
  async html(actor: Actor, policyRef: string, fromId: string, toId: string): Promise<RedlineFile> {
    const redline = await this.redline(actor, policyRef, fromId, toId);
    return { filename: `${fileStem(redline)}.html`, body: redlineHtmlDocument(redline, this.appUrl, exportedAt()) };
  }

  /** The redline as Markdown with CriticMarkup marks. Throws FORBIDDEN, NOT_FOUND. */
  async markdown(actor: Actor, policyRef: string, fromId: string, toId: string): Promise<RedlineFile> {
    const redline = await this.redline(actor, policyRef, fromId, toId);
    return { filename: `${fileStem(redline)}.md`, body: redlineMarkdownDocument(redline, exportedAt()) };
  }

  private async compare(from: PolicyVersion, to: PolicyVersion): Promise<RedlineResult> {
    const key = createHash('sha256')
      .update(`${from.id}@${from.version}\0${to.id}@${to.version}\0`)
      .update(from.body)
      .update('\0')
      .update(to.body)
      .digest('base64');
    const cached = this.recent.get(key);
    if (cached) return cached;
    const anchors = await anchorsRepo.anchorsOfVersions(this.db, [from.id, to.id]);
    const result = computeRedline(
      { body: from.body, anchors: anchors.get(from.id) ?? [] },
      { body: to.body, anchors: anchors.get(to.id) ?? [] },
    );
    this.recent.set(key, result);
    if (this.recent.size > RECENT_LIMIT) this.recent.delete(this.recent.keys().next().value!);
    return result;
  }
}

const exportedAt = () => `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;

function fileStem(redline: PolicyRedline): string {
  const label = (l: string) => l.replace(/[^A-Za-z0-9.-]+/g, '-');
  return `${redline.policy.slug}-redline-${label(redline.from.label)}-to-${label(redline.to.label)}`;
}
