import { Button, CopyButton, Group, SegmentedControl, Select, Skeleton, Stack, Text } from '@mantine/core';
import { IconArrowsDiff, IconCheck, IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { isApiError } from '../../lib/api';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { DiffInline, DiffSideBySide, DiffStats } from './DiffText';
import { PolicyBackLink } from './PolicyBackLink';
import { PolicyNotFound } from './PolicyDetailView';
import { VERSION_STATE_LABELS } from './policy-labels';
import type { PolicyDiffSearch } from './policy-search';
import { usePolicy } from './usePolicies';
import { usePolicyDiff, usePolicyVersions } from './usePolicyVersions';

export interface PolicyDiffViewProps {
  policyRef: string;
  search: PolicyDiffSearch;
  onSearchChange: (next: PolicyDiffSearch) => void;
}

type Layout = 'inline' | 'side';

function Loading({ label }: { label: string }) {
  return (
    <Stack gap="xs" role="status" aria-label={label}>
      {Array.from({ length: 8 }, (_, i) => (
        <Skeleton key={i} height={14} />
      ))}
    </Stack>
  );
}

/** What changed between two versions, word by word, inline or side by side. */
export function PolicyDiffView({ policyRef, search, onSearchChange }: PolicyDiffViewProps) {
  const policy = usePolicy(policyRef);
  const versions = usePolicyVersions(policyRef);
  const [layout, setLayout] = useState<Layout>('inline');
  const list = versions.data ?? [];
  const to = search.to ?? list[0]?.id;
  const from = search.from ?? list.find((v) => v.id !== to)?.id;
  const diff = usePolicyDiff(policyRef, from, to);

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
  const labelOf = (id: string | undefined) => list.find((v) => v.id === id)?.label ?? '?';

  let body;
  if (from === to) {
    body = <Text c="dimmed">Pick two different versions to see what changed.</Text>;
  } else if (diff.isPending) {
    body = <Loading label="Loading differences" />;
  } else if (diff.isError) {
    body = <ErrorAlert error={diff.error} onRetry={() => void diff.refetch()} retrying={diff.isRefetching} />;
  } else {
    const { parts, stats, unified } = diff.data;
    const unchanged = parts.every((p) => !p.added && !p.removed);
    body = (
      <Stack gap="md">
        <Group justify="space-between" gap="sm" wrap="wrap">
          <DiffStats added={stats.addedWords} removed={stats.removedWords} />
          <Group gap="xs">
            <SegmentedControl
              aria-label="Layout"
              value={layout}
              onChange={(value) => setLayout(value as Layout)}
              data={[
                { value: 'inline', label: 'Inline' },
                { value: 'side', label: 'Side by side' },
              ]}
            />
            <CopyButton value={unified} timeout={2000}>
              {({ copied, copy }) => (
                <Button
                  variant="default"
                  onClick={copy}
                  leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                >
                  {copied ? 'Copied' : 'Copy unified diff'}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Group>
        {unchanged ? (
          <Text c="dimmed">The two versions have the same text.</Text>
        ) : layout === 'inline' ? (
          <DiffInline parts={parts} />
        ) : (
          <DiffSideBySide parts={parts} fromLabel={labelOf(from)} toLabel={labelOf(to)} />
        )}
      </Stack>
    );
  }

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
