import { Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
// A leaf module of the policy feature (not its index, which renders this card).
import { usePolicyAsOf } from '../policies/usePolicyVersions';
import { ClauseDrawer } from './ClauseDrawer';
import { ClauseOutline } from './ClauseOutline';
import { GoToClause } from './GoToClause';
import { useClauseParam } from './useClauses';

export interface ClausesCardProps {
  policyRef: string;
  /** The version shown beside the card; null when there is none (nothing in force that day). */
  version: { id: string; label: string } | null;
}

/**
 * "Sections & clauses" of the version on screen: go to a cited clause, browse the numbered
 * outline, and open a clause's history across versions (kept in `?clause=` for links).
 */
export function ClausesCard({ policyRef, version }: ClausesCardProps) {
  const headingId = useId();
  const [clause, setClause] = useClauseParam();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="baseline" mb="sm" gap="xs">
        <Title order={2} size="h3" id={headingId}>
          Sections & clauses
        </Title>
        {version ? (
          <Text size="xs" c="dimmed">
            Version {version.label}
          </Text>
        ) : null}
      </Group>
      <Stack gap="md">
        <GoToClause policyRef={policyRef} versionId={version?.id} versionLabel={version?.label} onOpen={setClause} />
        {version ? (
          <ClauseOutline
            policyRef={policyRef}
            versionId={version.id}
            versionLabel={version.label}
            activeAnchorId={clause}
            onOpen={setClause}
          />
        ) : (
          <Text size="sm" c="dimmed">
            No version was in force on this date, so there is no numbering to show.
          </Text>
        )}
      </Stack>
      <ClauseDrawer policyRef={policyRef} anchorId={clause} inVersion={version?.id} onClose={() => setClause(null)} />
    </Paper>
  );
}

/** The card for the policy page: the outline of the version in force on `date` (YYYY-MM-DD). */
export function AsOfClausesCard({
  policyRef,
  date,
  market,
}: {
  policyRef: string;
  date: string;
  market?: string | undefined;
}) {
  const asOf = usePolicyAsOf(policyRef, date, { market });
  if (asOf.isPending) return <Skeleton height={180} radius="md" aria-label="Loading sections and clauses" />;
  // A failure is reported by the text panel, which runs the same query.
  if (asOf.isError) return null;
  return (
    <ClausesCard policyRef={policyRef} version={asOf.data ? { id: asOf.data.id, label: asOf.data.label } : null} />
  );
}
