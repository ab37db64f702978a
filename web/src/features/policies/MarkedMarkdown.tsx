import { Box, Typography } from '@mantine/core';
import { useMemo } from 'react';
import { renderInlineMarkdown, renderMarkdownBlock } from './markdown';
import markdownClasses from './MarkdownView.module.css';
import { useInAppLinks } from './MarkdownView';
import classes from './Redline.module.css';

export interface MarkedMarkdownProps {
  /** Markdown that may hold the redline's `<ins>`/`<del>` marks; rendered and sanitised here. */
  markdown: string;
  /** `div`: blocks (a clause); `p` or `span`: one line of wording (a clause as stored, a heading). */
  as?: 'div' | 'p' | 'span';
  className?: string;
}

/**
 * Policy Markdown with insertions and deletions marked: rendered like the text itself (never raw
 * `##` or `**`), with inserted words underlined in green and deleted ones struck through in red,
 * each announced to screen readers as inserted or deleted.
 */
export function MarkedMarkdown({ markdown, as = 'div', className }: MarkedMarkdownProps) {
  const onClick = useInAppLinks();
  const inline = as !== 'div';
  const html = useMemo(
    () => (inline ? renderInlineMarkdown(markdown) : renderMarkdownBlock(markdown)),
    [markdown, inline],
  );
  const names = `${classes.marks} ${className ?? ''}`;
  if (inline)
    return <Box component={as} className={names} onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />;
  return (
    <Typography
      className={`${markdownClasses.root} ${names}`}
      onClick={onClick}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
