import { Alert, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconDeviceFloppy, IconMap2, IconPencil } from '@tabler/icons-react';
import type { ApplicabilityDimensions, Market, Surface } from '@policyops/contracts';
import type { ReactNode } from 'react';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ButtonLink } from '../../ui/router-links';
import { useCan } from '../auth';
import { differsFootnotes, orderMarkets, serverResolver, stagedResolver } from './applicability-grid';
import type { CellMap } from './applicability-grid';
import { ApplicabilityGrid } from './ApplicabilityGrid';
import classes from './ApplicabilityGrid.module.css';
import { ApplicabilityLegend } from './ApplicabilityLegend';
import { useApplicabilityDimensions, usePolicyApplicability } from './useApplicability';
import { useGridEditor } from './useGridEditor';
import type { GridEditor } from './useGridEditor';

export interface ApplicabilitySectionProps {
  /** Slug (or id) of the policy. */
  policyRef: string;
  /** May change the grid (`policies.manage`, the policy's `abilities.update`). */
  canEdit: boolean;
}

const HEADING_ID = 'policy-applicability-heading';

function Frame({ actions, children }: { actions?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" mt="lg" component="section" aria-labelledby={HEADING_ID}>
      <Group justify="space-between" align="flex-start" gap="sm" mb="md" wrap="wrap">
        <Stack gap={2} style={{ flex: '1 1 320px' }}>
          <Title order={2} id={HEADING_ID}>
            Where it applies
          </Title>
          <Text size="sm" c="dimmed">
            Product surfaces by market. A market with nothing set follows its region, and a region follows Global.
          </Text>
        </Stack>
        {actions ? <Group gap="xs">{actions}</Group> : null}
      </Group>
      {children}
    </Paper>
  );
}

const hasCell = (key: string, dims: ApplicabilityDimensions) => {
  const [surfaceId, marketId] = key.split(':');
  return dims.surfaces.some((s) => s.id === surfaceId) && dims.markets.some((m) => m.id === marketId);
};

function Notes({
  cells,
  footnotes,
  surfaces,
  markets,
}: {
  cells: CellMap;
  footnotes: ReadonlyMap<string, number>;
  surfaces: Surface[];
  markets: Market[];
}) {
  if (footnotes.size === 0) return null;
  return (
    <Stack gap={6} mt="md">
      <Title order={3}>How it differs</Title>
      <ol className={classes.notes}>
        {[...footnotes].map(([key, number]) => {
          const [surfaceId, marketId] = key.split(':');
          const surface = surfaces.find((s) => s.id === surfaceId);
          const market = markets.find((m) => m.id === marketId);
          return (
            <li key={key} value={number}>
              <Text span fw={600} size="sm">
                {surface?.name} in {market?.name}
                {market?.kind === 'country' ? '' : ' and the markets that follow it'}:
              </Text>{' '}
              {cells.get(key)?.note}
            </li>
          );
        })}
      </ol>
    </Stack>
  );
}

function EditActions({ editor }: { editor: GridEditor }) {
  const count = editor.changeCount;
  return (
    <>
      <Text size="sm" c="dimmed" role="status" aria-live="polite">
        {count === 0 ? 'No changes yet' : `${count} unsaved ${count === 1 ? 'change' : 'changes'}`}
      </Text>
      <Button variant="default" onClick={editor.cancel} disabled={editor.saving}>
        Cancel
      </Button>
      <Button
        leftSection={<IconDeviceFloppy size={16} aria-hidden />}
        onClick={editor.save}
        loading={editor.saving}
        disabled={count === 0 || editor.conflict}
      >
        Save
      </Button>
    </>
  );
}

/** The policy's applicability grid on its page: read-only, or staged edits saved as one PUT. */
export function ApplicabilitySection({ policyRef, canEdit }: ApplicabilitySectionProps) {
  const dims = useApplicabilityDimensions();
  const grid = usePolicyApplicability(policyRef);
  const editor = useGridEditor({ policyRef, data: grid.data, dimensions: dims.data, refetch: grid.refetch });
  const canConfigure = useCan('workspace.manage');

  if (dims.isPending || grid.isPending) {
    return (
      <Frame>
        <Stack gap="xs" role="status" aria-label="Loading where the policy applies">
          <Skeleton height={20} width="50%" />
          <Skeleton height={220} />
        </Stack>
      </Frame>
    );
  }
  if (dims.isError || grid.isError) {
    return (
      <Frame>
        <ErrorAlert
          error={dims.error ?? grid.error}
          onRetry={() => void Promise.all([dims.refetch(), grid.refetch()])}
          retrying={dims.isRefetching || grid.isRefetching}
        />
      </Frame>
    );
  }

  const { surfaces: unsorted, markets } = dims.data;
  const surfaces = [...unsorted].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
  if (surfaces.length === 0 || markets.length === 0) {
    return (
      <Frame>
        <EmptyState
          icon={<IconMap2 size={24} />}
          title="No product surfaces or markets are set up"
          description="An administrator lists the surfaces and markets a policy can apply to."
          action={
            canConfigure ? (
              <ButtonLink to="/admin/applicability" variant="default">
                Set up surfaces and markets
              </ButtonLink>
            ) : null
          }
        />
      </Frame>
    );
  }

  const editButton = canEdit ? (
    <Button
      variant="default"
      leftSection={<IconPencil size={16} aria-hidden />}
      onClick={editor.start}
      aria-label="Edit where it applies"
    >
      Edit
    </Button>
  ) : null;

  if (!editor.editing && editor.cells.size === 0) {
    return (
      <Frame>
        <EmptyState
          icon={<IconMap2 size={24} />}
          title="Nobody has said where this policy applies yet"
          description={
            canEdit
              ? 'Say which product surfaces and markets it covers. Set Global first; regions and countries follow it unless you say otherwise.'
              : 'Someone who manages policies can say which product surfaces and markets it covers.'
          }
          action={editButton}
        />
      </Frame>
    );
  }

  const footnotes = differsFootnotes(editor.cells, surfaces, markets);
  // Read-only, the grid shows what the server resolved; while editing, the staged edits as they would resolve.
  const resolve = editor.editing ? stagedResolver(editor.cells, markets) : serverResolver(grid.data.resolved, markets);
  const errorCell = editor.cellError;
  return (
    <Frame actions={editor.editing ? <EditActions editor={editor} /> : editButton}>
      <Stack gap="sm">
        {editor.conflict ? (
          <Alert
            color="orange"
            variant="light"
            role="alert"
            icon={<IconAlertTriangle size={18} aria-hidden />}
            title="Someone else changed this policy while you were editing"
          >
            <Stack gap="xs">
              <Text size="sm">
                Your changes are still here and were not saved. Load the newest grid and keep your changes on top (check
                them, then save again), or discard them.
              </Text>
              <Group gap="xs">
                <Button size="xs" variant="default" onClick={() => void editor.reload(true)}>
                  Reload and keep my changes
                </Button>
                <Button size="xs" variant="default" onClick={() => void editor.reload(false)}>
                  Reload and discard my changes
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}
        {errorCell ? (
          <Alert
            color="red"
            variant="light"
            role="alert"
            icon={<IconAlertTriangle size={18} aria-hidden />}
            title="The grid was not saved"
          >
            <Group gap="sm" justify="space-between">
              <Text size="sm">
                {errorCell.label}: {errorCell.message}
              </Text>
              {hasCell(errorCell.key, dims.data) ? (
                <Button size="xs" variant="white" color="red" onClick={() => editor.setActiveKey(errorCell.key)}>
                  Fix this cell
                </Button>
              ) : (
                <Text size="sm">It was removed meanwhile and is left out now: save again.</Text>
              )}
            </Group>
          </Alert>
        ) : null}
        <ApplicabilityLegend />
        {editor.editing ? (
          <Text size="sm" c="dimmed">
            Choose a cell (or press Enter on it) to change it; arrow keys move between cells. Changes are kept here
            until you save.
          </Text>
        ) : null}
        <ApplicabilityGrid
          labelledBy={HEADING_ID}
          surfaces={surfaces}
          markets={orderMarkets(markets)}
          cells={editor.cells}
          resolve={resolve}
          footnotes={footnotes}
          editing={editor.editing}
          changed={editor.changed}
          error={errorCell}
          activeKey={editor.activeKey}
          onActiveKeyChange={editor.setActiveKey}
          onCellChange={editor.setCell}
          onRowSet={editor.setRow}
        />
      </Stack>
      <Notes cells={editor.cells} footnotes={footnotes} surfaces={surfaces} markets={markets} />
    </Frame>
  );
}
