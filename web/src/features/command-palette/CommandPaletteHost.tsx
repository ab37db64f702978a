import { useHotkeys } from '@mantine/hooks';
import { useSpotlight } from '@mantine/spotlight';
import { Suspense, lazy, useCallback, useState } from 'react';
import { loadPalette } from './palette-loader';
import { palette, paletteStore } from './palette-store';
import type { PaletteAction } from './palette-types';
import { useTypeahead } from './use-typeahead';

const CommandPalette = lazy(() => loadPalette().then((m) => ({ default: m.CommandPalette })));

/**
 * Mounts the command palette without putting it on the first page: its code loads on the first
 * Ctrl/⌘-K or when its trigger opens it (the trigger starts fetching on focus). The store opens at
 * once, so the palette appears open as soon as its code arrives; what is typed until its search field
 * has focus is kept and put into the field. Once mounted it stays, so later openings are immediate.
 */
export function CommandPaletteHost({ pages }: { pages: PaletteAction[] }) {
  const { opened } = useSpotlight(paletteStore);
  const [mounted, setMounted] = useState(false);
  const [focusedOnce, setFocusedOnce] = useState(false);
  if (opened && !mounted) setMounted(true);

  const takeTyped = useTypeahead(opened && !focusedOnce, palette.close);
  const takeTypedAhead = useCallback(() => {
    setFocusedOnce(true);
    return takeTyped();
  }, [takeTyped]);

  useHotkeys([['mod+K', () => palette.toggle()]]);

  if (!mounted) return null;
  return (
    <Suspense fallback={null}>
      <CommandPalette pages={pages} takeTypedAhead={takeTypedAhead} />
    </Suspense>
  );
}
