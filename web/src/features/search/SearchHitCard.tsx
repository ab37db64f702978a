import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { DecisionHit, PolicyVersionHit, SearchHit } from '@policyops/contracts';
import { DecisionBadges } from '../decisions/DecisionBadges';
import { AnchorLink } from '../../ui/router-links';
// The small modules, not the policies index: that one reaches the Markdown renderer.
import { PolicyStatusBadge, VersionStateBadge } from '../policies/PolicyBadges';
import { formatIsoDate } from '../policies/policy-labels';
import classes from './SearchHitCard.module.css';

/** The text around a match; parts are plain text (React escapes them), matching runs in <mark>. */
export function SearchSnippet({ parts }: { parts: SearchHit['snippet'] }) {
  if (parts.length === 0) return null;
  return (
    <Text size="sm" className={classes.snippet}>
      {parts.map((part, i) =>
        part.highlight ? (
          <mark key={i} className={classes.mark}>
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </Text>
  );
}

/** One search result: a policy version or a decision. */
export function SearchHitCard({ hit }: { hit: SearchHit }) {
  return hit.kind === 'decision' ? <DecisionHitCard hit={hit} /> : <PolicyVersionHitCard hit={hit} />;
}

/** A decision of the register: its key, title, status and where in its text the words are. */
function DecisionHitCard({ hit }: { hit: DecisionHit }) {
  const { decision } = hit;
  return (
    <Paper component="article" withBorder p="md">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Title order={2} size="h3" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
            <AnchorLink to="/decisions/$decisionId" params={{ decisionId: decision.id }} inherit>
              {decision.key} {decision.title}
            </AnchorLink>
          </Title>
          <DecisionBadges
            status={decision.status}
            partlySuperseded={decision.partlySuperseded}
            revisitDue={decision.revisitDue}
          />
        </Group>
        <Text size="sm" c="dimmed">
          Decision{decision.decisionDate ? ` · decided ${formatIsoDate(decision.decisionDate)}` : ' · not decided yet'}
        </Text>
        <SearchSnippet parts={hit.snippet} />
      </Stack>
    </Paper>
  );
}

/** A policy version: the policy, the version that matched, and where in its text. */
function PolicyVersionHitCard({ hit }: { hit: PolicyVersionHit }) {
  const { policy, version } = hit;
  return (
    <Paper component="article" withBorder p="md">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Title order={2} size="h3" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
            <AnchorLink to="/policies/$policyId" params={{ policyId: policy.slug }} inherit>
              {policy.title}
            </AnchorLink>
          </Title>
          <PolicyStatusBadge status={policy.status} />
        </Group>
        <Group gap="xs" wrap="wrap">
          <Text size="sm" c="dimmed">
            {policy.areaName}
          </Text>
          <Text size="sm" c="dimmed" aria-hidden>
            ·
          </Text>
          <AnchorLink
            to="/policies/$policyId/versions/$versionId"
            params={{ policyId: policy.slug, versionId: version.id }}
            size="sm"
            aria-label={`${policy.title}, version ${version.label}`}
          >
            Version {version.label}
          </AnchorLink>
          <VersionStateBadge state={version.state} />
          <Text size="sm" c="dimmed">
            {version.effectiveDate ? `Effective ${formatIsoDate(version.effectiveDate)}` : 'No effective date'}
          </Text>
        </Group>
        <SearchSnippet parts={hit.snippet} />
      </Stack>
    </Paper>
  );
}
