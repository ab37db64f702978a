import { HomeDashboard } from '../features/home';

export function HomePage() {
  return <HomeDashboard />;
}
