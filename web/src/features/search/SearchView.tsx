import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconMoodEmpty, IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { SearchFilters } from './SearchFilters';
import { SearchHitCard } from './SearchHitCard';
import { CLEARED_FILTERS, hasSearchFilters } from './search-params';
import type { SearchPageSearch } from './search-params';
import { SEARCH_LIMIT, useSearchResults } from './useSearch';

export interface SearchViewProps {
  search: SearchPageSearch;
  /** Merges these values into the URL; absent values clear them. */
  onSearchChange: (patch: SearchPageSearch) => void;
}

function resultLine(count: number, tookMs: number, broad: boolean, history: boolean): string {
  const found = count >= SEARCH_LIMIT ? `Top ${count} results` : `${count} ${count === 1 ? 'result' : 'results'}`;
  const searched = history ? ' in every version' : ' in the versions in force and open drafts';
  // The server ranked only the newest matches of a very common word: say so, and how to do better.
  const scope = broad ? ', among the 5,000 most recent matching versions; add words to narrow' : '';
  return `${found}${searched}${scope} (${Math.round(tookMs)} ms)`;
}

/**
 * Full-text search of the policy library. The words box keeps its own state and reports to
 * the URL (the source of truth) after a pause; the filters report at once.
 */
export function SearchView({ search, onSearchChange }: SearchViewProps) {
  const urlQ = search.q ?? '';
  const [text, setText] = useState(urlQ);
  const [debounced] = useDebouncedValue(text.trim(), 250);
  // The words last sent to (or read from) the URL, so that each side only follows the other's changes.
  const synced = useRef(urlQ);

  useEffect(() => {
    if (debounced === synced.current) return;
    synced.current = debounced;
    onSearchChange({ q: debounced || undefined });
  }, [debounced, onSearchChange]);

  // The URL changed from elsewhere (back button, the command palette): show its words.
  useEffect(() => {
    if (urlQ === synced.current) return;
    synced.current = urlQ;
    setText(urlQ);
  }, [urlQ]);

  const rangeError =
    search.from && search.to && search.from > search.to ? 'Must be on or after the start date' : undefined;
  const filtered = hasSearchFilters(search);
  const results = useSearchResults(search, { enabled: !rangeError });

  let body;
  if (!urlQ) {
    body = (
      <EmptyState
        icon={<IconSearch size={24} />}
        title="Search the policy library"
        description="Type words from a policy's title or text. Search looks in the versions in force today and in open drafts; include earlier versions to search the whole history. Narrow the results with the filters: area, status, where the policy applies, and the dates a version took effect."
      />
    );
  } else if (rangeError) {
    body = null;
  } else if (results.isPending) {
    body = <TableSkeleton rows={4} label="Searching" />;
  } else if (results.isError) {
    body = <ErrorAlert error={results.error} onRetry={() => void results.refetch()} retrying={results.isRefetching} />;
  } else if (results.data.items.length === 0) {
    body = (
      <EmptyState
        icon={<IconMoodEmpty size={24} />}
        title="No matches"
        description={
          filtered
            ? 'Nothing matches these words with these filters. Try fewer filters or other words.'
            : search.history
              ? 'Nothing matches these words in any version. Try fewer or other words.'
              : 'Nothing matches these words in the versions in force or open drafts. Try fewer or other words, or earlier versions.'
        }
        action={
          filtered || !search.history ? (
            <Group gap="sm" justify="center">
              {search.history ? null : (
                <Button variant="default" onClick={() => onSearchChange({ history: true })}>
                  Include earlier versions
                </Button>
              )}
              {filtered ? (
                <Button variant="default" onClick={() => onSearchChange(CLEARED_FILTERS)}>
                  Clear filters
                </Button>
              ) : null}
            </Group>
          ) : null
        }
      />
    );
  } else {
    body = (
      <Stack component="ul" role="list" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Search results">
        {results.data.items.map((hit) => (
          <li key={hit.kind === 'decision' ? `decision:${hit.decision.id}` : `${hit.policy.id}:${hit.version.id}`}>
            <SearchHitCard hit={hit} />
          </li>
        ))}
      </Stack>
    );
  }

  const showCount = Boolean(urlQ) && !rangeError && results.isSuccess;

  return (
    <>
      <PageHeader
        title="Search"
        description="Find words in the policies you can see (the text in force today and open drafts, or every version) and in the decision register."
      />
      <Stack gap="md">
        <TextInput
          label="Search policies"
          placeholder="e.g. coordinated inauthentic behaviour"
          type="search"
          size="lg"
          autoFocus
          leftSection={<IconSearch size={20} aria-hidden />}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          maxLength={200}
        />
        <SearchFilters value={search} onChange={onSearchChange} rangeError={rangeError} />
        <Text size="sm" c="dimmed" role="status" aria-live="polite" mih={20}>
          {showCount && results.data
            ? resultLine(results.data.items.length, results.data.tookMs, results.data.broad, Boolean(search.history))
            : ''}
        </Text>
        <div aria-busy={results.isFetching && !results.isPending ? true : undefined}>{body}</div>
      </Stack>
    </>
  );
}
