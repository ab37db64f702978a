import type { CrScore, CrScoringInputs, CrScoringModel, ScoringInput } from '@policyops/contracts';

// The edit dialog's live score: the same sum the server works out (server/.../cr-scoring.ts), so the
// person sees the score before saving. The server's reply stays the truth once saved.

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

export function previewScore(inputs: CrScoringInputs | null, model: CrScoringModel): CrScore {
  const formula = sum(model, (input) => input);
  if (inputs === null) return { value: null, formula, worked: 'not scored yet' };
  const e = model.exponents;
  const raw =
    (inputs.severity ** e.severity * inputs.reach ** e.reach * inputs.urgency ** e.urgency) / inputs.effort ** e.effort;
  const value = Math.round(raw * 100) / 100;
  return { value, formula, worked: `${sum(model, (input) => String(inputs[input]))} = ${value}` };
}
