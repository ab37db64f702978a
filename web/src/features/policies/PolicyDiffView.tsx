import { Alert, Group, Select, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconArrowsDiff } from '@tabler/icons-react';
import type { PolicyRedline } from '@policyops/contracts';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { isApiError } from '../../lib/api';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { PolicyBackLink } from './PolicyBackLink';
import { PolicyNotFound } from './PolicyDetailView';
import { RedlineSections, foldKeyOfSection, type RedlineLayout } from './RedlineSections';
import { RedlineToolbar } from './RedlineToolbar';
import { VERSION_STATE_LABELS } from './policy-labels';
import type { PolicyDiffSearch } from './policy-search';
import { redlineStops, sectionElementId } from './redline-view';
import { usePolicy } from './usePolicies';
import { usePolicyRedline } from './usePolicyRedline';
import { usePolicyVersions } from './usePolicyVersions';

export interface PolicyDiffViewProps {
  policyRef: string;
  search: PolicyDiffSearch;
  onSearchChange: (next: PolicyDiffSearch) => void;
}

function Loading({ label }: { label: string }) {
  return (
    <Stack gap="xs" role="status" aria-label={label}>
      {Array.from({ length: 8 }, (_, i) => (
        <Skeleton key={i} height={14} />
      ))}
    </Stack>
  );
}

/** Moves focus to an element of the redline and brings it into view (below the sticky bar). */
function land(id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  element.focus({ preventScroll: true });
  // A section heading goes to the top (below the sticky bar); a clause to the middle, with context.
  element.scrollIntoView({ block: id.includes('-c') ? 'center' : 'start' });
}

/** The redline itself: the sticky bar, then the aligned sections, navigable by keyboard. */
function Redline({ policyRef, redline }: { policyRef: string; redline: PolicyRedline }) {
  const [layout, setLayout] = useState<RedlineLayout>('inline');
  const [opened, setOpened] = useState<Set<string>>(() => new Set());
  const [current, setCurrent] = useState(-1);
  // The section the reader is going to (always rendered) and the element to land on once it is.
  const [need, setNeed] = useState(0);
  const [pending, setPending] = useState<string | null>(null);
  const stops = useMemo(() => redlineStops(redline.sections), [redline]);
  const open = useCallback((key: string) => setOpened((prev) => new Set(prev).add(key)), []);
  // `need` renders the target in the same pass as `pending` is set, so it exists by now.
  useEffect(() => {
    if (!pending) return;
    land(pending);
    setPending(null);
  }, [pending]);

  const go = useCallback(
    (step: 1 | -1) => {
      if (stops.length === 0) return;
      const next = current < 0 ? (step === 1 ? 0 : stops.length - 1) : (current + step + stops.length) % stops.length;
      setCurrent(next);
      setNeed(stops[next]!.section);
      setPending(stops[next]!.id);
    },
    [current, stops],
  );
  const jump = (section: number) => {
    const key = foldKeyOfSection(redline, section);
    if (key) open(key);
    setNeed(section);
    setPending(sectionElementId(section));
    const first = stops.findIndex((s) => s.section >= section);
    setCurrent(first === -1 ? current : first - 1);
  };
  // Another layout draws other elements at other heights: land on the change the reader is on again.
  const changeLayout = (next: RedlineLayout) => {
    setLayout(next);
    if (current >= 0) setPending(stops[current]!.id);
  };
  useHotkeys([
    ['n', () => go(1)],
    ['j', () => go(1)],
    ['p', () => go(-1)],
    ['k', () => go(-1)],
  ]);

  return (
    <Stack gap="md">
      <RedlineToolbar
        policyRef={policyRef}
        redline={redline}
        layout={layout}
        onLayoutChange={changeLayout}
        current={current}
        total={stops.length}
        onPrevious={() => go(-1)}
        onNext={() => go(1)}
        onJump={jump}
      />
      <VisuallyHidden role="status">
        {current >= 0 ? `Change ${current + 1} of ${stops.length}: ${stops[current]!.label}` : ''}
      </VisuallyHidden>
      {redline.coarse ? (
        <Alert color="yellow" variant="light" title="Compared more coarsely">
          {redline.coarseReason}
        </Alert>
      ) : null}
      {redline.sections.length === 0 ? (
        <Text c="dimmed">The two versions have the same text.</Text>
      ) : (
        <RedlineSections redline={redline} layout={layout} opened={opened} onOpen={open} need={need} />
      )}
    </Stack>
  );
}

/**
 * Two versions compared as a legal redline: sections and clauses aligned by their anchors (so
 * renumbered and moved clauses are matched), then the words of each clause; rendered as formatted
 * text with insertions and deletions marked.
 */
export function PolicyDiffView({ policyRef, search, onSearchChange }: PolicyDiffViewProps) {
  const policy = usePolicy(policyRef);
  const versions = usePolicyVersions(policyRef);
  const list = versions.data ?? [];
  const to = search.to ?? list[0]?.id;
  const from = search.from ?? list.find((v) => v.id !== to)?.id;
  const redline = usePolicyRedline(policyRef, from, to);

  if (policy.isError && isApiError(policy.error) && policy.error.status === 404) return <PolicyNotFound />;
  const policyTitle = policy.data?.title;
  const header = (
    <PageHeader
      title={policyTitle ? `${policyTitle}: compare versions` : 'Compare versions'}
      documentTitle={policyTitle ? `Compare versions · ${policyTitle} policy` : 'Compare versions'}
      above={<PolicyBackLink policyRef={policyRef} title={policyTitle} />}
    />
  );

  if (versions.isPending) {
    return (
      <>
        {header}
        <Loading label="Loading versions" />
      </>
    );
  }
  if (versions.isError) {
    return (
      <>
        {header}
        <ErrorAlert error={versions.error} onRetry={() => void versions.refetch()} retrying={versions.isRefetching} />
      </>
    );
  }
  if (list.length < 2) {
    return (
      <>
        {header}
        <EmptyState
          icon={<IconArrowsDiff size={24} />}
          title="Nothing to compare yet"
          description="A policy needs at least two versions before they can be compared."
        />
      </>
    );
  }

  const options = list.map((v) => ({ value: v.id, label: `Version ${v.label} · ${VERSION_STATE_LABELS[v.state]}` }));
  let body;
  if (from === to) body = <Text c="dimmed">Pick two different versions to see what changed.</Text>;
  else if (redline.isPending) body = <Loading label="Comparing the versions" />;
  else if (redline.isError)
    body = <ErrorAlert error={redline.error} onRetry={() => void redline.refetch()} retrying={redline.isRefetching} />;
  else body = <Redline key={`${from}:${to}`} policyRef={policyRef} redline={redline.data} />;

  return (
    <>
      {header}
      <Group gap="sm" align="flex-end" mb="lg" wrap="wrap">
        <Select
          label="From version"
          description="The older text"
          data={options}
          value={from ?? null}
          onChange={(value) => value && onSearchChange({ from: value, to })}
          allowDeselect={false}
          w={260}
        />
        <Select
          label="To version"
          description="The newer text"
          data={options}
          value={to ?? null}
          onChange={(value) => value && onSearchChange({ from, to: value })}
          allowDeselect={false}
          w={260}
        />
      </Group>
      {body}
    </>
  );
}
