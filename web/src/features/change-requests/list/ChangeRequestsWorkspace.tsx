import { Button, Group, SegmentedControl } from '@mantine/core';
import { IconPlus, IconSettings } from '@tabler/icons-react';
import { useState } from 'react';
import { PageHeader } from '../../../ui/PageHeader';
import { AnchorLink } from '../../../ui/router-links';
import { useCan } from '../../auth';
import { CrBoard } from '../board/CrBoard';
import type { CrSearch, CrTab } from '../cr-search';
import { NewChangeRequestModal } from '../new/NewChangeRequestModal';
import { CrQueueView } from '../queue/CrQueueView';
import { CrTableView } from '../table/CrTableView';
import { WaitingOnMe } from '../waiting/WaitingOnMe';

const TABS: { value: CrTab; label: string }[] = [
  { value: 'board', label: 'Board' },
  { value: 'table', label: 'Table' },
  { value: 'queue', label: 'Intake queue' },
  { value: 'waiting', label: 'Waiting on me' },
];

export interface ChangeRequestsWorkspaceProps {
  search: CrSearch;
  /** Merges the patch into the URL search; `replaceAll` sets it as given (a saved view, clearing filters). */
  onSearchChange: (patch: CrSearch, replaceAll?: boolean) => void;
}

/** The change-request list page: board, table, intake queue and "waiting on me", each its own URL. */
export function ChangeRequestsWorkspace({ search, onSearchChange }: ChangeRequestsWorkspaceProps) {
  const tab = search.tab ?? 'board';
  const canCreate = useCan('change_requests.manage');
  const canConfigure = useCan('workspace.manage');
  const [creating, setCreating] = useState(false);
  const newButton = canCreate ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
      New change request
    </Button>
  ) : undefined;
  return (
    <>
      <PageHeader
        title="Change requests"
        description="Policy changes from the problem to the launch: prioritised, signed off and moved through the workflow."
        actions={
          <>
            {canConfigure ? (
              <AnchorLink to="/admin/change-requests" size="sm">
                <Group gap={4} component="span">
                  <IconSettings size={14} aria-hidden /> Workflow &amp; scoring
                </Group>
              </AnchorLink>
            ) : null}
            {newButton}
          </>
        }
      />
      <SegmentedControl
        aria-label="Change request view"
        mb="md"
        value={tab}
        onChange={(value) => onSearchChange({ tab: value as CrTab })}
        data={TABS}
      />
      {tab === 'board' ? <CrBoard filters={{}} emptyAction={newButton} /> : null}
      {tab === 'table' ? <CrTableView search={search} onSearchChange={onSearchChange} /> : null}
      {tab === 'queue' ? <CrQueueView /> : null}
      {tab === 'waiting' ? <WaitingOnMe /> : null}
      {creating ? <NewChangeRequestModal onClose={() => setCreating(false)} /> : null}
    </>
  );
}
