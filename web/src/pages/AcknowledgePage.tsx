import { getRouteApi } from '@tanstack/react-router';
import { AcknowledgeView } from '../features/adoption/AcknowledgeView';

const route = getRouteApi('/acknowledge/$token');

/** Signed out: a person without an account acknowledges a policy change through their link. */
export function AcknowledgePage() {
  const { token } = route.useParams();
  return <AcknowledgeView key={token} token={token} />;
}
