import type { AuditAction } from '../audit-actions.js';
import { id, initiative, milestone, dependency, objective, keyResult, type Sample } from './fixtures.js';
import { PORTFOLIO_SAMPLES } from './portfolio.js';
import { CHANGE_REQUEST_SAMPLES } from './change-requests.js';
import { ADOPTION_SAMPLES } from './adoption.js';
import { STAKEHOLDER_SAMPLES } from './stakeholders.js';
import { WORKING_GROUP_SAMPLES } from './working-groups.js';
import { ACTION_ITEM_SAMPLES } from './action-items.js';
import { RAID_SAMPLES } from './raid.js';
import { DECISION_SAMPLES } from './decisions.js';
import { CALENDAR_SAMPLES } from './calendar.js';
import { METRICS_SAMPLES } from './metrics.js';

const baseline = {
  id: id(60),
  yearKey: 'FY2027',
  name: 'FY27 plan as approved',
  kind: 'manual',
  period: null,
  initiatives: 25,
  milestones: 80,
  keyResults: 12,
} as const;

/** The roadmap, OKRs and workspace settings. */
export const PLANNING_SAMPLES: Partial<Record<AuditAction, Sample[]>> = {
  ...PORTFOLIO_SAMPLES,
  ...CHANGE_REQUEST_SAMPLES,
  ...ADOPTION_SAMPLES,
  ...STAKEHOLDER_SAMPLES,
  ...WORKING_GROUP_SAMPLES,
  ...ACTION_ITEM_SAMPLES,
  ...RAID_SAMPLES,
  ...DECISION_SAMPLES,
  ...CALENDAR_SAMPLES,
  ...METRICS_SAMPLES,
  'workspace.settings_updated': [
    {
      payload: {
        entityType: 'workspace',
        before: { autoPublishChangelog: false, version: 1 },
        after: { autoPublishChangelog: true, version: 2 },
      },
      says: 'Priya Raman turned on publishing live versions on the public changelog automatically',
    },
  ],
  'planning_settings.updated': [
    {
      payload: {
        entityType: 'planning_settings',
        before: { fiscalYearStartMonth: 1, version: 1 },
        after: { fiscalYearStartMonth: 7, version: 2 },
      },
      says: 'Priya Raman changed the planning settings (the fiscal year starts in July)',
    },
  ],
  'initiative.created': [
    {
      payload: { entityType: 'initiative', after: initiative },
      says: 'Priya Raman created the initiative “DSA readiness”',
    },
  ],
  'initiative.updated': [
    {
      payload: {
        entityType: 'initiative',
        before: initiative,
        after: { ...initiative, title: 'DSA launch', status: 'in_progress', end: '2026-07-31', version: 2 },
      },
      says: 'Priya Raman renamed the initiative “DSA readiness” to “DSA launch” and changed its status and end',
    },
    {
      payload: { entityType: 'initiative', before: initiative, after: { ...initiative, teamIds: [id(70)] } },
      says: 'Priya Raman changed the teams of the initiative “DSA readiness”',
    },
  ],
  'initiative.deleted': [
    {
      payload: { entityType: 'initiative', before: initiative },
      says: 'Priya Raman deleted the initiative “DSA readiness”',
    },
  ],
  'initiative_milestone.created': [
    {
      payload: { entityType: 'initiative_milestone', after: milestone },
      says: 'Priya Raman added the milestone “Beta”',
    },
  ],
  'initiative_milestone.updated': [
    {
      payload: { entityType: 'initiative_milestone', before: milestone, after: { ...milestone, done: true } },
      says: 'Priya Raman marked the milestone “Beta” done',
    },
    {
      payload: { entityType: 'initiative_milestone', before: milestone, after: { ...milestone, date: '2026-04-01' } },
      says: 'Priya Raman changed the date of the milestone “Beta”',
    },
  ],
  'initiative_milestone.deleted': [
    {
      payload: { entityType: 'initiative_milestone', before: milestone },
      says: 'Priya Raman deleted the milestone “Beta”',
    },
  ],
  'initiative_dependency.created': [
    {
      payload: { entityType: 'initiative_dependency', after: dependency },
      says: 'Priya Raman added a dependency on the roadmap (3 days of lag)',
    },
  ],
  'initiative_dependency.updated': [
    {
      payload: { entityType: 'initiative_dependency', before: dependency, after: { ...dependency, lagDays: 0 } },
      says: 'Priya Raman changed a dependency on the roadmap',
    },
  ],
  'initiative_dependency.deleted': [
    {
      payload: { entityType: 'initiative_dependency', before: dependency },
      says: 'Priya Raman removed a dependency from the roadmap',
    },
  ],
  'initiative_update.posted': [
    {
      payload: {
        entityType: 'initiative_update',
        after: { initiativeId: id(50), health: 'at_risk', body: 'Vendor late', postedOn: '2026-03-02' },
      },
      says: 'Priya Raman posted a health update (at risk) on an initiative',
    },
  ],
  'initiative.key_results_linked': [
    {
      payload: {
        entityType: 'initiative',
        before: { initiativeId: id(50), keyResultIds: [], version: 1 },
        after: { initiativeId: id(50), keyResultIds: [id(60), id(61)], version: 2 },
      },
      says: 'Priya Raman linked an initiative to 2 key results',
    },
  ],
  'objective.created': [
    {
      payload: { entityType: 'objective', after: objective },
      says: 'Priya Raman created the objective “Faster appeals”',
    },
  ],
  'objective.updated': [
    {
      payload: { entityType: 'objective', before: objective, after: { ...objective, title: 'Fast appeals' } },
      says: 'Priya Raman renamed the objective “Faster appeals” to “Fast appeals”',
    },
  ],
  'objective.deleted': [
    {
      payload: { entityType: 'objective', before: objective },
      says: 'Priya Raman deleted the objective “Faster appeals”',
    },
  ],
  'key_result.created': [
    {
      payload: { entityType: 'key_result', after: keyResult },
      says: 'Priya Raman added the key result “Median appeal time”',
    },
  ],
  'key_result.updated': [
    {
      payload: { entityType: 'key_result', before: keyResult, after: { ...keyResult, target: 12, version: 2 } },
      says: 'Priya Raman changed the target of the key result “Median appeal time”',
    },
  ],
  'key_result.deleted': [
    {
      payload: { entityType: 'key_result', before: keyResult },
      says: 'Priya Raman deleted the key result “Median appeal time”',
    },
  ],
  'key_result.checked_in': [
    {
      payload: {
        entityType: 'key_result',
        after: { checkInId: id(80), value: 30, confidence: 'on_track', comment: '', date: '2026-03-02' },
      },
      says: 'Priya Raman checked in 30 on a key result (on track)',
    },
  ],
  'okr_period.closed': [
    {
      payload: {
        entityType: 'okr_period',
        before: null,
        after: {
          periodKey: 'FY2027-Q1',
          comment: '',
          scores: [{ keyResultId: id(81), score: 0.7, comment: '' }],
          version: 1,
        },
      },
      says: 'Priya Raman closed the OKR period FY2027-Q1 with 1 score',
    },
  ],
  'okr_period.reopened': [
    {
      payload: {
        entityType: 'okr_period',
        before: { periodKey: 'FY2027-Q1', state: 'closed', version: 1 },
        after: { periodKey: 'FY2027-Q1', reason: 'Late data', version: 2 },
      },
      says: 'Priya Raman reopened the OKR period FY2027-Q1',
    },
  ],
  'roadmap_baseline.created': [
    {
      payload: {
        entityType: 'roadmap_baseline',
        after: baseline,
      },
      says: 'Priya Raman saved the roadmap baseline “FY27 plan as approved” of FY2027',
    },
    {
      actor: null,
      payload: {
        entityType: 'roadmap_baseline',
        after: { ...baseline, name: 'Start of FY2027 Q2', kind: 'automatic', period: 'FY2027-Q2' },
      },
      says: 'PolicyOps saved the automatic roadmap baseline “Start of FY2027 Q2” of FY2027',
    },
  ],
  'roadmap_baseline.deleted': [
    {
      payload: { entityType: 'roadmap_baseline', before: baseline },
      says: 'Priya Raman deleted the roadmap baseline “FY27 plan as approved”',
    },
  ],
};
