/**
 * The palette's code (and the people, teams and policy search it uses), fetched once: on the first
 * Ctrl/⌘-K, or as soon as its trigger is focused or pressed. Not on every page load: most visits
 * never open it, and it would cost the first page about 16 kB.
 */
export function loadPalette() {
  return import('./CommandPalette');
}

/** Starts fetching the palette ahead of its first use; a failure here is reported when it is opened. */
export function preloadPalette(): void {
  loadPalette().catch(() => undefined);
}
