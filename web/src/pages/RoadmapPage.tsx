import { Group, SegmentedControl } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { lazy, Suspense, useState } from 'react';
import { RequirePermission, useCan } from '../features/auth';
import { InitiativesView } from '../features/roadmap';
import { TableSkeleton } from '../ui/TableSkeleton';
import { AnchorLink } from '../ui/router-links';

const route = getRouteApi('/app/roadmap');
const TimelineView = lazy(() => import('../features/roadmap/timeline').then((m) => ({ default: m.TimelineView })));

type RoadmapViewName = 'table' | 'timeline';
const VIEW_KEY = 'policyops.roadmap.view';

export function RoadmapPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [view, setView] = useState<RoadmapViewName>(() =>
    sessionStorage.getItem(VIEW_KEY) === 'timeline' ? 'timeline' : 'table',
  );
  const canManage = useCan('roadmap.manage');
  const viewSwitch = (
    <Group justify="flex-end" mb="xs">
      <AnchorLink to="/roadmap/baselines" size="sm">
        Baselines
      </AnchorLink>
      <AnchorLink to="/roadmap/capacity" size="sm">
        Capacity &amp; priority
      </AnchorLink>
      {canManage && (
        <AnchorLink to="/roadmap/import" size="sm">
          Import from Jira or Asana
        </AnchorLink>
      )}
      <SegmentedControl
        aria-label="Roadmap view"
        value={view}
        onChange={(v) => {
          const next = v === 'timeline' ? 'timeline' : 'table';
          sessionStorage.setItem(VIEW_KEY, next);
          setView(next);
        }}
        data={[
          { value: 'table', label: 'Table' },
          { value: 'timeline', label: 'Timeline' },
        ]}
      />
    </Group>
  );
  return (
    <RequirePermission permission="roadmap.read" what="the roadmap">
      {viewSwitch}
      {view === 'timeline' ? (
        <Suspense fallback={<TableSkeleton label="Loading the timeline" />}>
          <TimelineView />
        </Suspense>
      ) : (
        <InitiativesView
          search={search}
          onSearchChange={(patch) =>
            navigate({ search: (prev) => (patch === null ? {} : { ...prev, ...patch }), replace: true })
          }
        />
      )}
    </RequirePermission>
  );
}
