import { STAKEHOLDER_KINDS, TEAM_FUNCTIONS, type StakeholderKind, type TeamFunction } from '@policyops/contracts';

/** The directory's filters, kept in the URL so a filtered list can be shared and survives a reload. */
export interface StakeholderFilters {
  q?: string;
  function?: TeamFunction;
  region?: string;
  kind?: StakeholderKind;
  active?: boolean;
}

const text = (value: unknown, max: number) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, max) : undefined;

/** Reads the filters from the URL, dropping values the API would refuse. */
export function validateStakeholderSearch(search: Record<string, unknown>): StakeholderFilters {
  const out: StakeholderFilters = {};
  const q = text(search.q, 100);
  if (q) out.q = q;
  if (typeof search.function === 'string' && (TEAM_FUNCTIONS as readonly string[]).includes(search.function))
    out.function = search.function as TeamFunction;
  const region = text(search.region, 40);
  if (region) out.region = region;
  if (typeof search.kind === 'string' && (STAKEHOLDER_KINDS as readonly string[]).includes(search.kind))
    out.kind = search.kind as StakeholderKind;
  if (search.active === true || search.active === 'true') out.active = true;
  if (search.active === false || search.active === 'false') out.active = false;
  return out;
}
