import { createSpotlight } from '@mantine/spotlight';

/** The palette's own spotlight store, so that the trigger and hotkey work before its code loads. */
export const [paletteStore, palette] = createSpotlight();
