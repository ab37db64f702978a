import { RequirePermission } from '../features/auth';
import { LibraryArchiveView } from '../features/library-archive';

export function LibraryImportPage() {
  return (
    <RequirePermission permission="policies.manage" what="importing and exporting the policy library">
      <LibraryArchiveView />
    </RequirePermission>
  );
}
