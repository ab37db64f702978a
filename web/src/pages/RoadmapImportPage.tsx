import { RequirePermission } from '../features/auth';
import { RoadmapImportView } from '../features/roadmap/import';

export function RoadmapImportPage() {
  return (
    <RequirePermission permission="roadmap.manage" what="importing initiatives">
      <RoadmapImportView />
    </RequirePermission>
  );
}
