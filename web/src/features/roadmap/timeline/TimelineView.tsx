import { Button, Group, Select, Stack, Switch, Text } from '@mantine/core';
import { IconDownload, IconPhoto, IconRoute } from '@tabler/icons-react';
import { fiscalYearLabel, parsePeriodKey } from '@policyops/contracts';
import { useCallback, useMemo, useState } from 'react';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { TableSkeleton } from '../../../ui/TableSkeleton';
import { usePlanningSettings } from '../useRoadmap';
import { CriticalPathPanel } from './CriticalPathPanel';
import { RescheduleDialog, type Proposal } from './RescheduleDialog';
import { criticalStepsOf } from './timeline-arrows';
import { rowsOf, saveFile, yearCsv, type LaneBy } from './timeline-data';
import { timelinePng } from './timeline-png';
import { TimelineChart } from './TimelineChart';
import type { ColorBy, Span } from './TimelineBar';
import { useCriticalPath, useRoadmapYear } from './useTimeline';

const LANES: { value: LaneBy; label: string }[] = [
  { value: 'area', label: 'Policy area' },
  { value: 'team', label: 'Team' },
  { value: 'owner', label: 'Owner' },
  { value: 'none', label: 'No swimlanes' },
];

/** The roadmap as a timeline: a fiscal year's bars, milestones and dependencies, and its critical path. */
export function TimelineView() {
  const settings = usePlanningSettings();
  const current = settings.data ? (parsePeriodKey(settings.data.currentYear.key)?.year ?? null) : null;
  const [picked, setPicked] = useState<string | null>(null);
  const yearKey = picked ?? settings.data?.currentYear.key ?? null;
  const [laneBy, setLaneBy] = useState<LaneBy>('area');
  const [colorBy, setColorBy] = useState<ColorBy>('status');
  const [showPath, setShowPath] = useState(true);
  const [preview, setPreview] = useState<{ id: string; span: Span } | null>(null);
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [exporting, setExporting] = useState(false);
  const year = useRoadmapYear(yearKey);
  const path = useCriticalPath(yearKey, showPath);
  const data = year.data;
  const rows = useMemo(() => (data ? rowsOf(data, laneBy) : []), [data, laneBy]);
  const { critical, criticalLinks } = useMemo(() => {
    const ids = showPath && path.data ? path.data.path.map((n) => n.id) : [];
    return {
      critical: new Set(ids),
      criticalLinks: criticalStepsOf(ids),
    };
  }, [path.data, showPath]);

  // Stable, so that the memoised rows re-render only when their own props change.
  const onPreview = useCallback((id: string, span: Span | null) => setPreview(span ? { id, span } : null), []);
  const initiatives = data?.initiatives;
  const onPropose = useCallback(
    (id: string, span: Span) => {
      const initiative = initiatives?.find((i) => i.id === id);
      if (!initiative) return;
      setPreview({ id, span });
      setProposal({ initiative, ...span });
    },
    [initiatives],
  );

  const years =
    current === null
      ? []
      : [current - 1, current, current + 1, current + 2].map((y) => ({ value: `FY${y}`, label: fiscalYearLabel(y) }));

  let body;
  if (settings.isPending || (year.isPending && yearKey !== null)) body = <TableSkeleton label="Loading the timeline" />;
  else if (settings.isError) body = <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />;
  else if (year.isError || !data)
    body = <ErrorAlert error={year.error} onRetry={() => void year.refetch()} retrying={year.isRefetching} />;
  else if (data.initiatives.length === 0)
    body = (
      <EmptyState
        icon={<IconRoute size={24} />}
        title={`Nothing planned in ${data.year.label}`}
        description="Initiatives that run in this fiscal year appear here as bars, with their milestones and dependencies."
      />
    );
  else
    body = (
      <Group align="flex-start" gap="md" wrap="nowrap">
        <div style={{ flex: 1, minWidth: 0 }}>
          <TimelineChart
            year={data}
            rows={rows}
            colorBy={colorBy}
            critical={critical}
            criticalLinks={criticalLinks}
            preview={preview}
            onPreview={onPreview}
            onPropose={onPropose}
          />
          <Text size="xs" c="dimmed" mt={6}>
            {data.initiatives.length} initiatives · bars coloured by {colorBy} with progress filled · ◆ milestone, red ◆
            fixed date · dashed arrows are dependencies the dates break
          </Text>
        </div>
        {showPath ? (
          <CriticalPathPanel year={data} path={path.data} loading={path.isPending} error={path.error} />
        ) : null}
      </Group>
    );

  return (
    <>
      <PageHeader
        title="Roadmap"
        documentTitle="Roadmap timeline"
        description="The fiscal year's initiatives over time. Drag a bar, or focus it and use the arrow keys, to reschedule."
      />
      <Stack gap="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label="Fiscal year"
            data={years}
            value={yearKey}
            onChange={(v) => v && setPicked(v)}
            allowDeselect={false}
            w={120}
          />
          <Select
            label="Swimlanes"
            data={LANES}
            value={laneBy}
            onChange={(v) => v && setLaneBy(v as LaneBy)}
            allowDeselect={false}
            w={160}
          />
          <Select
            label="Colour by"
            data={[
              { value: 'status', label: 'Status' },
              { value: 'health', label: 'Health' },
            ]}
            value={colorBy}
            onChange={(v) => v && setColorBy(v as ColorBy)}
            allowDeselect={false}
            w={130}
          />
          <Switch
            label="Show critical path"
            checked={showPath}
            onChange={(e) => setShowPath(e.currentTarget.checked)}
            mb={8}
          />
          <Group gap="xs" ml="auto">
            <Button
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
              disabled={!data}
              onClick={() =>
                data && saveFile(`roadmap-${data.year.key}.csv`, new Blob([yearCsv(data)], { type: 'text/csv' }))
              }
            >
              Export CSV
            </Button>
            <Button
              variant="default"
              leftSection={<IconPhoto size={16} aria-hidden />}
              disabled={!data}
              loading={exporting}
              onClick={() => {
                if (!data) return;
                setExporting(true);
                void timelinePng(data, rows, { nodes: critical, steps: criticalLinks }, colorBy)
                  .then((blob) => saveFile(`roadmap-${data.year.key}.png`, blob))
                  .finally(() => setExporting(false));
              }}
            >
              Export PNG
            </Button>
          </Group>
        </Group>
        {body}
      </Stack>
      {proposal && data && yearKey ? (
        <RescheduleDialog
          yearKey={yearKey}
          year={data}
          proposal={proposal}
          onClose={() => {
            setProposal(null);
            setPreview(null);
          }}
        />
      ) : null}
    </>
  );
}
