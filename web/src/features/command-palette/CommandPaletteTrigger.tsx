import { ActionIcon, Button, Kbd } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { preloadPalette } from './palette-loader';
import { palette } from './palette-store';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad|iPod/.test(navigator.userAgent);

/** The header button that opens the command palette, showing its shortcut; focusing it starts fetching the palette. */
export function CommandPaletteTrigger() {
  const modKey = isMac ? '⌘' : 'Ctrl';
  return (
    <>
      <Button
        variant="default"
        onClick={() => palette.open()}
        onFocus={preloadPalette}
        onPointerDown={preloadPalette}
        leftSection={<IconSearch size={16} stroke={1.7} aria-hidden />}
        rightSection={
          <Kbd size="xs" aria-hidden>
            {modKey} K
          </Kbd>
        }
        aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'}
        fw={400}
        w={260}
        visibleFrom="sm"
        styles={{
          inner: { justifyContent: 'space-between' },
          label: { flex: 1, color: 'var(--mantine-color-dimmed)' },
        }}
      >
        Search or jump to…
      </Button>
      <ActionIcon
        variant="default"
        size="lg"
        hiddenFrom="sm"
        onClick={() => palette.open()}
        onFocus={preloadPalette}
        onPointerDown={preloadPalette}
        aria-label="Search or jump to…"
        aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'}
      >
        <IconSearch size={18} stroke={1.7} aria-hidden />
      </ActionIcon>
    </>
  );
}
