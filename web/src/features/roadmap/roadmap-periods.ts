import { fiscalQuarterLabel, fiscalYearLabel, parsePeriodKey, quartersOf } from '@policyops/contracts';
import type { PlanningSettings } from '@policyops/contracts';

export interface PeriodOption {
  value: string;
  label: string;
}

/** The fiscal years around today (last, this, next two) and their quarters, grouped by year for a Select. */
export function periodGroups(settings: PlanningSettings, withYears = true): { group: string; items: PeriodOption[] }[] {
  const current = parsePeriodKey(settings.currentYear.key)?.year ?? new Date().getUTCFullYear();
  const currentQuarter = settings.currentQuarter.key;
  return [current - 1, current, current + 1, current + 2].map((year) => ({
    group: fiscalYearLabel(year),
    items: [
      ...(withYears ? [{ value: `FY${year}`, label: `${fiscalYearLabel(year)} (whole year)` }] : []),
      ...quartersOf(year, settings.fiscalYearStartMonth).map((q) => {
        const value = `FY${year}-Q${q.quarter}`;
        return { value, label: `${fiscalQuarterLabel(q)}${value === currentQuarter ? ' · now' : ''}` };
      }),
    ],
  }));
}

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
