import { Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { COLLABORATION_ENTITY_TYPES, CR_STAGES, type CollaborationEntityType } from '@policyops/contracts';
import { IconArrowLeft, IconPencil, IconRocket } from '@tabler/icons-react';
import { useId, useState, type ReactNode } from 'react';
import { isApiError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { TableSkeleton } from '../../../ui/TableSkeleton';
import { AnchorLink } from '../../../ui/router-links';
import { DiscussionSection } from '../../collaboration';
import { MarkdownView } from '../../policies/MarkdownView';
import { ConflictsCard } from '../launch/ConflictsCard';
import { LaunchCard } from '../launch/LaunchCard';
import { ReviewsCard } from '../launch/ReviewsCard';
import { CrLaneBadge, CrOverdueBadge, CrStageBadge, crNumber } from './CrBadges';
import { CrDetailsCard } from './CrDetailsCard';
import { CrEditModal } from './CrEditModal';
import { MoveActions } from './MoveActions';
import { ProposedTextCard } from './ProposedTextCard';
import { SignOffsCard } from './SignOffsCard';
import { TimelineCard } from './TimelineCard';
import { useChangeRequest, useCrSettings, type CrDetail } from './cr-detail-queries';

const backLink = (
  <AnchorLink to="/change-requests" size="sm" style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
    <IconArrowLeft size={14} aria-hidden /> Change requests
  </AnchorLink>
);

/** Comments and watching, once the collaboration module knows change requests. */
const DISCUSSABLE = (COLLABORATION_ENTITY_TYPES as readonly string[]).includes('change_request');

function MarkdownCard({ title, markdown, empty }: { title: string; markdown: string; empty: string }) {
  const id = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="xs">
        {title}
      </Title>
      {markdown.trim() ? (
        <MarkdownView markdown={markdown} label={title} />
      ) : (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
    </Paper>
  );
}

const STAGE_ORDER = (stage: string) => CR_STAGES.indexOf(stage as (typeof CR_STAGES)[number]);

/** The conflict check matters from drafting up to the launch. */
const checksConflicts = (cr: CrDetail) =>
  STAGE_ORDER(cr.stage) >= STAGE_ORDER('drafting') && STAGE_ORDER(cr.stage) < STAGE_ORDER('launched');

export interface ChangeRequestDetailViewProps {
  changeRequestId: string;
  /** The adoption campaign's summary, mounted once launched (from the adoption feature). */
  campaign?: (changeRequestId: string) => ReactNode;
}

/** A change request's page: header with moves, the case, the text, sign-offs, launch, timeline, discussion. */
export function ChangeRequestDetailView({ changeRequestId, campaign }: ChangeRequestDetailViewProps) {
  const query = useChangeRequest(changeRequestId);
  const settings = useCrSettings();
  const [editing, setEditing] = useState(false);
  const [launching, setLaunching] = useState(false);

  if (query.isPending) return <TableSkeleton label="Loading the change request" rows={8} />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404)
      return (
        <EmptyState
          titleOrder={1}
          icon={<IconArrowLeft size={24} />}
          title="No such change request"
          description="It may not exist, or it changes a restricted policy you cannot see."
          action={backLink}
        />
      );
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} retrying={query.isRefetching} />;
  }
  const cr = query.data;
  const launched = Boolean(cr.launch?.launchedAt) || STAGE_ORDER(cr.stage) >= STAGE_ORDER('launched');
  return (
    <>
      <PageHeader
        title={`${crNumber(cr.number)} ${cr.title}`}
        documentTitle={`${crNumber(cr.number)} · ${cr.title}`}
        above={backLink}
        description={
          <Stack gap={6} component="span">
            <Group gap={6} component="span" wrap="wrap">
              <CrStageBadge stage={cr.stage} />
              <CrLaneBadge lane={cr.lane} reason={cr.laneReason} />
              {cr.overdue ? <CrOverdueBadge dueOn={cr.stageDueOn} /> : null}
              <Text span size="sm" c="dimmed">
                Owned by {cr.owner.name}
                {cr.dueDate ? ` · due ${formatDate(cr.dueDate)}` : ''}
                {!cr.overdue && cr.stageDueOn ? ` · stage due ${formatDate(cr.stageDueOn)}` : ''}
                {' · '}
              </Text>
              {cr.targetPolicy ? (
                <AnchorLink to="/policies/$policyId" params={{ policyId: cr.targetPolicy.slug }} size="sm">
                  {cr.targetPolicy.title}
                </AnchorLink>
              ) : (
                <Text span size="sm" c="dimmed">
                  New policy
                </Text>
              )}
            </Group>
            <Text span size="sm" c="dimmed">
              Why this lane: {cr.laneReason}
            </Text>
            <Text span size="sm">
              Score <strong>{cr.score.value ?? '—'}</strong>
              <Text span c="dimmed" size="sm">
                {' '}
                · {cr.score.formula} · {cr.score.worked}
              </Text>
            </Text>
          </Stack>
        }
        actions={
          <>
            {cr.abilities.launch ? (
              <Button leftSection={<IconRocket size={16} aria-hidden />} onClick={() => setLaunching(true)}>
                Launch…
              </Button>
            ) : null}
            <MoveActions cr={cr} />
            {cr.abilities.update ? (
              <Button
                variant="default"
                leftSection={<IconPencil size={16} aria-hidden />}
                onClick={() => setEditing(true)}
              >
                Edit
              </Button>
            ) : null}
          </>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <MarkdownCard title="Problem statement" markdown={cr.problemStatement} empty="No problem statement yet." />
            <MarkdownCard title="Proposal" markdown={cr.proposal} empty="No proposal yet." />
            <ProposedTextCard cr={cr} />
            <SignOffsCard cr={cr} settings={settings.data} />
            {checksConflicts(cr) ? <ConflictsCard cr={cr} /> : null}
            <LaunchCard
              cr={cr}
              settings={settings.data}
              campaign={launched && campaign ? campaign(cr.id) : null}
              open={launching}
              onOpenChange={setLaunching}
            />
            <ReviewsCard cr={cr} />
            <TimelineCard changeRequestId={cr.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <CrDetailsCard cr={cr} />
        </Grid.Col>
      </Grid>
      {DISCUSSABLE ? (
        <DiscussionSection
          target={{ type: 'change_request' as CollaborationEntityType, id: cr.id }}
          noun="change request"
        />
      ) : null}
      {editing ? <CrEditModal cr={cr} onClose={() => setEditing(false)} /> : null}
    </>
  );
}
