import { Text, type TextProps } from '@mantine/core';
import type { Sentence } from '@policyops/contracts';
import { Fragment } from 'react';
import { HrefLink } from './HrefLink';

export interface SentenceLineProps extends TextProps {
  /** The parts of a sentence from contracts (auditSentence, activitySentence): names with a page link to it. */
  sentence: Sentence;
}

/** What happened, in words, with the people and records it names linked to their pages. */
export function SentenceLine({ sentence, size = 'sm', ...props }: SentenceLineProps) {
  return (
    <Text size={size} component="span" {...props}>
      {sentence.map((part, i) =>
        part.href ? (
          <HrefLink key={i} href={part.href} size={size} fw={500}>
            {part.text}
          </HrefLink>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </Text>
  );
}
