import { describe, expect, it } from 'vitest';
import { placeCapacityErrors, quarterOverridesText } from './capacity-form';

describe('placeCapacityErrors', () => {
  it('puts each error on the field of the override it names, and the rest apart', () => {
    const periods = ['FY2027-Q2', 'FY2026-Q4'];
    expect(
      placeCapacityErrors(
        {
          'body.people': 'Use 0 or more people',
          'body.overrides.0.focus': 'Focus is a share from 0 to 1',
          'body.overrides.1.people': 'Use 0 or more people',
          'body.overrides.7.people': 'Unknown',
          'body.version': 'Expected a number',
        },
        periods,
      ),
    ).toEqual({
      fields: {
        people: 'Use 0 or more people',
        'FY2027-Q2.focus': 'Focus is a share from 0 to 1',
        'FY2026-Q4.people': 'Use 0 or more people',
      },
      other: ['Unknown', 'Expected a number'],
    });
  });
});

describe('quarterOverridesText', () => {
  it('names only the quarters shown, in their order', () => {
    const team = {
      teamId: 't',
      teamName: 'T',
      people: 4,
      focus: 0.5,
      version: 1,
      overrides: [
        { period: 'FY2027-Q4', people: 1, focus: 0.25 },
        { period: 'FY2026-Q1', people: 9, focus: 1 },
        { period: 'FY2027-Q1', people: 3, focus: 0.333 },
      ],
    };
    const quarters = [1, 2, 3, 4].map((n) => ({ key: `FY2027-Q${n}`, label: `FY27 Q${n}`, start: '', end: '' }));
    expect(quarterOverridesText(team, quarters)).toEqual(['FY27 Q1: 3 people × 33%', 'FY27 Q4: 1 person × 25%']);
  });
});
