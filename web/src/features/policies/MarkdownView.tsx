import { Typography } from '@mantine/core';
import { useRouter } from '@tanstack/react-router';
import { useMemo } from 'react';
import type { MouseEvent } from 'react';
import { renderMarkdown } from './markdown';
import classes from './MarkdownView.module.css';

export interface MarkdownViewProps {
  /** Policy Markdown; rendered and sanitised here. */
  markdown: string;
  /** Accessible name of the region, e.g. "Preview". */
  label?: string;
}

/** A click handler for rendered Markdown: links within the app (`[[slug]]`) navigate without a page load. */
export function useInAppLinks(): (event: MouseEvent<HTMLElement>) => void {
  const router = useRouter();
  return (event) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const anchor = (event.target as Element).closest('a');
    const href = anchor?.getAttribute('href');
    if (!href || !href.startsWith('/') || href.startsWith('//')) return;
    event.preventDefault();
    void router.navigate({ href });
  };
}

/** Sanitised policy text; links within the app (`[[slug]]`) navigate without a page load. */
export function MarkdownView({ markdown, label }: MarkdownViewProps) {
  const html = useMemo(() => renderMarkdown(markdown), [markdown]);
  const onClick = useInAppLinks();

  return (
    <Typography
      className={classes.root}
      aria-label={label}
      role={label ? 'region' : undefined}
      onClick={onClick}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
