import type { KeyResultType } from '@policyops/contracts';

// The sample year of OKRs (issue 9, item 11), worded after the Google and ClickUp examples in
// shared/data/okr-examples: a few year objectives, two quarter objectives per quarter aligned to them,
// key results of every type, some fed by initiatives' progress and some linked to the initiatives that serve them.

export interface KrSpec {
  title: string;
  type: KeyResultType;
  unit?: string;
  baseline?: number;
  target?: number;
  /** Fed by this initiative's progress (key into the roadmap sample). */
  fedBy?: string;
  /** Initiatives that serve it (links). */
  servedBy?: string[];
  /** Where check-ins end up by the period's end, as a share of the way from baseline to target. */
  reach?: number;
}
export interface ObjectiveSpec {
  key: string;
  title: string;
  owner: string;
  team?: string;
  parent?: string;
  quarter?: 1 | 2 | 3 | 4;
  keyResults: KrSpec[];
}

const fed = (title: string, initiative: string): KrSpec => ({
  title,
  type: 'increase_to',
  unit: '%',
  baseline: 0,
  target: 100,
  fedBy: initiative,
});

export const SAMPLE_OBJECTIVES: ObjectiveSpec[] = [
  {
    key: 'consistent',
    title: 'Make enforcement consistent and explainable',
    owner: 'amara',
    team: 'Policy Programs',
    keyResults: [
      {
        title: 'Raise reviewer agreement on hate speech',
        type: 'increase_to',
        unit: '%',
        baseline: 84,
        target: 92,
        reach: 0.8,
        servedBy: ['hate-calibration'],
      },
      {
        title: 'Reduce the appeal overturn rate',
        type: 'decrease_to',
        unit: '%',
        baseline: 12,
        target: 8,
        reach: 0.6,
        servedBy: ['appeals-quality'],
      },
      fed('Statements of reasons name the clause applied', 'dsa-sor'),
    ],
  },
  {
    key: 'young-people',
    title: 'Keep young people safe by design',
    owner: 'diego',
    team: 'Minor Safety Policy',
    keyResults: [
      fed('Age-assurance escalation guidance in use', 'age-assurance'),
      {
        title: 'Cut median time to action grooming reports',
        type: 'decrease_to',
        unit: 'h',
        baseline: 36,
        target: 12,
        reach: 0.5,
        servedBy: ['grooming-signals'],
      },
      { title: 'Teen accounts private by default', type: 'yes_no', servedBy: ['teen-defaults'] },
    ],
  },
  {
    key: 'regulators',
    title: 'Be ready for regulators and elections',
    owner: 'lucas',
    team: 'Policy Programs',
    keyResults: [
      {
        title: 'DSA transparency reports published on time',
        type: 'stay_at_or_above',
        unit: '%',
        baseline: 100,
        target: 95,
        reach: 1,
        servedBy: ['dsa-report', 'transparency-automation'],
      },
      fed('Election readiness programme delivered', 'election-readiness'),
    ],
  },
  {
    key: 'q1-calibrate',
    quarter: 1,
    parent: 'consistent',
    title: 'Calibrate hate speech enforcement across review sites',
    owner: 'priya',
    team: 'Hate Speech Policy',
    keyResults: [
      {
        title: 'Golden-set agreement across the three sites',
        type: 'increase_to',
        unit: '%',
        baseline: 84,
        target: 88,
        reach: 0.9,
        servedBy: ['hate-calibration'],
      },
      { title: 'Hold calibration sessions', type: 'increase_to', unit: 'sessions', baseline: 0, target: 12, reach: 1 },
    ],
  },
  {
    key: 'q1-age',
    quarter: 1,
    parent: 'young-people',
    title: 'Publish the age-assurance escalation guidance',
    owner: 'diego',
    team: 'Minor Safety Policy',
    keyResults: [
      fed('Guidance initiative complete', 'age-assurance'),
      {
        title: 'Train moderators on the escalation paths',
        type: 'increase_to',
        unit: 'people',
        baseline: 0,
        target: 400,
        reach: 0.7,
      },
    ],
  },
  {
    key: 'q2-reasons',
    quarter: 2,
    parent: 'consistent',
    title: 'Explain every EU removal',
    owner: 'amara',
    team: 'Trust & Safety Legal',
    keyResults: [
      fed('Statement-of-reasons alignment complete', 'dsa-sor'),
      {
        title: 'Removals that cite a policy clause',
        type: 'increase_to',
        unit: '%',
        baseline: 60,
        target: 95,
        reach: 0.85,
      },
    ],
  },
  {
    key: 'q2-ncii',
    quarter: 2,
    parent: 'consistent',
    title: 'Fast-track intimate imagery removals',
    owner: 'hannah',
    team: 'Adult Nudity Policy',
    keyResults: [
      {
        title: 'Median removal time for intimate imagery',
        type: 'decrease_to',
        unit: 'h',
        baseline: 18,
        target: 2,
        reach: 0.7,
        servedBy: ['ncii'],
      },
      { title: 'Victim intake form launched', type: 'milestone', servedBy: ['ncii'] },
    ],
  },
  {
    key: 'q3-labels',
    quarter: 3,
    parent: 'regulators',
    title: 'Ship synthetic media labels',
    owner: 'lucas',
    team: 'Safety Product',
    keyResults: [
      fed('Label launch delivered', 'ai-labels-launch'),
      {
        title: "Labelled views with a working 'learn more'",
        type: 'stay_at_or_above',
        unit: '%',
        baseline: 99.5,
        target: 99,
        reach: 1,
      },
    ],
  },
  {
    key: 'q3-election',
    quarter: 3,
    parent: 'regulators',
    title: 'Staff the election war room',
    owner: 'lucas',
    team: 'EMEA Regional Policy',
    keyResults: [
      fed('Readiness programme progress', 'election-readiness'),
      {
        title: 'Escalations answered within one hour',
        type: 'stay_at_or_above',
        unit: '%',
        baseline: 97,
        target: 95,
        reach: 1,
      },
    ],
  },
  {
    key: 'q4-automate',
    quarter: 4,
    parent: 'regulators',
    title: 'Automate the transparency report',
    owner: 'amara',
    team: 'Integrity Engineering',
    keyResults: [
      fed('Automation initiative complete', 'transparency-automation'),
      {
        title: 'Manual steps left in the report pipeline',
        type: 'decrease_to',
        unit: 'steps',
        baseline: 14,
        target: 2,
        reach: 0.6,
      },
    ],
  },
  {
    key: 'q4-appeals',
    quarter: 4,
    parent: 'consistent',
    title: 'Cut appeal overturns',
    owner: 'amara',
    team: 'Moderation Operations',
    keyResults: [
      {
        title: 'Appeal overturn rate',
        type: 'stay_at_or_below',
        unit: '%',
        baseline: 9,
        target: 10,
        reach: 1,
        servedBy: ['appeals-quality'],
      },
      {
        title: 'Second-review sampling coverage',
        type: 'increase_to',
        unit: '%',
        baseline: 0,
        target: 20,
        reach: 0.75,
      },
    ],
  },
];
