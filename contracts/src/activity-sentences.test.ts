import { describe, expect, it } from 'vitest';
import { ACTIVITY_DETAIL_SCHEMAS, ACTIVITY_EVENTS, type ActivityEvent, type ActivityFacts } from './activity-events.js';
import { activityDetail, activitySentence, activityVerb, type ActivitySentenceInput } from './activity-sentences.js';
import { ROADMAP_ACTIVITY_EVENTS } from './roadmap-activity.js';
import { OKR_ACTIVITY_EVENTS } from './okr-activity.js';
import { sentenceText } from './sentence.js';

const V = '01900000-0000-7000-8000-000000000021';
const PRIYA = { id: '01900000-0000-7000-8000-000000000001', name: 'Priya Raman' };
const ENTITY = { title: 'Hate Speech', href: '/policies/hate-speech' };
const version = { versionId: V, label: '2.1' };

interface Sample {
  facts: ActivityFacts;
  says: string;
  onItsPage: string;
  detail: string;
}

/** The events of the policy library and collaboration; the roadmap's are sampled beside its own sentences. */
const OWN_EVENTS = ACTIVITY_EVENTS.filter(
  (e) => ![...ROADMAP_ACTIVITY_EVENTS, ...OKR_ACTIVITY_EVENTS].includes(e as never),
);

const SAMPLES: Partial<Record<ActivityEvent, Sample>> = {
  'policy.created': {
    facts: { event: 'policy.created', details: {} },
    says: 'Priya Raman created Hate Speech',
    onItsPage: 'Priya Raman created the policy',
    detail: 'Created the policy',
  },
  'policy.updated': {
    facts: { event: 'policy.updated', details: { fields: ['title', 'tags', 'ownerIds'] } },
    says: 'Priya Raman changed the title, tags and owners of Hate Speech',
    onItsPage: 'Priya Raman changed the title, tags and owners',
    detail: 'Changed the title, tags and owners',
  },
  'policy.applicability_updated': {
    facts: { event: 'policy.applicability_updated', details: { cells: 1 } },
    says: 'Priya Raman changed where Hate Speech applies (1 cell set)',
    onItsPage: 'Priya Raman changed where the policy applies (1 cell set)',
    detail: 'Updated where the policy applies (1 cell set)',
  },
  'policy_version.drafted': {
    facts: { event: 'policy_version.drafted', details: version },
    says: 'Priya Raman started drafting Hate Speech v2.1',
    onItsPage: 'Priya Raman started drafting v2.1',
    detail: 'Started draft 2.1',
  },
  'policy_version.discarded': {
    facts: { event: 'policy_version.discarded', details: version },
    says: 'Priya Raman discarded the draft Hate Speech v2.1',
    onItsPage: 'Priya Raman discarded the draft v2.1',
    detail: 'Discarded draft 2.1',
  },
  'policy_version.submitted': {
    facts: { event: 'policy_version.submitted', details: version },
    says: 'Priya Raman submitted Hate Speech v2.1 for review',
    onItsPage: 'Priya Raman submitted v2.1 for review',
    detail: 'Submitted version 2.1 for review',
  },
  'policy_version.approved': {
    facts: { event: 'policy_version.approved', details: { ...version, effectiveDate: '2027-01-15' } },
    says: 'Priya Raman approved Hate Speech v2.1, effective Jan 15, 2027',
    onItsPage: 'Priya Raman approved v2.1, effective Jan 15, 2027',
    detail: 'Approved version 2.1',
  },
  'policy_version.rejected': {
    facts: { event: 'policy_version.rejected', details: version },
    says: 'Priya Raman sent Hate Speech v2.1 back to draft',
    onItsPage: 'Priya Raman sent v2.1 back to draft',
    detail: 'Sent version 2.1 back to draft',
  },
  'policy_version.published': {
    facts: { event: 'policy_version.published', details: { ...version, effectiveDate: '2027-01-15' } },
    says: 'Priya Raman made Hate Speech v2.1 live, effective Jan 15, 2027',
    onItsPage: 'Priya Raman made v2.1 live, effective Jan 15, 2027',
    detail: 'Made version 2.1 live, effective 2027-01-15',
  },
  'comment.created': {
    facts: { event: 'comment.created', details: { excerpt: 'Looks good to me' } },
    says: 'Priya Raman commented on Hate Speech',
    onItsPage: 'Priya Raman commented',
    detail: 'Looks good to me',
  },
};

const input = ({ facts }: Sample): ActivitySentenceInput => ({
  event: facts.event,
  details: facts.details,
  verb: activityVerb(facts.event),
  actor: PRIYA,
  entity: ENTITY,
});

describe('activitySentence', () => {
  it('has a sample for every activity event, each with facts its schema accepts', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...OWN_EVENTS].sort());
    for (const event of OWN_EVENTS) {
      const parsed = ACTIVITY_DETAIL_SCHEMAS[event].safeParse(SAMPLES[event]!.facts.details);
      expect(parsed.error?.issues ?? [], event).toEqual([]);
    }
  });

  it.each(OWN_EVENTS)('says what %s did, with and without the record', (event) => {
    const sample = SAMPLES[event]!;
    expect(sentenceText(activitySentence(input(sample)))).toBe(sample.says);
    expect(sentenceText(activitySentence(input(sample), { withEntity: false }))).toBe(sample.onItsPage);
    expect(activityDetail(sample.facts)).toBe(sample.detail);
  });

  it('links the actor, the record and the version (not a discarded one)', () => {
    expect(activitySentence(input(SAMPLES['policy_version.submitted']!))).toEqual([
      { text: 'Priya Raman', href: `/people/${PRIYA.id}` },
      { text: ' submitted ' },
      { text: 'Hate Speech v2.1', href: `/policies/hate-speech/versions/${V}` },
      { text: ' for review' },
    ]);
    expect(activitySentence(input(SAMPLES['policy_version.discarded']!))[2]).toEqual({ text: 'Hate Speech v2.1' });
  });

  it('reads an entry without an event, or with facts that do not read, by its stored verb', () => {
    const legacy = { event: null, details: null, verb: 'made live', actor: null, entity: ENTITY };
    expect(sentenceText(activitySentence(legacy))).toBe('PolicyOps made live · Hate Speech');
    const odd = { ...input(SAMPLES['policy.updated']!), details: {} };
    expect(sentenceText(activitySentence(odd, { withEntity: false }))).toBe('Priya Raman updated');
  });

  it('writes dates with the formatter it is given', () => {
    const text = sentenceText(
      activitySentence(input(SAMPLES['policy_version.published']!), { formatDate: () => 'soon' }),
    );
    expect(text).toBe('Priya Raman made Hate Speech v2.1 live, effective soon');
  });
});
