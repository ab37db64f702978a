import { getRouteApi } from '@tanstack/react-router';
import { MyActions } from '../features/action-items';

const route = getRouteApi('/app/actions');

export function MyActionsPage() {
  const { action } = route.useSearch();
  return <MyActions focusId={action} />;
}
