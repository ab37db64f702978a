import { AppError } from '../../http/app-error.js';

/** The next minor label after the given one: 1.2 -> 1.3, 1.9 -> 1.10; none -> 1.0. */
export function nextMinorLabel(label: string | undefined): string {
  if (!label) return '1.0';
  const [major, minor] = label.split('.').map(Number);
  return `${major}.${(minor ?? 0) + 1}`;
}

/** Orders labels numerically (1.10 after 1.9). */
export function compareLabels(a: string, b: string): number {
  const [am, an] = a.split('.').map(Number);
  const [bm, bn] = b.split('.').map(Number);
  return am! - bm! || an! - bn!;
}

/** A policy's labels are unique: the refusal of one already used, on a new draft or an edit. */
export function labelTaken(label: string): AppError {
  return new AppError('ALREADY_EXISTS', `Version ${label} already exists`, [
    { path: 'body.label', message: 'This policy already has a version with this label' },
  ]);
}
