import { describe, expect, it } from 'vitest';
import { formPathOf, updateBody, type CrFormValues } from './cr-edit-values';

const base: CrFormValues = {
  title: 'Clarify satire',
  type: 'clarification',
  source: 'escalation',
  targetPolicyId: 'p1',
  problemStatement: 'x',
  proposal: 'y',
  ownerId: 'u1',
  dueDate: '',
  effectiveDate: '2027-01-10',
  draftVersionId: null,
  surfaceIds: [],
  marketIds: ['m1'],
  expectedVolumeChangePct: '',
  moderationWorkload: null,
  riskLevel: null,
  scored: false,
  severity: 3,
  reach: 3,
  urgency: 3,
  effort: 3,
  initiativeIds: [],
  changeRequestIds: [],
  decisions: [],
};

describe('updateBody', () => {
  it('sends only what changed, grouped as the API takes it', () => {
    const body = updateBody(
      base,
      {
        ...base,
        title: 'Clarify satire and parody',
        marketIds: ['m1', 'm2'],
        expectedVolumeChangePct: -20,
        scored: true,
      },
      7,
    );
    expect(body).toEqual({
      version: 7,
      title: 'Clarify satire and parody',
      impact: { marketIds: ['m1', 'm2'], expectedVolumeChangePct: -20 },
      scoring: { severity: 3, reach: 3, urgency: 3, effort: 3 },
    });
  });
  it('clears dates and the score with null, and leaves untouched links out', () => {
    const body = updateBody(base, { ...base, effectiveDate: '', decisions: [{ title: 'D', url: 'https://x.y' }] }, 1);
    expect(body).toEqual({
      version: 1,
      effectiveDate: null,
      links: { decisions: [{ title: 'D', url: 'https://x.y' }] },
    });
    expect(updateBody({ ...base, scored: true }, base, 1)).toEqual({ version: 1, scoring: null });
    expect(updateBody(base, base, 1)).toEqual({ version: 1 });
  });
});

describe('formPathOf', () => {
  it('maps API paths to the dialog fields', () => {
    expect(formPathOf('body.title')).toBe('title');
    expect(formPathOf('body.impact.marketIds')).toBe('marketIds');
    expect(formPathOf('body.links.decisions.0.url')).toBe('decisions.0.url');
    expect(formPathOf('body.scoring.effort')).toBe('effort');
  });
});
