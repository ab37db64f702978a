import { IconLock } from '@tabler/icons-react';
import { EmptyState } from './EmptyState';
import { useDocumentTitle } from './useDocumentTitle';

/** What a page shows to someone whose role does not allow it. */
export function NoAccess({ what = 'this page' }: { what?: string }) {
  useDocumentTitle("You don't have access");
  return (
    <EmptyState
      titleOrder={1}
      icon={<IconLock size={24} />}
      title="You don't have access"
      description={`Your role does not include ${what}. Ask a workspace admin if you need it.`}
    />
  );
}
