import { visibleNavItems } from '../app/navigation';
import { useSession } from '../features/auth';
import { HomeOverview } from '../features/workspace';

export function HomePage() {
  const { permissions } = useSession();
  const modules = visibleNavItems(permissions).filter((item) => item.to !== '/');
  return <HomeOverview modules={modules} />;
}
