import { getRouteApi } from '@tanstack/react-router';
import { RequirePermission } from '../features/auth';
import { DecisionScreen } from '../features/decisions';

const route = getRouteApi('/app/decisions/$decisionId');

export function DecisionPage() {
  const { decisionId } = route.useParams();
  return (
    <RequirePermission permission="governance.read" what="the decision register">
      <DecisionScreen key={decisionId} id={decisionId} />
    </RequirePermission>
  );
}
