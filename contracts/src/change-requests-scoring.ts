import type { CrScore, CrScoringInputs, CrScoringModel, ScoringInput } from './change-requests.contract.js';

// The change-request score (issue 10, item 4), in one place for the server (which stores and ranks by
// it) and the web (which previews it while a person types): severity^a × reach^b × urgency^c ÷ effort^d,
// each input 1–5, the powers set per workspace (default all 1). A power of 0 leaves its input out.
// Two decimals; a CR without inputs has no score.

export const DEFAULT_CR_SCORING_MODEL: CrScoringModel = {
  exponents: { severity: 1, reach: 1, urgency: 1, effort: 1 },
};

const NUMERATOR: readonly ScoringInput[] = ['severity', 'reach', 'urgency'];
const SUPERSCRIPTS: Record<number, string> = { 2: '²', 3: '³' };

function powered(base: string, exponent: number): string {
  if (exponent === 1) return base;
  return SUPERSCRIPTS[exponent] ? `${base}${SUPERSCRIPTS[exponent]}` : `${base}^${exponent}`;
}

function sum(model: CrScoringModel, term: (input: ScoringInput) => string): string {
  const top = NUMERATOR.filter((input) => model.exponents[input] !== 0).map((input) =>
    powered(term(input), model.exponents[input]),
  );
  const numerator = top.length > 0 ? top.join(' × ') : '1';
  const effort = model.exponents.effort;
  return effort === 0 ? numerator : `${numerator} ÷ ${powered(term('effort'), effort)}`;
}

/** The model in words, shown beside every score: "severity × reach × urgency ÷ effort". */
export function scoringFormula(model: CrScoringModel): string {
  return sum(model, (input) => input);
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** A CR's score under the workspace model, with the sum worked out in its own numbers. */
export function crScore(inputs: CrScoringInputs | null, model: CrScoringModel): CrScore {
  const formula = scoringFormula(model);
  if (inputs === null) return { value: null, formula, worked: 'not scored yet' };
  const e = model.exponents;
  const value = round2(
    (inputs.severity ** e.severity * inputs.reach ** e.reach * inputs.urgency ** e.urgency) / inputs.effort ** e.effort,
  );
  return { value, formula, worked: `${sum(model, (input) => String(inputs[input]))} = ${value}` };
}
