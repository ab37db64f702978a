import { AppShell, Stack, Text } from '@mantine/core';
import { useMatchRoute } from '@tanstack/react-router';
import { useSession } from '../../features/auth';
import { NavLinkLink } from '../../ui/router-links';
// The badge alone, not the feature's index: the navbar should not pull in the comment editor.
import { UnreadNotificationsBadge } from '../../features/collaboration/UnreadNotificationsBadge';
import { ReviewsWaitingBadge } from '../../features/reviews/ReviewsWaitingBadge';
import { visibleNavItems } from '../navigation';
import type { NavItem } from '../navigation';

// Neutral active background with full-contrast text (the indigo default fails AA on hover).
const NAV_LINK_VARS = () => ({
  root: {
    '--nl-bg': 'var(--mantine-color-default-hover)',
    '--nl-hover': 'var(--mantine-color-default-hover)',
    '--nl-color': 'var(--mantine-color-text)',
  },
  children: {},
});

function NavItemLink({ item, onNavigate }: { item: NavItem; onNavigate: () => void }) {
  const matchRoute = useMatchRoute();
  const active = Boolean(matchRoute({ to: item.to, fuzzy: item.to !== '/' }));
  const Icon = item.icon;
  return (
    <NavLinkLink
      to={item.to}
      label={item.label}
      leftSection={<Icon size={18} stroke={1.7} aria-hidden />}
      rightSection={
        item.badge === 'unread-notifications' ? (
          <UnreadNotificationsBadge />
        ) : item.badge === 'reviews-waiting' ? (
          <ReviewsWaitingBadge />
        ) : undefined
      }
      active={active}
      onClick={onNavigate}
      vars={NAV_LINK_VARS}
      styles={{
        root: { borderRadius: 'var(--mantine-radius-md)' },
        label: { fontWeight: active ? 600 : 500 },
        section: active ? { color: 'var(--mantine-primary-color-filled)' } : undefined,
      }}
    />
  );
}

/** The module list, filtered by the user's permissions. */
export function AppNavbar({ onNavigate }: { onNavigate: () => void }) {
  const { permissions } = useSession();
  const items = visibleNavItems(permissions);
  const main = items.filter((i) => i.section === 'main');
  const admin = items.filter((i) => i.section === 'admin');
  return (
    // Scrolls on its own when the modules outgrow a short window (native overflow: no script for it).
    <AppShell.Navbar p="sm" aria-label="Main" style={{ overflowY: 'auto' }}>
      <Stack gap={2}>
        {main.map((item) => (
          <NavItemLink key={item.to} item={item} onNavigate={onNavigate} />
        ))}
      </Stack>
      {admin.length > 0 ? (
        <Stack gap={2} mt="lg">
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" mb={4} style={{ letterSpacing: '0.04em' }}>
            Admin
          </Text>
          {admin.map((item) => (
            <NavItemLink key={item.to} item={item} onNavigate={onNavigate} />
          ))}
        </Stack>
      ) : null}
    </AppShell.Navbar>
  );
}
