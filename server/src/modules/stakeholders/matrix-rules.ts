import type { FieldError, RaciRole, StakeholderQuadrant } from '@policyops/contracts';

/** A score of 3 or more counts as high: a middling score errs towards more attention, not less. */
export const HIGH_SCORE = 3;

/**
 * Where a person falls on the influence × interest map (Mendelow's grid); null when a score is
 * missing, which the map lists as "not placed".
 */
export function quadrantOf(influence: number | null, interest: number | null): StakeholderQuadrant | null {
  if (influence === null || interest === null) return null;
  const highInfluence = influence >= HIGH_SCORE;
  const highInterest = interest >= HIGH_SCORE;
  if (highInfluence) return highInterest ? 'manage_closely' : 'keep_satisfied';
  return highInterest ? 'keep_informed' : 'monitor';
}

/**
 * The matrix rules that need no database: one role per person (a second row for the same person
 * names `rows.<i>.stakeholderId`) and at most one Accountable (the second names `rows.<i>.role`).
 */
export function matrixRuleErrors(rows: readonly { stakeholderId: string; role: RaciRole }[]): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  let accountableAt: number | null = null;
  rows.forEach((row, i) => {
    if (seen.has(row.stakeholderId))
      errors.push({
        path: `body.rows.${i}.stakeholderId`,
        message: 'This person is already in the matrix: give them one role',
      });
    seen.add(row.stakeholderId);
    if (row.role === 'A') {
      if (accountableAt !== null)
        errors.push({
          path: `body.rows.${i}.role`,
          message: `Only one person can be Accountable (row ${accountableAt + 1} already is)`,
        });
      else accountableAt = i;
    }
  });
  return errors;
}
