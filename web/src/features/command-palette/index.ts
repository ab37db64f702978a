export { CommandPaletteHost } from './CommandPaletteHost';
export type { PaletteAction } from './palette-types';
export { CommandPaletteTrigger } from './CommandPaletteTrigger';
