import { AppShell, Burger, Box, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet } from '@tanstack/react-router';
import { CommandPaletteHost, CommandPaletteTrigger } from '../../features/command-palette';
import { useSession } from '../../features/auth';
import { BrandMark } from '../../ui/BrandMark';
import { visibleNavItems } from '../navigation';
import { AppNavbar } from './AppNavbar';
import { ColorSchemeToggle } from './ColorSchemeToggle';
import { InShellContext } from './shell-context';
import { UserMenu } from './UserMenu';

/** The signed-in frame: header, permission-filtered navbar, command palette and the page. */
export function AppLayout() {
  const [navOpened, nav] = useDisclosure(false);
  const { permissions } = useSession();
  const pages = visibleNavItems(permissions).map((item) => ({
    to: item.to,
    label: item.label,
    description: item.description,
    keywords: item.keywords,
    icon: item.icon,
  }));

  return (
    <InShellContext.Provider value>
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding="lg"
      >
        <AppShell.Header px="md">
          <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={navOpened}
                onClick={nav.toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={navOpened ? 'Close navigation' : 'Open navigation'}
              />
              <Link to="/" aria-label="PolicyOps home" style={{ color: 'inherit', textDecoration: 'none' }}>
                <BrandMark />
              </Link>
            </Group>
            <Group gap="xs" wrap="nowrap">
              <CommandPaletteTrigger />
              <ColorSchemeToggle />
              <UserMenu />
            </Group>
          </Group>
        </AppShell.Header>
        <AppNavbar onNavigate={nav.close} />
        <AppShell.Main>
          <Box maw={1180} mx="auto">
            <Outlet />
          </Box>
        </AppShell.Main>
      </AppShell>
      <CommandPaletteHost pages={pages} />
    </InShellContext.Provider>
  );
}
