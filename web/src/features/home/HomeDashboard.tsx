import { Stack } from '@mantine/core';
import { PageHeader } from '../../ui/PageHeader';
import { useSession } from '../auth';
import { SampleWorkspaceCard } from '../workspace';
import { HOME_CARDS, type HomeCardEntry } from './home-cards';
import { greeting } from './home-dates';
import classes from './HomeDashboard.module.css';

function Column({ cards }: { cards: readonly HomeCardEntry[] }) {
  return (
    <div className={classes.column}>
      {cards.map(({ id, Card }) => (
        <Card key={id} />
      ))}
    </div>
  );
}

/**
 * Home: a greeting with today's date, the sample workspace offer while the workspace is empty (workspace managers),
 * and the person's cards (their reviews, drafts, watched changes, inbox and what takes effect soon).
 */
export function HomeDashboard() {
  const { user, permissions } = useSession();
  const firstName = user.name.split(/\s+/)[0] ?? user.name;
  const now = new Date();
  const cards = HOME_CARDS.filter((card) => !card.permission || permissions.includes(card.permission));

  return (
    <>
      <PageHeader
        title={`${greeting(now.getHours())}, ${firstName}`}
        documentTitle="Home"
        description={now.toLocaleDateString(undefined, {
          weekday: 'long',
          day: 'numeric',
          month: 'long',
          year: 'numeric',
        })}
      />
      <Stack gap="md">
        {permissions.includes('workspace.manage') ? <SampleWorkspaceCard /> : null}
        <div className={classes.grid}>
          <Column cards={cards.filter((card) => card.column === 'main')} />
          <Column cards={cards.filter((card) => card.column === 'side')} />
        </div>
      </Stack>
    </>
  );
}
