import { Button, Group, Paper, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCalendarOff } from '@tabler/icons-react';
import type { PolicyVersionSummary } from '@policyops/contracts';
import { useState } from 'react';
import { MarketSelect, useApplicabilityDimensions } from '../applicability';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { AnchorLink } from '../../ui/router-links';
import { useClauseParam, useVersionOutline } from '../clauses';
import { MarkdownView } from './MarkdownView';
import { NumberedText } from './NumberedText';
import { formatIsoDate, todayIso } from './policy-labels';
import { usePolicy } from './usePolicies';
import { usePolicyAsOf } from './usePolicyVersions';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface PolicyTextPanelProps {
  policyRef: string;
  /** YYYY-MM-DD. */
  date: string;
  onDateChange: (date: string) => void;
  market: string | undefined;
  onMarketChange: (market: string | undefined) => void;
  /** The policy's versions (for explaining an empty date); undefined while they load. */
  versions: PolicyVersionSummary[] | undefined;
}

function NothingInForce({
  date,
  versions,
  marketName,
}: {
  date: string;
  versions: PolicyVersionSummary[] | undefined;
  marketName: string | undefined;
}) {
  if (marketName) {
    return (
      <EmptyState
        icon={<IconCalendarOff size={24} />}
        title={`Nothing was in force in ${marketName} on ${formatIsoDate(date)}`}
        description={`No live version had taken effect in ${marketName} by then. Choose All markets to see the dates that apply everywhere else.`}
      />
    );
  }
  const published = (versions ?? []).filter(
    (v) => (v.state === 'scheduled' || v.state === 'live' || v.state === 'superseded') && v.effectiveDate,
  );
  const first = published.map((v) => v.effectiveDate as string).sort()[0];
  let description = 'No version of this policy has been made live yet.';
  if (first && date < first) description = `The first version took effect on ${formatIsoDate(first)}.`;
  else if (first) description = 'No live version covered that date.';
  return (
    <EmptyState
      icon={<IconCalendarOff size={24} />}
      title={`Nothing was in force on ${formatIsoDate(date)}`}
      description={description}
    />
  );
}

/** The version's text with its § numbers in the margin, once the server's outline has arrived. */
function TextInForce({
  policyRef,
  version,
}: {
  policyRef: string;
  version: { id: string; label: string; body: string };
}) {
  const outline = useVersionOutline(policyRef, version.id);
  const policy = usePolicy(policyRef);
  const [clause, setClause] = useClauseParam();
  if (outline.isPending) {
    return (
      <Stack gap="xs" role="status" aria-label="Loading the clause numbers">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} height={14} />
        ))}
      </Stack>
    );
  }
  // Without the outline (it failed, or the text has no numbered blocks) the text is still readable.
  if (outline.isError || outline.data.entries.length === 0) return <MarkdownView markdown={version.body} />;
  return (
    <NumberedText
      policyRef={policyRef}
      policyTitle={policy.data?.title ?? policyRef}
      versionLabel={version.label}
      body={version.body}
      entries={outline.data.entries}
      activeRef={clause}
      onOpen={setClause}
    />
  );
}

/** "What did this policy say on date D": the text of the version in force then, rendered. */
export function PolicyTextPanel({
  policyRef,
  date,
  onDateChange,
  market,
  onMarketChange,
  versions,
}: PolicyTextPanelProps) {
  const [input, setInput] = useState(date);
  const [shownDate, setShownDate] = useState(date);
  // The date can also change from outside (back and forward in the history): follow it.
  if (date !== shownDate) {
    setShownDate(date);
    setInput(date);
  }
  const dims = useApplicabilityDimensions();
  const markets = dims.data?.markets ?? [];
  const marketName = market ? (markets.find((m) => m.id === market)?.name ?? 'this market') : undefined;
  const asOf = usePolicyAsOf(policyRef, date, { market });
  const today = todayIso();

  let body;
  if (asOf.isPending) {
    body = (
      <Stack gap="xs" role="status" aria-label="Loading the policy text">
        <Skeleton height={20} width="60%" />
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} height={14} />
        ))}
      </Stack>
    );
  } else if (asOf.isError) {
    body = <ErrorAlert error={asOf.error} onRetry={() => void asOf.refetch()} retrying={asOf.isRefetching} />;
  } else if (!asOf.data) {
    body = <NothingInForce date={date} versions={versions} marketName={marketName} />;
  } else {
    const version = asOf.data;
    const since = version.inForceSince;
    body = (
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          <AnchorLink
            to="/policies/$policyId/versions/$versionId"
            params={{ policyId: policyRef, versionId: version.id }}
            size="sm"
            underline="always"
          >
            Version {version.label}
          </AnchorLink>
          {since ? `, in force${marketName ? ` in ${marketName}` : ''} since ${formatIsoDate(since)}` : null}
          {version.changeSummary ? ` · ${version.changeSummary}` : null}
        </Text>
        <TextInForce policyRef={policyRef} version={version} />
      </Stack>
    );
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="policy-text-heading">
      <Group justify="space-between" align="flex-end" mb="md" gap="sm" wrap="wrap">
        <Title order={2} id="policy-text-heading">
          {date === today ? 'Text in force today' : `Text in force on ${formatIsoDate(date)}`}
          {marketName ? ` in ${marketName}` : null}
        </Title>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            type="date"
            label="As of"
            value={input}
            max="9999-12-31"
            onChange={(event) => {
              const next = event.currentTarget.value;
              setInput(next);
              if (ISO_DATE.test(next)) onDateChange(next);
            }}
            w={170}
          />
          <MarketSelect
            label="Market"
            placeholder="All markets"
            value={market}
            onChange={onMarketChange}
            withGlobal={false}
            w={210}
          />
          {date !== today ? (
            <Button
              variant="default"
              onClick={() => {
                setInput(today);
                onDateChange(today);
              }}
            >
              Today
            </Button>
          ) : null}
        </Group>
      </Group>
      {body}
    </Paper>
  );
}
