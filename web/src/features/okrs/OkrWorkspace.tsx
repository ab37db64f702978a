import { Alert, Button, Skeleton, Stack, Tabs } from '@mantine/core';
import { IconLock, IconPlus, IconSearch, IconTarget } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import type { KeyResult, Objective } from '@policyops/contracts';
import { useState } from 'react';
import { formatDate } from '../../lib/format';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { ButtonLink } from '../../ui/router-links';
import { useCan } from '../auth';
import { CheckInModal } from './CheckInModal';
import { KeyResultFormModal } from './KeyResultFormModal';
import { ObjectiveFormModal } from './ObjectiveFormModal';
import { OkrDashboard } from './OkrDashboard';
import { OkrFilters } from './OkrFilters';
import { OkrTree } from './OkrTree';
import { ReopenPeriodModal } from './ReopenPeriodModal';
import type { OkrSearch } from './okr-search';
import { useOkrBoard, useOkrPeriods } from './useOkrs';

export type OkrView = 'tree' | 'dashboard';

function LoadingCards() {
  return (
    <Stack role="status" aria-label="Loading objectives" gap="md">
      {Array.from({ length: 3 }, (_, i) => (
        <Skeleton key={i} height={180} radius="md" />
      ))}
    </Stack>
  );
}

/** The OKR pages: header, tabs (tree, dashboard), filters, the period's state, and the view itself. */
export function OkrWorkspace({ view, search }: { view: OkrView; search: OkrSearch }) {
  const navigate = useNavigate();
  const canContribute = useCan('okrs.contribute');
  const periods = useOkrPeriods();
  const periodKey = search.period ?? periods.data?.currentKey;
  const board = useOkrBoard({ period: periodKey, mine: search.mine, teamId: search.teamId });
  const [creating, setCreating] = useState(false);
  const [addingTo, setAddingTo] = useState<Objective | null>(null);
  const [checking, setChecking] = useState<KeyResult | null>(null);
  const [reopening, setReopening] = useState(false);

  const go = (next: OkrSearch, to: OkrView = view) =>
    void navigate({ to: to === 'tree' ? '/okrs' : '/okrs/dashboard', search: next });
  const period = board.data?.period;
  const filtered = Boolean(search.mine || search.teamId);
  const newObjective =
    canContribute && period?.state === 'open' ? (
      <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
        New objective
      </Button>
    ) : undefined;

  let body;
  if (board.isPending || periods.isPending) body = <LoadingCards />;
  else if (board.isError || periods.isError) {
    const failed = board.isError ? board : periods;
    body = <ErrorAlert error={failed.error} onRetry={() => void failed.refetch()} retrying={failed.isRefetching} />;
  } else if (board.data.objectives.length === 0) {
    body = filtered ? (
      <EmptyState
        icon={<IconSearch size={24} />}
        title="No objective matches"
        description={`No ${search.mine ? 'objective of yours' : 'objective of this team'} in ${board.data.period.label}.`}
        action={
          <Button variant="default" onClick={() => go({ period: search.period })}>
            Show everyone’s
          </Button>
        }
      />
    ) : (
      <EmptyState
        icon={<IconTarget size={24} />}
        title={`No objectives for ${board.data.period.label} yet`}
        description="An objective says what you want to achieve; its two to five key results say how you will know. Start with one, then check in weekly."
        action={newObjective}
      />
    );
  } else if (view === 'tree') {
    body = <OkrTree board={board.data} onCheckIn={setChecking} onAddKeyResult={setAddingTo} />;
  } else {
    body = <OkrDashboard board={board.data} onCheckIn={setChecking} />;
  }

  const actions = (
    <>
      {period?.abilities.close ? (
        <ButtonLink to="/okrs/close/$periodKey" params={{ periodKey: period.key }} variant="default">
          Close {period.label}…
        </ButtonLink>
      ) : null}
      {period?.abilities.reopen ? (
        <Button variant="default" onClick={() => setReopening(true)}>
          Reopen {period.label}…
        </Button>
      ) : null}
      {newObjective}
    </>
  );

  return (
    <>
      <PageHeader
        title="OKRs"
        documentTitle={`OKRs${period ? ` · ${period.label}` : ''}`}
        description="Objectives and key results by fiscal year and quarter: progress rolls up from key results to objectives to what they align to."
        actions={actions}
      />
      <Tabs value={view} onChange={(v) => v && go(search, v as OkrView)} mb="md">
        <Tabs.List>
          <Tabs.Tab value="tree">Tree</Tabs.Tab>
          <Tabs.Tab value="dashboard">Quarter dashboard</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      {periods.data && periodKey ? (
        <OkrFilters periods={periods.data.items} periodKey={periodKey} search={search} onChange={(next) => go(next)} />
      ) : null}
      {period?.state === 'closed' ? (
        <Alert
          color="gray"
          variant="light"
          icon={<IconLock size={18} aria-hidden />}
          mb="lg"
          title={`${period.label} is closed`}
        >
          Scored {period.closedAt ? `on ${formatDate(period.closedAt)}` : ''}
          {period.closedBy ? ` by ${period.closedBy.name}` : ''}. Its objectives and key results are locked: no edits,
          no check-ins.{period.closeComment ? ` “${period.closeComment}”` : ''}
        </Alert>
      ) : null}
      {period?.reopenedAt && period.state === 'open' ? (
        <Alert color="yellow" variant="light" mb="lg" title={`${period.label} was reopened`}>
          {period.reopenedBy?.name ?? 'An admin'} reopened it on {formatDate(period.reopenedAt)}: “{period.reopenReason}
          ”. The scores stand until it is closed again.
        </Alert>
      ) : null}
      {body}
      {creating && periods.data && periodKey ? (
        <ObjectiveFormModal
          opened
          onClose={() => setCreating(false)}
          periods={periods.data.items}
          defaultPeriodKey={periodKey}
          alignable={[...(board.data?.objectives ?? []), ...(board.data?.context ?? [])]}
        />
      ) : null}
      {addingTo ? <KeyResultFormModal opened objectiveId={addingTo.id} onClose={() => setAddingTo(null)} /> : null}
      {checking && board.data ? (
        <CheckInModal
          key={checking.id}
          keyResult={checking}
          today={board.data.today}
          onClose={() => setChecking(null)}
        />
      ) : null}
      {reopening && period ? <ReopenPeriodModal period={period} onClose={() => setReopening(false)} /> : null}
    </>
  );
}
