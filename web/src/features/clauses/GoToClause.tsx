import { ActionIcon, TextInput } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useState } from 'react';
import { isApiError } from '../../lib/api';
import { describeError } from '../../lib/problem-feedback';
import { CLAUSE_REF } from './clause-search';
import { useResolveClause } from './useClauses';

export interface GoToClauseProps {
  policyRef: string;
  /** The version whose numbering "3.2" refers to; the one in force today when absent. */
  versionId: string | undefined;
  versionLabel: string | undefined;
  onOpen: (anchorId: string) => void;
}

const MALFORMED = 'Use a clause number such as 3.2 or an anchor id such as c-AbC123xY';

/** What the API said, as a sentence under the field. */
function messageOf(error: unknown, clause: string, versionLabel: string | undefined): string {
  if (isApiError(error) && error.status === 404) {
    return error.detail ?? `${versionLabel ? `Version ${versionLabel}` : 'This policy'} has no clause ${clause}`;
  }
  if (isApiError(error) && error.status === 400) return error.fieldErrors['params.clause'] ?? error.detail ?? MALFORMED;
  const { title, detail } = describeError(error);
  return detail ? `${title}: ${detail}` : title;
}

/** "Go to clause 3.2": opens a cited clause (or anchor id) without scrolling the outline. */
export function GoToClause({ policyRef, versionId, versionLabel, onOpen }: GoToClauseProps) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const resolve = useResolveClause(policyRef, versionId);

  const submit = () => {
    const clause = value.trim().replace(/^§\s*/, '');
    if (!clause) return setError('Type a clause number such as 3.2');
    if (!CLAUSE_REF.test(clause)) return setError(MALFORMED);
    setError(null);
    resolve.mutate(clause, {
      onSuccess: (history) => onOpen(history.anchorId),
      onError: (failure) => setError(messageOf(failure, clause, versionLabel)),
    });
  };

  return (
    <form
      role="search"
      aria-label="Go to a clause"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <TextInput
        label="Go to clause"
        description={
          versionLabel ? `A number in version ${versionLabel}, or an anchor id` : 'A clause number or an anchor id'
        }
        placeholder="3.2"
        value={value}
        onChange={(event) => {
          setValue(event.currentTarget.value);
          if (error) setError(null);
        }}
        error={error}
        autoComplete="off"
        spellCheck={false}
        rightSection={
          <ActionIcon type="submit" variant="subtle" aria-label="Open the clause" loading={resolve.isPending}>
            <IconArrowRight size={16} aria-hidden />
          </ActionIcon>
        }
      />
    </form>
  );
}
