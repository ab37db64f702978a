import { describe, expect, it } from 'vitest';
import { ACTIVITY_DETAIL_SCHEMAS, type ActivityFacts } from './activity-events.js';
import { activityDetail, activitySentence, activityVerb } from './activity-sentences.js';
import { OKR_ACTIVITY_EVENTS, type OkrActivityEvent } from './okr-activity.js';
import { sentenceText } from './sentence.js';

const KR = '01900000-0000-7000-8000-000000000031';
const PRIYA = { id: '01900000-0000-7000-8000-000000000001', name: 'Priya Raman' };
const ENTITY = { title: 'Faster appeals', href: '/okrs/objectives/01900000-0000-7000-8000-000000000030' };

const SAMPLES: Record<OkrActivityEvent, { facts: ActivityFacts; says: string; onItsPage: string; detail: string }> = {
  'objective.created': {
    facts: { event: 'objective.created', details: {} },
    says: 'Priya Raman created Faster appeals',
    onItsPage: 'Priya Raman created the objective',
    detail: 'Created the objective',
  },
  'objective.updated': {
    facts: { event: 'objective.updated', details: { fields: ['title', 'statusOverride'] } },
    says: 'Priya Raman changed the title and status of Faster appeals',
    onItsPage: 'Priya Raman changed the title and status',
    detail: 'Changed the title and status',
  },
  'key_result.added': {
    facts: { event: 'key_result.added', details: { keyResultId: KR, title: 'Overturn rate' } },
    says: 'Priya Raman added the key result “Overturn rate” to Faster appeals',
    onItsPage: 'Priya Raman added the key result “Overturn rate”',
    detail: 'Added the key result “Overturn rate”',
  },
  'key_result.checked_in': {
    facts: {
      event: 'key_result.checked_in',
      details: {
        keyResultId: KR,
        title: 'Overturn rate',
        type: 'decrease_to',
        value: 10,
        unit: '%',
        confidence: 'at_risk',
        excerpt: 'APAC backlog',
      },
    },
    says: 'Priya Raman checked in “Overturn rate” at 10%, at risk on Faster appeals',
    onItsPage: 'Priya Raman checked in “Overturn rate” at 10%, at risk',
    detail: '“Overturn rate”: 10%, at risk — APAC backlog',
  },
  'okr_period.scored': {
    facts: { event: 'okr_period.scored', details: { periodKey: 'FY2027-Q2', score: 0.57 } },
    says: 'Priya Raman closed FY27 Q2: Faster appeals scored 0.57',
    onItsPage: 'Priya Raman closed FY27 Q2: scored 0.57',
    detail: 'FY27 Q2 closed: scored 0.57',
  },
};

const input = (facts: ActivityFacts) => ({
  event: facts.event,
  details: facts.details as Record<string, unknown>,
  verb: activityVerb(facts.event),
  actor: PRIYA,
  entity: ENTITY,
});

describe('OKR activity sentences', () => {
  it.each(OKR_ACTIVITY_EVENTS)('says what %s did, with facts its schema accepts', (event) => {
    const sample = SAMPLES[event];
    expect(ACTIVITY_DETAIL_SCHEMAS[event].safeParse(sample.facts.details).error?.issues ?? []).toEqual([]);
    expect(sentenceText(activitySentence(input(sample.facts)))).toBe(sample.says);
    expect(sentenceText(activitySentence(input(sample.facts), { withEntity: false }))).toBe(sample.onItsPage);
    expect(activityDetail(sample.facts)).toBe(sample.detail);
  });

  it('words milestones and yes/no values', () => {
    const base = SAMPLES['key_result.checked_in'].facts.details as Record<string, unknown>;
    const facts = (type: string, value: number) =>
      ({ event: 'key_result.checked_in', details: { ...base, type, value, unit: '', excerpt: '' } }) as ActivityFacts;
    expect(activityDetail(facts('milestone', 1))).toBe('“Overturn rate”: reached, at risk');
    expect(activityDetail(facts('yes_no', 0))).toBe('“Overturn rate”: no, at risk');
  });
});
