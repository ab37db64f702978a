import type { AuditAction } from '../audit-actions.js';
import {
  id,
  PRIYA,
  SAM,
  LEE,
  POLICY,
  AREA,
  T0,
  area,
  policy,
  version,
  surface,
  market,
  comment,
  type Sample,
} from './fixtures.js';

/** The policy library, its grid, discussion and the audit chain. */
export const LIBRARY_SAMPLES: Partial<Record<AuditAction, Sample[]>> = {
  'policy_area.created': [
    { payload: { entityType: 'policy_area', after: area }, target: 'Hate', says: 'Priya Raman created the area Hate' },
  ],
  'policy_area.updated': [
    {
      payload: { entityType: 'policy_area', before: area, after: { ...area, parentId: AREA, version: 2 } },
      target: 'Hate',
      says: 'Priya Raman moved the area Hate under Harmful Content',
    },
  ],
  'policy_area.deleted': [
    { payload: { entityType: 'policy_area', before: area }, says: 'Priya Raman deleted the area Hate' },
  ],
  'policy.created': [
    {
      payload: { entityType: 'policy', after: { ...policy, restricted: true } },
      target: 'Hate Speech',
      says: 'Priya Raman created the policy Hate Speech (restricted)',
    },
  ],
  'policy.updated': [
    {
      payload: { entityType: 'policy', before: policy, after: { ...policy, tags: ['a'], ownerIds: [SAM], version: 2 } },
      target: 'Hate Speech',
      says: 'Priya Raman changed the tags of Hate Speech and changed the owners of Hate Speech',
    },
    {
      payload: { entityType: 'policy', before: policy, after: { ...policy, retired: true, version: 2 } },
      target: 'Hate Speech',
      says: 'Priya Raman retired Hate Speech',
    },
  ],
  'policy_version.created': [
    {
      payload: { entityType: 'policy_version', after: { ...version, state: 'draft', policyId: POLICY } },
      target: 'Hate Speech v2.1',
      says: 'Priya Raman started a draft: Hate Speech v2.1',
    },
  ],
  'policy_version.updated': [
    {
      payload: {
        entityType: 'policy_version',
        before: version,
        after: { ...version, marketDates: [{ marketId: id(20), effectiveDate: '2027-02-01' }] },
      },
      target: 'Hate Speech v2.1',
      says: 'Priya Raman edited Hate Speech v2.1 and set its dates in 1 market',
    },
  ],
  'policy_version.discarded': [
    {
      payload: { entityType: 'policy_version', before: version },
      says: 'Priya Raman discarded the draft v2.1 of a policy',
    },
  ],
  'policy_version.submitted': [
    {
      payload: { entityType: 'policy_version', before: version, after: version },
      target: 'Hate Speech v2.1',
      says: 'Priya Raman submitted Hate Speech v2.1 for review',
    },
  ],
  'policy_version.approved': [
    {
      payload: { entityType: 'policy_version', before: version, after: version },
      target: 'Hate Speech v2.1',
      says: 'Priya Raman approved Hate Speech v2.1, effective Jan 15, 2027',
    },
  ],
  'policy_version.rejected': [
    {
      payload: { entityType: 'policy_version', before: version, after: version },
      target: 'Hate Speech v2.1',
      says: 'Priya Raman sent Hate Speech v2.1 back to draft',
    },
  ],
  'policy_version.published': [
    {
      payload: { entityType: 'policy_version', before: version, after: { ...version, state: 'live' } },
      target: 'Hate Speech v2.1',
      says: 'Priya Raman made Hate Speech v2.1 live, effective Jan 15, 2027',
    },
  ],
  'policy_review.requested': [
    {
      payload: { entityType: 'policy_version', after: { policyId: POLICY, reviewerIds: [SAM, LEE] } },
      target: 'Hate Speech v2.1',
      says: 'Priya Raman asked Sam Okafor and a person to review Hate Speech v2.1',
    },
  ],
  'policy_review.decided': [
    {
      payload: {
        entityType: 'policy_version',
        after: { reviewId: id(30), reviewerId: SAM, decision: 'changes_requested', comment: null, commentId: null },
      },
      target: 'Hate Speech v2.1',
      says: 'Sam Okafor reviewed Hate Speech v2.1 and asked for changes',
    },
  ],
  'policy_review.withdrawn': [
    {
      payload: { entityType: 'policy_version', before: { reviewerIds: [SAM] } },
      target: 'Hate Speech v2.1',
      says: 'Priya Raman withdrew the review requests to Sam Okafor on Hate Speech v2.1',
    },
  ],
  'job.retried': [
    {
      payload: {
        entityType: 'job',
        before: { name: 'mail.send', state: 'failed', attempts: 3, lastError: 'connect ECONNREFUSED 127.0.0.1:25' },
        after: { name: 'mail.send', state: 'pending', attempts: 3 },
      },
      says: 'Priya Raman retried the failed background job mail.send (3 attempts so far)',
    },
  ],
  'clock.moved': [
    {
      payload: {
        entityType: 'workspace',
        before: { today: '2026-03-04', offsetDays: 0 },
        after: { today: '2026-04-03', offsetDays: 30 },
      },
      says: 'Priya Raman moved the workspace clock to Apr 3, 2026 (30 days ahead)',
    },
  ],
  'changelog_entry.published': [
    {
      payload: {
        entityType: 'policy_version',
        after: { entryId: id(40), policyId: POLICY, label: '2.1', summary: 'Clearer', imported: false },
      },
      target: 'Hate Speech v2.1',
      says: 'Priya Raman put Hate Speech v2.1 on the public changelog',
    },
  ],
  'library.imported': [
    {
      payload: { entityType: 'library', after: { areas: 1, policies: 3, versions: 7, confirmedFlags: [] } },
      says: 'Priya Raman imported a library: 1 area, 3 policies and 7 versions',
    },
  ],
  'surface.created': [
    { payload: { entityType: 'surface', after: surface }, target: 'Feed', says: 'Priya Raman added the surface Feed' },
  ],
  'surface.updated': [
    {
      payload: { entityType: 'surface', before: surface, after: { ...surface, name: 'Home feed', version: 2 } },
      target: 'Home feed',
      says: 'Priya Raman renamed the surface “Feed” to Home feed',
    },
  ],
  'surface.deleted': [
    { payload: { entityType: 'surface', before: surface }, says: 'Priya Raman deleted the surface Feed' },
  ],
  'market.created': [
    {
      payload: { entityType: 'market', after: market },
      target: 'Germany (DE)',
      says: 'Priya Raman added the country Germany (DE)',
    },
  ],
  'market.updated': [
    {
      payload: { entityType: 'market', before: market, after: { ...market, code: 'DEU', version: 2 } },
      target: 'Germany',
      says: 'Priya Raman changed the code of Germany from DE to DEU',
    },
  ],
  'market.deleted': [
    { payload: { entityType: 'market', before: market }, says: 'Priya Raman deleted the market Germany (DE)' },
  ],
  'policy.applicability_updated': [
    {
      payload: { entityType: 'policy', before: [], after: ['Feed / DE: applies', 'Live / DE: applies'] },
      target: 'Hate Speech',
      says: 'Priya Raman changed where Hate Speech applies (2 cells set)',
    },
  ],
  'library.exported': [
    {
      payload: { entityType: 'library', after: { policies: 1, versions: 2 } },
      says: 'Priya Raman exported the library (1 policy, 2 versions)',
    },
  ],
  'comment.created': [
    { payload: { entityType: 'comment', after: comment }, says: 'Priya Raman commented on Hate Speech' },
  ],
  'comment.updated': [
    {
      payload: { entityType: 'comment', before: comment, after: { ...comment, version: 2 } },
      says: 'Priya Raman edited a comment on Hate Speech',
    },
  ],
  'comment.deleted': [
    { payload: { entityType: 'comment', before: comment }, says: 'Priya Raman deleted a comment on Hate Speech' },
  ],
  'watch.started': [
    {
      payload: { entityType: 'policy', after: { userId: PRIYA.id } },
      target: 'Hate Speech',
      says: 'Priya Raman started watching Hate Speech',
    },
    {
      payload: { entityType: 'policy', after: { userId: SAM } },
      target: 'Hate Speech',
      says: 'Priya Raman made Sam Okafor watch Hate Speech',
    },
  ],
  'watch.stopped': [
    {
      payload: { entityType: 'policy', before: { userId: PRIYA.id } },
      target: 'Hate Speech',
      says: 'Priya Raman stopped watching Hate Speech',
    },
  ],
  'audit.checkpoint_exported': [
    {
      payload: { entityType: 'audit_chain', after: { seq: 41, hash: 'a'.repeat(64), keyId: 'k', createdAt: T0 } },
      says: 'Priya Raman exported a signed checkpoint of the audit log up to event #41',
    },
  ],
  'audit.legacy_sealed': [
    {
      payload: { entityType: 'audit_chain', after: { legacyEvents: 12, lastLegacyHash: 'b'.repeat(64), keyId: 'k' } },
      actor: null,
      says: 'PolicyOps sealed 12 audit events written before keyed hashing',
    },
  ],
};
