import { AuditLog } from '../features/audit';
import { RequirePermission } from '../features/auth';

export function AuditPage() {
  return (
    <RequirePermission permission="audit.read" what="the audit log">
      <AuditLog />
    </RequirePermission>
  );
}
