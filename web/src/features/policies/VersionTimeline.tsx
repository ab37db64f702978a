import { Group, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import type { PolicyVersionListItem } from '@policyops/contracts';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { AnchorLink } from '../../ui/router-links';
import { VersionStateBadge } from './PolicyBadges';
import { formatIsoDate, marketStateTexts } from './policy-labels';
import classes from './VersionTimeline.module.css';

export interface VersionTimelineProps {
  policyRef: string;
  /** Newest first. */
  versions: PolicyVersionListItem[] | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  canDraft: boolean;
}

/** Every version of a policy, newest first, each linking to its page and to what changed. */
export function VersionTimeline({ policyRef, versions, loading, error, onRetry, canDraft }: VersionTimelineProps) {
  if (loading) {
    return (
      <Stack gap="sm" role="status" aria-label="Loading versions">
        {Array.from({ length: 3 }, (_, i) => (
          <Skeleton key={i} height={64} />
        ))}
      </Stack>
    );
  }
  if (error) return <ErrorAlert error={error} onRetry={onRetry} />;
  if (!versions || versions.length === 0) {
    return (
      <EmptyState
        icon={<IconHistory size={24} />}
        title="No versions yet"
        description={
          canDraft
            ? 'Start the first version with New draft.'
            : 'Someone who drafts policies can start the first version.'
        }
      />
    );
  }
  return (
    <ol className={classes.timeline}>
      {versions.map((version, index) => {
        const previous = versions[index + 1];
        return (
          <li key={version.id} className={classes.item} data-state={version.state}>
            <Group gap="xs" justify="space-between" wrap="nowrap">
              <AnchorLink
                to="/policies/$policyId/versions/$versionId"
                params={{ policyId: policyRef, versionId: version.id }}
                fw={600}
                size="sm"
              >
                Version {version.label}
              </AnchorLink>
              <VersionStateBadge state={version.state} effectiveDate={version.effectiveDate} />
            </Group>
            <Text size="xs" c="dimmed" mt={2}>
              {version.effectiveDate
                ? `${version.state === 'scheduled' ? 'Takes effect' : 'Effective'} ${formatIsoDate(version.effectiveDate)}`
                : 'No effective date yet'}
              {version.marketDates.map((d) => ` · ${d.marketName} ${formatIsoDate(d.effectiveDate)}`).join('')}
            </Text>
            <Text size="xs" c="dimmed">
              {version.author ? `By ${version.author.name}, ` : ''}
              <RelativeTime value={version.createdAt} />
            </Text>
            {marketStateTexts(version.state, version.marketStates).map((market) => (
              <Text key={market.marketId} size="xs" c="dimmed">
                {market.text}
              </Text>
            ))}
            {version.changeSummary ? (
              <Text size="sm" mt={4} style={{ overflowWrap: 'anywhere' }}>
                {version.changeSummary}
              </Text>
            ) : null}
            {previous ? (
              <AnchorLink
                to="/policies/$policyId/diff"
                params={{ policyId: policyRef }}
                search={{ from: previous.id, to: version.id }}
                size="xs"
                mt={4}
                display="inline-block"
              >
                Compare with previous
                <VisuallyHidden>
                  {' '}
                  ({previous.label} to {version.label})
                </VisuallyHidden>
              </AnchorLink>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
