import { Typography } from '@mantine/core';
import { useMemo } from 'react';
import { renderCommentMarkdown } from './comment-markdown';
import classes from './CommentBody.module.css';

/** A comment's Markdown, sanitised, with mentions as "@Name" chips. */
export function CommentBody({ markdown }: { markdown: string }) {
  const html = useMemo(() => renderCommentMarkdown(markdown), [markdown]);
  return <Typography className={classes.body} dangerouslySetInnerHTML={{ __html: html }} />;
}
