import type { ImportVersionPlan } from '@policyops/contracts';
import { compareLabels, nextMinorLabel } from '../policies/version-labels.js';
import { fileError } from './archive-files.js';
import type { PlannedVersion } from './import-plan.js';
import { countSections, flagShrink } from './version-flags.js';

/** What the import needs to know of a version already in the library. */
export interface ExistingVersion {
  label: string;
  state: string;
  effective_date: string | null;
  body: string;
}

const OPEN_STATES = new Set(['draft', 'in_review', 'approved']);
const isOpen = (state: string) => OPEN_STATES.has(state);

/**
 * The published version an imported file follows: the latest effective date, the later one of a
 * same-day pair. `existing` is in the order the library lists it (newest written first), so the
 * first of equals is the later publication.
 */
export function newestPublished<V extends ExistingVersion>(existing: V[]): V | undefined {
  let newest: V | undefined;
  for (const v of existing) {
    if (isOpen(v.state) || v.effective_date === null) continue;
    if (!newest || v.effective_date > newest.effective_date!) newest = v;
  }
  return newest;
}

/**
 * Labels for files that did not name one: the next free minor after the greatest label so far
 * (the library's, then each label given or allocated in file order), so that the next capture of
 * a policy continues its history (1.4 after 1.3) instead of starting again at 1.0.
 */
export function labelAllocator(existingLabels: string[], givenLabels: string[]) {
  const taken = new Set([...existingLabels, ...givenLabels]);
  let last = [...existingLabels].sort(compareLabels).at(-1);
  return {
    /** The label of the next file: its own when it gave one, else the next free one. */
    next(given: string | null): string {
      if (given) {
        if (!last || compareLabels(given, last) > 0) last = given;
        return given;
      }
      let label = nextMinorLabel(last);
      while (taken.has(label)) label = nextMinorLabel(label);
      taken.add(label);
      last = label;
      return label;
    },
  };
}

export interface PolicyVersionsPlan {
  plans: ImportVersionPlan[];
  /** The files to write, in order, with their final labels. */
  writes: PlannedVersion[];
}

/**
 * Decides, file by file, what an import does with one policy's versions given those already in the
 * library: identical files are unchanged; new ones continue the labels and are compared with the
 * version they follow (the newest published one, then the previous file written) for a sharp
 * shrink. Throws VALIDATION_FAILED (file named) for a label clash, a file dated before the newest
 * published version, or a second open version.
 */
export function planPolicyVersions(
  slug: string,
  files: PlannedVersion[],
  existing: ExistingVersion[],
  decisions: { confirmed: Set<string>; skipped: Set<string> },
): PolicyVersionsPlan {
  const newest = newestPublished(existing);
  const existingOpen = existing.find((v) => isOpen(v.state));
  const labels = labelAllocator(
    existing.map((v) => v.label),
    files.filter((v) => v.labelGiven).map((v) => v.label),
  );
  const latest = newest ?? existing[0];
  let previous: { file: string | null; body: string } | null = latest
    ? { file: `version ${latest.label} in the library`, body: latest.body }
    : null;
  const plans: ImportVersionPlan[] = [];
  const writes: PlannedVersion[] = [];
  for (const v of files) {
    const base = {
      file: v.file,
      state: v.state,
      effectiveDate: v.effectiveDate,
      chars: v.body.trim().length,
      sections: countSections(v.body),
    };
    const same = existing.find((e) => e.body === v.body && e.effective_date === v.effectiveDate);
    if (same) {
      plans.push({ ...base, label: same.label, action: 'unchanged', flag: null, decision: null });
      continue;
    }
    if (v.labelGiven && existing.some((e) => e.label === v.label))
      throw fileError(
        v.file,
        1,
        `${slug} already has a different version ${v.label}; give this file another version: label`,
      );
    if (v.effectiveDate && newest?.effective_date && v.effectiveDate < newest.effective_date)
      throw fileError(
        v.file,
        1,
        `${slug} already has versions in force up to ${newest.effective_date}; an import cannot insert an earlier version into its history`,
      );
    if (existingOpen && isOpen(v.state))
      throw fileError(
        v.file,
        1,
        `${slug} already has an open version ${existingOpen.label}; finish or discard it before importing another`,
      );
    const label = labels.next(v.labelGiven ? v.label : null);
    const flag = previous ? flagShrink(previous, v.body) : null;
    const decision = !flag
      ? null
      : decisions.skipped.has(v.file)
        ? 'skipped'
        : decisions.confirmed.has(v.file)
          ? 'confirmed'
          : 'pending';
    plans.push({ ...base, label, action: decision === 'skipped' ? 'skip' : 'create', flag, decision });
    if (decision === 'skipped') continue;
    previous = { file: v.file, body: v.body };
    writes.push({ ...v, label });
  }
  return { plans, writes };
}
