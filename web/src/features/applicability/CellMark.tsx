import { IconCheck, IconMinus, IconX } from '@tabler/icons-react';
import type { ApplicabilityState } from '@policyops/contracts';
import classes from './ApplicabilityGrid.module.css';

export interface CellMarkProps {
  state: ApplicabilityState | null;
  inherited?: boolean;
  /** The note's footnote number, for "differs". */
  footnote?: number | undefined;
}

/**
 * The compact picture of one cell: a check, a cross, or the number of the note that says how
 * it differs; filled when set here, outlined when inherited. Decorative: the cell names itself.
 */
export function CellMark({ state, inherited, footnote }: CellMarkProps) {
  if (!state) {
    return (
      <span className={classes.mark} data-state="unset" aria-hidden>
        <IconMinus size={14} stroke={1.5} />
      </span>
    );
  }
  return (
    <span className={classes.mark} data-state={state} data-inherited={inherited || undefined} aria-hidden>
      {state === 'applies' ? <IconCheck size={15} stroke={2.5} /> : null}
      {state === 'does_not_apply' ? <IconX size={14} stroke={2.25} /> : null}
      {state === 'differs' ? (footnote ?? '≠') : null}
    </span>
  );
}
