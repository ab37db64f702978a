import { PublicChangelog } from '../features/changelog';

export function ChangelogPage() {
  return <PublicChangelog />;
}
