import { createTheme, rem } from '@mantine/core';
import type { CSSVariablesResolver } from '@mantine/core';

/**
 * PolicyOps theme. Shades are chosen for WCAG AA contrast: filled buttons use shade 8,
 * dimmed text is one step darker than Mantine's default, and the "light" variants of the
 * low-contrast hues (green, teal, orange, yellow) get darker text.
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  // People who ask their system for less motion get no transitions (and tests scan settled pages).
  respectReducedMotion: true,
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  cursorType: 'pointer',
  fontFamily: 'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, monospace',
  headings: {
    fontWeight: '650',
    sizes: {
      h1: { fontSize: rem(24), lineHeight: '1.3' },
      h2: { fontSize: rem(18), lineHeight: '1.35' },
      h3: { fontSize: rem(15), lineHeight: '1.4' },
    },
  },
  components: {
    // Mantine's close and clear buttons have no accessible name of their own.
    Modal: { defaultProps: { centered: true, radius: 'md', closeButtonProps: { 'aria-label': 'Close dialog' } } },
    // Mount option lists only while open: a hidden listbox labelled like its input would
    // make label-based lookups ("Role") ambiguous for assistive tech and tests alike.
    Combobox: { defaultProps: { keepMounted: false } },
    Select: { defaultProps: { clearButtonProps: { 'aria-label': 'Clear selection' } } },
    MultiSelect: { defaultProps: { clearButtonProps: { 'aria-label': 'Clear selection' } } },
    Notification: { defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } } },
    // The default toggle label contains "password", which makes label-based lookups of the
    // password field itself ambiguous; this one names what the button does without it.
    PasswordInput: {
      defaultProps: { visibilityToggleButtonProps: { 'aria-label': 'Show or hide the characters typed' } },
    },
    Tooltip: { defaultProps: { openDelay: 300, withArrow: true } },
    Badge: { defaultProps: { radius: 'sm', tt: 'none' } },
    Paper: { defaultProps: { radius: 'md' } },
    Card: { defaultProps: { radius: 'md' } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    // Field errors (and the text of a field in error): Mantine's red-6 is 3.3:1 on white.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-green-light-color': '#1e6b2f',
    '--mantine-color-teal-light-color': '#066649',
    '--mantine-color-orange-light-color': '#a33a0b',
    '--mantine-color-yellow-light-color': '#7a4400',
    '--mantine-color-green-filled': '#2b8a3e',
    '--mantine-color-teal-filled': '#087f5b',
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-placeholder': 'var(--mantine-color-dark-2)',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
  },
});
