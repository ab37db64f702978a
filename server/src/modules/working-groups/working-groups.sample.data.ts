/** The sample story's working groups (issue 11, sample story item 2). People are ctx.records keys. */
export interface SampleGroupSpec {
  slug: string;
  name: string;
  purpose: string;
  chair: string;
  members: [key: string, role: 'member' | 'secretary' | 'observer'][];
  policySlugs: string[];
  initiativeTitles: string[];
  changeRequestTitles: string[];
  rule: string;
  startsAt: string;
  durationMinutes: number;
  endDate: string | null;
  deliverables: string[];
  successCriteria: string[];
}

export const SAMPLE_GROUPS: SampleGroupSpec[] = [
  {
    slug: 'ai-generated-content',
    name: 'AI-generated content',
    purpose:
      'Set **one** rule for realistic AI-generated and manipulated media across misinformation, adult nudity, minor safety and IP, and see it through labelling in product.',
    chair: 'priya',
    members: [
      ['olivia', 'member'],
      ['marco', 'member'],
      ['david', 'member'],
      ['tom', 'member'],
      ['kenji', 'secretary'],
    ],
    policySlugs: ['harmful-misinformation', 'adult-nudity', 'minor-safety', 'intellectual-property'],
    initiativeTitles: ['AI-generated content labelling policy', 'Synthetic media labels in product'],
    changeRequestTitles: ['Label AI-generated election content in India'],
    rule: 'FREQ=WEEKLY;BYDAY=TU',
    startsAt: '2026-09-01T15:00:00.000Z',
    durationMinutes: 45,
    endDate: null,
    deliverables: ['Labelling rule for realistic synthetic media', 'Moderator guidance with examples'],
    successCriteria: ['Labels live in every market', 'Appeal overturn rate on labels under 5%'],
  },
  {
    slug: 'youth-safety',
    name: 'Youth safety across surfaces',
    purpose: 'Make minor-safety rules read the same on LIVE, feed, DMs and Shop, and close the age-assurance gaps.',
    chair: 'diego',
    members: [
      ['hannah', 'member'],
      ['sofia', 'member'],
      ['marco', 'member'],
      ['david', 'member'],
      ['kwame', 'observer'],
    ],
    policySlugs: ['minor-safety', 'grooming-and-sextortion'],
    initiativeTitles: ['Minor safety age-assurance escalation guidance'],
    changeRequestTitles: ['Reword the under-age account clause'],
    rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH',
    startsAt: '2026-08-20T14:00:00.000Z',
    durationMinutes: 60,
    endDate: null,
    deliverables: ['Cross-surface minor-safety guidance', 'Age-estimation prompt rollout plan'],
    successCriteria: ['One escalation path for every surface'],
  },
  {
    slug: 'elections-integrity',
    name: 'Elections integrity',
    purpose: 'Get policies, labels and escalations ready for the national elections of the season.',
    chair: 'amara',
    members: [
      ['fatima', 'member'],
      ['olivia', 'member'],
      ['sofia', 'member'],
      ['ana', 'member'],
      ['rosa', 'observer'],
    ],
    policySlugs: ['harmful-misinformation'],
    initiativeTitles: ['Election integrity readiness for national elections'],
    changeRequestTitles: ['Deepfakes of Indian candidates', 'Label AI-generated election content in India'],
    rule: 'FREQ=WEEKLY;BYDAY=WE',
    startsAt: '2026-09-09T16:00:00.000Z',
    durationMinutes: 30,
    endDate: '2027-03-31',
    deliverables: ['Election readiness checklist per market', 'Political-ad label rules'],
    successCriteria: ['Every market signed off two weeks before polling day'],
  },
];

const NOTES = [
  '## Updates\n\n- Vendor sites report the new examples are clear.\n- Legal asked for one more pass on the wording.\n\n## Next\n\nBring the draft back next week.',
  '## Discussion\n\n- Appeals on labelled videos are up slightly; **Ops** will sample 200.\n- Product shared the label mock-ups.',
  '## Notes\n\n- Regional teams flagged two market-specific cases.\n- Agreed to keep the exception narrow.',
];

/** Markdown notes for the nth past meeting. */
export const sampleNotes = (n: number) => NOTES[n % NOTES.length]!;
