import { Badge, Grid, Group, Paper, Skeleton, Stack, Title } from '@mantine/core';
import { IconBooks } from '@tabler/icons-react';
import { isApiError } from '../../lib/api';
import { ApplicabilitySection } from '../applicability';
import { AsOfClausesCard } from '../clauses';
import { DiscussionSection } from '../collaboration';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { ButtonLink } from '../../ui/router-links';
import { PolicyActions } from './PolicyActions';
import { PolicyBackLink } from './PolicyBackLink';
import { PolicyStatusBadge, RestrictedBadge } from './PolicyBadges';
import { PolicyDetailsCard } from './PolicyDetailsCard';
import { OverlapsCard } from './OverlapsCard';
import { PolicyTextPanel } from './PolicyTextPanel';
import { ReferencesCard } from './ReferencesCard';
import { VersionTimeline } from './VersionTimeline';
import { todayIso } from './policy-labels';
import { usePolicy } from './usePolicies';
import { usePolicyVersions } from './usePolicyVersions';

export interface PolicyDetailViewProps {
  /** Slug (or id) from the URL. */
  policyRef: string;
  /** YYYY-MM-DD; today when absent. */
  asOf: string | undefined;
  onAsOfChange: (date: string | undefined) => void;
  /** Market id whose effective dates apply; every market's default dates when absent. */
  market: string | undefined;
  onMarketChange: (market: string | undefined) => void;
}

/** 404 and "not allowed to know" look the same, on purpose. */
export function PolicyNotFound() {
  return (
    <>
      <PageHeader title="Policy not found" above={<PolicyBackLink />} />
      <EmptyState
        icon={<IconBooks size={24} />}
        title="This policy does not exist or you do not have access"
        description="It may have been renamed, or it is restricted to its members."
        action={
          <ButtonLink to="/policies" variant="default">
            Back to Policies
          </ButtonLink>
        }
      />
    </>
  );
}

/** A policy: the text in force on any date, its details and its version history. */
export function PolicyDetailView({ policyRef, asOf, onAsOfChange, market, onMarketChange }: PolicyDetailViewProps) {
  const query = usePolicy(policyRef);
  const versions = usePolicyVersions(policyRef, { enabled: query.isSuccess });
  const today = todayIso();

  if (query.isPending) {
    return (
      <>
        <PageHeader title="Policy" above={<PolicyBackLink />} />
        <Stack role="status" aria-label="Loading policy">
          <Skeleton height={28} width="40%" />
          <Skeleton height={320} />
        </Stack>
      </>
    );
  }
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404) return <PolicyNotFound />;
    return (
      <>
        <PageHeader title="Policy" above={<PolicyBackLink />} />
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} retrying={query.isRefetching} />
      </>
    );
  }

  const policy = query.data;
  return (
    <>
      <PageHeader
        title={policy.title}
        documentTitle={`${policy.title} policy`}
        above={<PolicyBackLink />}
        actions={<PolicyActions policy={policy} canCompare={(versions.data?.length ?? 0) >= 2} />}
      />
      <Group gap="xs" mb="lg" mt={-8}>
        <PolicyStatusBadge status={policy.status} />
        {policy.restricted ? <RestrictedBadge /> : null}
        {policy.tags.map((tag) => (
          <Badge key={tag} variant="outline" color="gray" fw={500}>
            #{tag}
          </Badge>
        ))}
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <PolicyTextPanel
            policyRef={policy.slug}
            date={asOf ?? today}
            onDateChange={(date) => onAsOfChange(date === today ? undefined : date)}
            market={market}
            onMarketChange={onMarketChange}
            versions={versions.data}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <Paper withBorder p="md" component="section" aria-labelledby="policy-details-heading">
              <Title order={2} size="h3" id="policy-details-heading" mb="sm">
                Details
              </Title>
              <PolicyDetailsCard policy={policy} />
            </Paper>
            <AsOfClausesCard policyRef={policy.slug} date={asOf ?? today} market={market} />
            <Paper withBorder p="md" component="section" aria-labelledby="policy-references-heading">
              <Title order={2} size="h3" id="policy-references-heading" mb="sm">
                References
              </Title>
              <ReferencesCard policyRef={policy.slug} />
            </Paper>
            <Paper withBorder p="md" component="section" aria-labelledby="policy-overlaps-heading">
              <Title order={2} size="h3" id="policy-overlaps-heading" mb="sm">
                Possible overlaps
              </Title>
              <OverlapsCard policyRef={policy.slug} />
            </Paper>
            <Paper withBorder p="md" component="section" aria-labelledby="policy-versions-heading">
              <Title order={2} size="h3" id="policy-versions-heading" mb="sm">
                Versions
              </Title>
              <VersionTimeline
                policyRef={policy.slug}
                versions={versions.data}
                loading={versions.isPending}
                error={versions.isError ? versions.error : null}
                onRetry={() => void versions.refetch()}
                canDraft={policy.abilities.draft}
              />
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
      <ApplicabilitySection policyRef={policy.slug} canEdit={policy.abilities.update} />
      <DiscussionSection target={{ type: 'policy', id: policy.id }} noun="policy" />
    </>
  );
}
