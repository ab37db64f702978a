// The sizes of the sample platform: how big each market and surface is, and each policy's base
// rates. Volumes are per market x surface x day at a weekday; the generator scales them.

/** The ten countries the sample reports, with their size relative to the United States. */
export const SAMPLE_MARKETS: readonly { code: string; name: string; region: string; scale: number }[] = [
  { code: 'US', name: 'United States', region: 'NA', scale: 1 },
  { code: 'IN', name: 'India', region: 'APAC', scale: 1.3 },
  { code: 'BR', name: 'Brazil', region: 'LATAM', scale: 0.75 },
  { code: 'ID', name: 'Indonesia', region: 'APAC', scale: 0.7 },
  { code: 'MX', name: 'Mexico', region: 'LATAM', scale: 0.5 },
  { code: 'JP', name: 'Japan', region: 'APAC', scale: 0.35 },
  { code: 'DE', name: 'Germany', region: 'EU', scale: 0.3 },
  { code: 'FR', name: 'France', region: 'EU', scale: 0.28 },
  { code: 'EG', name: 'Egypt', region: 'MENA', scale: 0.25 },
  { code: 'ES', name: 'Spain', region: 'EU', scale: 0.2 },
];

/** Surface sizes relative to Feed videos; unknown (workspace-added) surfaces count as small. */
export const SURFACE_SCALE: Record<string, number> = {
  'Feed videos': 1,
  LIVE: 0.3,
  Comments: 0.5,
  'Direct messages': 0.2,
  Profiles: 0.12,
  Search: 0.25,
  Ads: 0.08,
  Shop: 0.1,
};

/** Where a policy nobody has scoped yet is enforced: the core surfaces. */
export const CORE_SURFACES = ['Feed videos', 'LIVE', 'Comments', 'Direct messages', 'Profiles', 'Search'];

/** Views of Feed videos in the United States on an average weekday. */
export const BASE_VIEWS = 9_000_000;

export interface PolicyProfile {
  /** Items actioned per day on Feed videos in the United States (both detection methods). */
  actioned: number;
  /** Share of actioned items that automated detection actioned. */
  automatedShare: number;
  /** Violating views per view. */
  prevalence: number;
  appealRate: number;
  overturnRate: number;
  /** Relative drift of actioned volume per year (enforcement trends). */
  drift: number;
}

const DEFAULT_PROFILE: PolicyProfile = {
  actioned: 1000,
  automatedShare: 0.6,
  prevalence: 0.0004,
  appealRate: 0.05,
  overturnRate: 0.15,
  drift: 0,
};

const PROFILES: Record<string, Partial<PolicyProfile>> = {
  'hate-speech': { actioned: 3000, prevalence: 0.0006, appealRate: 0.06, overturnRate: 0.2, drift: 0.04 },
  'bullying-and-harassment': {
    actioned: 4000,
    automatedShare: 0.45,
    prevalence: 0.0009,
    appealRate: 0.07,
    overturnRate: 0.24,
  },
  'minor-safety': { actioned: 2500, automatedShare: 0.7, prevalence: 0.0003, appealRate: 0.04, drift: 0.05 },
  'grooming-and-sextortion': {
    actioned: 400,
    automatedShare: 0.55,
    prevalence: 0.00005,
    appealRate: 0.03,
    overturnRate: 0.1,
  },
  'suicide-and-self-harm': { actioned: 900, prevalence: 0.0002, appealRate: 0.04, overturnRate: 0.12 },
  'violent-extremism': {
    actioned: 600,
    automatedShare: 0.85,
    prevalence: 0.00008,
    appealRate: 0.05,
    overturnRate: 0.12,
  },
  'harmful-misinformation': {
    actioned: 1500,
    automatedShare: 0.5,
    prevalence: 0.0007,
    appealRate: 0.08,
    overturnRate: 0.28,
    drift: -0.03,
  },
  'adult-nudity': { actioned: 6000, automatedShare: 0.9, prevalence: 0.0012, appealRate: 0.04, overturnRate: 0.13 },
  'regulated-goods': {
    actioned: 1200,
    automatedShare: 0.7,
    prevalence: 0.0004,
    appealRate: 0.05,
    overturnRate: 0.18,
    drift: 0.02,
  },
};

/** A policy's profile; a policy the sample does not know gets a middling one. */
export function profileOf(slug: string): PolicyProfile {
  return { ...DEFAULT_PROFILE, ...PROFILES[slug] };
}

/** Per detection method: proactive share, QA sample rate, QA accuracy, hours to action and p90/median. */
export const DETECTION = {
  automated: { proactive: 0.82, qaRate: 0.015, accuracy: 0.91, medianHours: 0.5, p90Ratio: 3.5 },
  human: { proactive: 0.15, qaRate: 0.03, accuracy: 0.95, medianHours: 8, p90Ratio: 2.8 },
} as const;

/** Monday first. Views peak at the weekend; human review volumes dip with staffing. */
export const VIEWS_WEEK = [0.95, 0.94, 0.95, 0.97, 1.02, 1.1, 1.07] as const;
export const REVIEW_WEEK = [1.08, 1.1, 1.08, 1.05, 1.0, 0.82, 0.87] as const;
/** Human review is slower at the weekend. */
export const HOURS_WEEK = [1, 0.97, 0.97, 0.98, 1.02, 1.2, 1.25] as const;
/** Views grow by this much a year. */
export const VIEWS_GROWTH = 0.12;
