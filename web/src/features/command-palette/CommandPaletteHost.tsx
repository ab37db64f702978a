import { useHotkeys } from '@mantine/hooks';
import { useSpotlight } from '@mantine/spotlight';
import { Suspense, lazy, useEffect, useState } from 'react';
import { palette, paletteStore } from './palette-store';
import type { PaletteAction } from './palette-types';

const loadPalette = () => import('./CommandPalette');
const CommandPalette = lazy(() => loadPalette().then((m) => ({ default: m.CommandPalette })));

/**
 * Mounts the command palette without putting it on the critical path: its code (and the
 * people/teams search it uses) loads when the browser is idle, or at once on Ctrl/⌘-K.
 */
export function CommandPaletteHost({ pages }: { pages: PaletteAction[] }) {
  const [wanted, setWanted] = useState(false);
  const { opened } = useSpotlight(paletteStore);
  const load = wanted || opened;

  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1500));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => setWanted(true));
    return () => cancel(handle);
  }, []);

  useHotkeys([
    [
      'mod+K',
      () => {
        setWanted(true);
        palette.toggle();
      },
    ],
  ]);

  if (!load) return null;
  return (
    <Suspense fallback={null}>
      <CommandPalette pages={pages} />
    </Suspense>
  );
}
