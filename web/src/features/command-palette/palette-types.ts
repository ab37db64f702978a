import type { Icon } from '@tabler/icons-react';
import type { LinkProps } from '@tanstack/react-router';

export interface PaletteAction {
  to: NonNullable<LinkProps['to']>;
  label: string;
  description: string;
  keywords: string[];
  icon: Icon;
}
