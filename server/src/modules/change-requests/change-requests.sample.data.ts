import type { CrScoringInputs, CrType, CrSource, ModerationWorkload, RiskLevel } from '@policyops/contracts';

// The twelve change requests of the sample workspace. Days are relative to the day the sample is loaded;
// people are the sample's keys (people-and-teams.sample.ts): amara and lucas run the program, olivia signs
// for Legal, marco for Moderation Ops, david for Product, sofia for Regional (EMEA), and each policy's owner
// approves its text.

export type SampleStep =
  | { kind: 'create'; day: number; by: string }
  | { kind: 'move'; day: number; by: string; to: string; reason?: string }
  | {
      kind: 'edit';
      day: number;
      by: string;
      fields?: { proposal?: string };
      effectiveInDays?: number;
    }
  | { kind: 'draft'; day: number; by: string; rewrite?: TextEdit }
  | { kind: 'adopt_open_draft'; day: number; by: string }
  | { kind: 'rewrite'; day: number; by: string; rewrite: TextEdit }
  | { kind: 'sign'; day: number; by: string; role: string; decision: string; comment?: string }
  | { kind: 'acknowledge'; day: number; by: string; note: string }
  | { kind: 'launch'; day: number; by: string; effectiveInDays: number }
  | { kind: 'place'; day: number; by: string; reason: string };

/** A text edit: `find` replaced by `replace`, or `replace` appended when `find` is not in the text. */
export interface TextEdit {
  find: string;
  replace: string;
}

export interface SampleChangeRequest {
  key: string;
  /** Target policy slug; null for a new policy. */
  policy: string | null;
  owner: string;
  markets: string[];
  surfaces: string[];
  dueInDays: number | null;
  fields: {
    title: string;
    type: CrType;
    source: CrSource;
    problemStatement: string;
    proposal: string;
    scoring: CrScoringInputs | null;
    impact: {
      expectedVolumeChangePct: number | null;
      moderationWorkload: ModerationWorkload | null;
      riskLevel: RiskLevel | null;
    };
  };
  steps: SampleStep[];
}

export const SAMPLE_FREEZE_WINDOW = {
  name: 'European Parliament elections',
  startsInDays: 14,
  endsInDays: 24,
  markets: ['EU'],
  reason: 'Election integrity freeze: no changes to what stays up in the EU during the campaign and the count.',
};

const CODED_HASHTAGS_FIRST = `## Coded hashtags

1. Hashtags and spellings that stand in for pro-eating-disorder communities (for example deliberate misspellings of "thinspiration") count as promotion when the post shows or encourages restriction, purging or extreme weight loss.`;

const CODED_HASHTAGS_FINAL = `## Coded hashtags

1. Hashtags and spellings that stand in for pro-eating-disorder communities (for example deliberate misspellings of "thinspiration") count as promotion when the post shows or encourages restriction, purging or extreme weight loss.
2. Moderators check the coded-terms list in the moderation tool before deciding that a hashtag is harmless; the list is reviewed monthly with the eating-disorder charities we work with.
3. Recovery content that uses such a hashtag to reach people at risk is not promotion; it gets the recovery resources banner instead of removal.`;

const unscored = { expectedVolumeChangePct: null, moderationWorkload: null, riskLevel: null };

export const SAMPLE_CHANGE_REQUESTS: SampleChangeRequest[] = [
  {
    key: 'pro-ed-hashtags',
    policy: 'suicide-and-self-harm',
    owner: 'amara',
    markets: [],
    surfaces: ['Feed videos', 'Search', 'Comments'],
    dueInDays: -25,
    fields: {
      title: 'Treat coded pro-eating-disorder hashtags as promotion',
      type: 'expansion',
      source: 'performance_finding',
      problemStatement:
        'QA sampling in the last quarter found **38%** of posts using misspelled pro-ED hashtags left up: moderators could not tell a coded hashtag from a harmless one, and the rules say nothing about hashtags.',
      proposal:
        'Add a clause on coded hashtags, backed by a coded-terms list in the moderation tool, with an explicit carve-out for recovery content.',
      scoring: { severity: 4, reach: 5, urgency: 4, effort: 2 },
      impact: { expectedVolumeChangePct: 12, moderationWorkload: 'slightly_more', riskLevel: 'high' },
    },
    steps: [
      { kind: 'create', day: -70, by: 'amara' },
      { kind: 'move', day: -68, by: 'amara', to: 'scoping' },
      { kind: 'move', day: -64, by: 'amara', to: 'drafting' },
      { kind: 'draft', day: -62, by: 'amara', rewrite: { find: '## Coded hashtags', replace: CODED_HASHTAGS_FIRST } },
      { kind: 'move', day: -57, by: 'amara', to: 'cross_functional_review' },
      { kind: 'sign', day: -55, by: 'olivia', role: 'legal', decision: 'approve' },
      {
        kind: 'sign',
        day: -54,
        by: 'marco',
        role: 'moderation_ops',
        decision: 'request_changes',
        comment:
          'Moderators will guess which hashtags are coded. Point them to a list they can check, and say what happens to recovery accounts that use the same tags.',
      },
      {
        kind: 'rewrite',
        day: -52,
        by: 'amara',
        rewrite: { find: CODED_HASHTAGS_FIRST, replace: CODED_HASHTAGS_FINAL },
      },
      { kind: 'move', day: -51, by: 'amara', to: 'cross_functional_review' },
      { kind: 'sign', day: -49, by: 'olivia', role: 'legal', decision: 'approve' },
      {
        kind: 'sign',
        day: -48,
        by: 'marco',
        role: 'moderation_ops',
        decision: 'approve_with_conditions',
        comment: 'Only once the coded-terms list is live in the moderation tool for every site.',
      },
      { kind: 'sign', day: -47, by: 'david', role: 'product', decision: 'approve' },
      { kind: 'move', day: -46, by: 'amara', to: 'approval' },
      { kind: 'edit', day: -46, by: 'amara', effectiveInDays: -30 },
      {
        kind: 'acknowledge',
        day: -44,
        by: 'amara',
        note: 'Checked with the owners: the other launches touch different clauses and queues.',
      },
      { kind: 'sign', day: -43, by: 'hannah', role: 'policy_owner', decision: 'approve' },
      { kind: 'move', day: -42, by: 'amara', to: 'enablement' },
      { kind: 'launch', day: -30, by: 'amara', effectiveInDays: -30 },
    ],
  },
  {
    key: 've-news-footage',
    policy: 'violent-extremism',
    owner: 'lucas',
    markets: ['EU'],
    surfaces: ['Feed videos', 'LIVE'],
    dueInDays: 20,
    fields: {
      title: 'Clarify the news exception for attack footage',
      type: 'clarification',
      source: 'external_stakeholder',
      problemStatement:
        'Broadcasters and the EU Internet Forum report that clips from verified news outlets are removed under the attack-footage rule while re-uploads with a news caption stay up.',
      proposal:
        'Say that the news exception depends on the uploader being a verified news organisation and on context (no perpetrator framing), not on a caption.',
      scoring: { severity: 4, reach: 3, urgency: 3, effort: 2 },
      impact: { expectedVolumeChangePct: -5, moderationWorkload: 'unchanged', riskLevel: 'medium' },
    },
    steps: [
      { kind: 'create', day: -40, by: 'lucas' },
      { kind: 'move', day: -39, by: 'lucas', to: 'scoping' },
      { kind: 'move', day: -37, by: 'lucas', to: 'drafting' },
      {
        kind: 'draft',
        day: -35,
        by: 'lucas',
        rewrite: {
          find: '## News exception for attack footage',
          replace:
            '## News exception for attack footage\n\n1. Footage of an attack is allowed as news only when it is uploaded by a verified news organisation, without perpetrator framing; a "news" caption added by anyone else does not make a re-upload news.',
        },
      },
      { kind: 'move', day: -30, by: 'lucas', to: 'cross_functional_review' },
      { kind: 'sign', day: -28, by: 'olivia', role: 'legal', decision: 'approve' },
      { kind: 'sign', day: -27, by: 'marco', role: 'moderation_ops', decision: 'approve' },
      { kind: 'sign', day: -26, by: 'david', role: 'product', decision: 'approve' },
      {
        kind: 'sign',
        day: -25,
        by: 'sofia',
        role: 'regional',
        decision: 'approve_with_conditions',
        comment: 'The DSA statement-of-reasons wording must be reviewed by the EU regulatory team before launch.',
      },
      { kind: 'move', day: -24, by: 'lucas', to: 'approval' },
      { kind: 'edit', day: -24, by: 'lucas', effectiveInDays: 18 },
    ],
  },
  {
    key: 'minor-age-wording',
    policy: 'minor-safety',
    owner: 'amara',
    markets: [],
    surfaces: [],
    dueInDays: 10,
    fields: {
      title: 'Reword the under-age account clause',
      type: 'editorial',
      source: 'escalation',
      problemStatement:
        'Appeals reviewers read "pending age verification" as a final decision; the wording, not the rule, is the problem.',
      proposal: 'Reword enforcement clause 5.4 without changing what it requires.',
      scoring: null,
      impact: unscored,
    },
    steps: [
      { kind: 'create', day: -12, by: 'amara' },
      { kind: 'move', day: -11, by: 'amara', to: 'drafting' },
      {
        kind: 'draft',
        day: -11,
        by: 'amara',
        rewrite: {
          find: 'Accounts that appear to belong to users under the minimum age are suspended pending age verification.',
          replace:
            'Accounts that appear to belong to users below the minimum age are suspended until the account holder verifies their age.',
        },
      },
      { kind: 'move', day: -10, by: 'amara', to: 'approval' },
      { kind: 'edit', day: -10, by: 'amara', effectiveInDays: 7 },
      { kind: 'acknowledge', day: -9, by: 'amara', note: 'Editorial: no moderator acts differently.' },
      { kind: 'sign', day: -9, by: 'diego', role: 'policy_owner', decision: 'approve' },
      { kind: 'launch', day: -8, by: 'amara', effectiveInDays: 7 },
    ],
  },
  {
    key: 'shop-ai-vapes',
    policy: 'regulated-goods',
    owner: 'amara',
    markets: ['EU', 'US'],
    surfaces: ['Shop', 'Ads'],
    dueInDays: 30,
    fields: {
      title: 'Cover disposable vapes sold through Shop listings',
      type: 'expansion',
      source: 'regulatory_requirement',
      problemStatement:
        'New EU and US state rules restrict the sale of disposable vapes; Shop listings for them are not covered by the regulated-goods rules, which were written for posts.',
      proposal: 'Bring Shop listings and ads for disposable vapes under the regulated-goods rules, by market.',
      scoring: { severity: 3, reach: 3, urgency: 5, effort: 3 },
      impact: { expectedVolumeChangePct: 20, moderationWorkload: 'more', riskLevel: 'high' },
    },
    steps: [
      { kind: 'create', day: -25, by: 'amara' },
      { kind: 'move', day: -24, by: 'amara', to: 'scoping' },
      { kind: 'move', day: -20, by: 'amara', to: 'drafting' },
      {
        kind: 'draft',
        day: -18,
        by: 'amara',
        rewrite: {
          find: '## Shop listings',
          replace:
            '## Shop listings\n\n1. Listings and ads for disposable vapes are not allowed in markets where their sale is restricted; elsewhere they need age-gating.',
        },
      },
      { kind: 'move', day: -9, by: 'amara', to: 'cross_functional_review' },
      { kind: 'sign', day: -7, by: 'olivia', role: 'legal', decision: 'approve' },
    ],
  },
  {
    key: 'live-self-harm-escalations',
    policy: 'suicide-and-self-harm',
    owner: 'lucas',
    markets: [],
    surfaces: ['LIVE'],
    dueInDays: null,
    fields: {
      title: 'LIVE self-harm escalations reach the safety team too late',
      type: 'enforcement_guidance',
      source: 'escalation',
      problemStatement:
        'Two LIVE streams last month showed self-harm for over ten minutes before the safety team was paged; the guidance does not say when a moderator must escalate rather than end the stream.',
      proposal: '',
      scoring: null,
      impact: unscored,
    },
    steps: [{ kind: 'create', day: -3, by: 'lucas' }],
  },
  {
    key: 'india-ai-election-labels',
    policy: 'harmful-misinformation',
    owner: 'amara',
    markets: ['IN'],
    surfaces: ['Feed videos', 'Ads'],
    dueInDays: 45,
    fields: {
      title: 'Label AI-generated election content in India',
      type: 'expansion',
      source: 'regulatory_requirement',
      problemStatement:
        'The Election Commission of India advisory asks platforms to label synthetic media about candidates within hours of a report.',
      proposal: 'Add a labelling rule for synthetic election media in India, with a three-hour target.',
      scoring: { severity: 5, reach: 4, urgency: 5, effort: 3 },
      impact: { expectedVolumeChangePct: 8, moderationWorkload: 'more', riskLevel: 'critical' },
    },
    steps: [{ kind: 'create', day: -6, by: 'amara' }],
  },
  {
    key: 'reclaimed-slurs-lyrics',
    policy: 'hate-speech',
    owner: 'lucas',
    markets: [],
    surfaces: ['Feed videos'],
    dueInDays: 60,
    fields: {
      title: 'Reclaimed slurs in music lyrics',
      type: 'clarification',
      source: 'external_stakeholder',
      problemStatement:
        'Artists report that songs using reclaimed terms are removed as hate speech; the self-referential exception does not mention lyrics.',
      proposal: 'Say how the self-referential exception applies to lyrics and performances.',
      scoring: { severity: 3, reach: 3, urgency: 2, effort: 2 },
      impact: { expectedVolumeChangePct: -3, moderationWorkload: 'slightly_more', riskLevel: 'medium' },
    },
    steps: [
      { kind: 'create', day: -8, by: 'lucas' },
      {
        kind: 'place',
        day: -2,
        by: 'amara',
        reason: 'Legal asked to settle it before the artist-partnership launch next month.',
      },
    ],
  },
  {
    key: 'sextortion-evidence',
    policy: 'grooming-and-sextortion',
    owner: 'diego',
    markets: [],
    surfaces: ['Direct messages'],
    dueInDays: 21,
    fields: {
      title: 'Sextortion payment demands: accept screenshots as evidence',
      type: 'expansion',
      source: 'legal',
      problemStatement:
        'Victims report payment demands that arrive off-platform; the rules act only on messages we can see, so reports with screenshots are closed.',
      proposal: '',
      scoring: null,
      impact: unscored,
    },
    steps: [
      // A restricted policy: only its members (and admins) see this CR, in every list.
      { kind: 'create', day: -22, by: 'diego' },
      { kind: 'move', day: -20, by: 'diego', to: 'scoping' },
    ],
  },
  {
    key: 'nudity-medical-examples',
    policy: 'adult-nudity',
    owner: 'lucas',
    markets: [],
    surfaces: [],
    dueInDays: 14,
    fields: {
      title: 'Add breastfeeding and medical examples',
      type: 'editorial',
      source: 'escalation',
      problemStatement:
        'Appeals show moderators unsure whether breastfeeding and surgery-recovery videos fall under the exceptions.',
      proposal: 'Add two examples under the exceptions; the rule does not change.',
      scoring: null,
      impact: unscored,
    },
    steps: [
      { kind: 'create', day: -5, by: 'lucas' },
      { kind: 'move', day: -4, by: 'lucas', to: 'drafting' },
      {
        kind: 'draft',
        day: -3,
        by: 'lucas',
        rewrite: {
          find: '## Examples of the exceptions',
          replace:
            '## Examples of the exceptions\n\n1. *Not violating:* a mother breastfeeding her baby in a parenting video.\n2. *Not violating:* a patient showing a healed mastectomy scar to explain reconstruction options.',
        },
      },
    ],
  },
  {
    key: 'religious-satire-ban',
    policy: 'hate-speech',
    owner: 'lucas',
    markets: [],
    surfaces: ['Feed videos', 'Comments'],
    dueInDays: null,
    fields: {
      title: 'Remove all satire of religious figures',
      type: 'expansion',
      source: 'external_stakeholder',
      problemStatement: 'A coalition of faith groups asks us to remove satire depicting religious figures.',
      proposal: 'Treat satire of religious figures as an attack on a protected group.',
      scoring: { severity: 2, reach: 4, urgency: 2, effort: 4 },
      impact: { expectedVolumeChangePct: 30, moderationWorkload: 'more', riskLevel: 'high' },
    },
    steps: [
      { kind: 'create', day: -33, by: 'lucas' },
      { kind: 'move', day: -30, by: 'lucas', to: 'scoping' },
      {
        kind: 'move',
        day: -28,
        by: 'amara',
        to: 'rejected',
        reason:
          'It would remove protected expression: our rules protect people, not beliefs, and the public-interest exception covers satire. We will reply to the coalition with the reasoning.',
      },
    ],
  },
  {
    key: 'india-deepfakes-duplicate',
    policy: 'harmful-misinformation',
    owner: 'lucas',
    markets: ['IN'],
    surfaces: ['Feed videos'],
    dueInDays: null,
    fields: {
      title: 'Deepfakes of Indian candidates',
      type: 'expansion',
      source: 'regulatory_requirement',
      problemStatement: 'The Election Commission advisory on synthetic media.',
      proposal: '',
      scoring: null,
      impact: unscored,
    },
    steps: [
      { kind: 'create', day: -5, by: 'lucas' },
      {
        kind: 'move',
        day: -4,
        by: 'lucas',
        to: 'withdrawn',
        reason: 'Duplicate of "Label AI-generated election content in India", opened the day before.',
      },
    ],
  },
  {
    key: 'doxxing-personal-information',
    policy: 'bullying-and-harassment',
    owner: 'amara',
    markets: [],
    surfaces: ['Feed videos', 'Comments', 'Direct messages', 'Profiles'],
    dueInDays: 35,
    fields: {
      title: 'Doxxing: say what counts as personal information',
      type: 'clarification',
      source: 'escalation',
      problemStatement:
        'Escalations show moderators treating a workplace or a car number plate as public information; victims of pile-ons were found at home.',
      proposal: 'List what counts as personal information in clause 3.4, with examples.',
      scoring: { severity: 4, reach: 3, urgency: 4, effort: 2 },
      impact: { expectedVolumeChangePct: 6, moderationWorkload: 'slightly_more', riskLevel: 'medium' },
    },
    steps: [
      { kind: 'create', day: -16, by: 'amara' },
      { kind: 'move', day: -15, by: 'amara', to: 'scoping' },
      { kind: 'move', day: -14, by: 'amara', to: 'drafting' },
      { kind: 'adopt_open_draft', day: -14, by: 'amara' },
      {
        kind: 'rewrite',
        day: -13,
        by: 'amara',
        rewrite: {
          find: '## Personal information',
          replace:
            "## Personal information\n\n1. Personal information includes a home or work address, a car number plate, a phone number, a child's school and real-time location, whether or not it can be found elsewhere.",
        },
      },
      { kind: 'move', day: -10, by: 'amara', to: 'cross_functional_review' },
      { kind: 'sign', day: -9, by: 'olivia', role: 'legal', decision: 'approve' },
      { kind: 'sign', day: -9, by: 'marco', role: 'moderation_ops', decision: 'approve' },
      { kind: 'sign', day: -8, by: 'david', role: 'product', decision: 'approve' },
      { kind: 'move', day: -8, by: 'amara', to: 'approval' },
      { kind: 'edit', day: -8, by: 'amara', effectiveInDays: 21 },
      { kind: 'acknowledge', day: -6, by: 'amara', note: 'Different clauses and queues; launch comms are separate.' },
      { kind: 'sign', day: -5, by: 'hannah', role: 'policy_owner', decision: 'approve' },
      { kind: 'move', day: -4, by: 'amara', to: 'enablement' },
    ],
  },
];
