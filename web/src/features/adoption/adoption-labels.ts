import type { AdkarStep, AudienceKind, GateMetric, Materiality } from '@policyops/contracts';

export const AUDIENCE_KIND_LABELS: Record<AudienceKind, string> = {
  site: 'Moderation site',
  vendor: 'Vendor team',
  regional: 'Regional team',
};

export const GATE_METRIC_LABELS: Record<GateMetric, string> = {
  acknowledged_pct: 'Acknowledged',
  quiz_pass_pct: 'Quiz passed',
  trained_pct: 'Trained',
};

export const ADKAR_LABELS: Record<AdkarStep, { label: string; question: string }> = {
  awareness: { label: 'Awareness', question: 'Do they know the policy is changing and why?' },
  desire: { label: 'Desire', question: 'Do they want to support the change?' },
  knowledge: { label: 'Knowledge', question: 'Do they know how to apply the new rule?' },
  ability: { label: 'Ability', question: 'Can they apply it day to day, at queue speed?' },
  reinforcement: { label: 'Reinforcement', question: 'Is something keeping it applied (QA, coaching)?' },
};

export const MATERIALITY_TEXT: Record<Materiality, { label: string; sentence: string }> = {
  material: {
    label: 'Material change',
    sentence: 'The meaning of the policy changed: every audience acknowledges the new version again.',
  },
  editorial: {
    label: 'Editorial change',
    sentence:
      'Wording only, no change in meaning: no one is asked to acknowledge again; earlier acknowledgements stand.',
  },
};

/** "CR-12". */
export function crLabel(n: number): string {
  return `CR-${n}`;
}

/** "87%" (whole percent; one decimal below 10 so that small figures do not all read 0%). */
export function pct(value: number): string {
  const rounded = value < 10 && value > 0 ? Math.round(value * 10) / 10 : Math.round(value);
  return `${rounded}%`;
}
