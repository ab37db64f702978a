import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import type { PolicyDiff } from '@policyops/contracts';
import classes from './DiffText.module.css';

type Part = PolicyDiff['parts'][number];

function Run({ part }: { part: Part }) {
  if (part.added) return <ins className={classes.added}>{part.value}</ins>;
  if (part.removed) return <del className={classes.removed}>{part.value}</del>;
  return <span>{part.value}</span>;
}

/** "+12 words / -3 words". */
export function DiffStats({ added, removed }: { added: number; removed: number }) {
  return (
    <Text size="md">
      <span className={classes.statAdded}>+{added.toLocaleString()} words</span>
      {' / '}
      <span className={classes.statRemoved}>-{removed.toLocaleString()} words</span>
    </Text>
  );
}

/** Every change in place: removals struck through in red, additions underlined in green. */
export function DiffInline({ parts }: { parts: Part[] }) {
  return (
    <Paper withBorder p="md" className={classes.text}>
      {parts.map((part, i) => (
        <Run key={i} part={part} />
      ))}
    </Paper>
  );
}

/** The older text with its removals on the left, the newer text with its additions on the right. */
export function DiffSideBySide({ parts, fromLabel, toLabel }: { parts: Part[]; fromLabel: string; toLabel: string }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Paper withBorder p="md" component="section" aria-labelledby="diff-old-heading">
        <Title order={2} size="h3" id="diff-old-heading" mb="xs">
          Version {fromLabel} (older)
        </Title>
        <div className={classes.text}>{parts.map((part, i) => (part.added ? null : <Run key={i} part={part} />))}</div>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="diff-new-heading">
        <Title order={2} size="h3" id="diff-new-heading" mb="xs">
          Version {toLabel} (newer)
        </Title>
        <div className={classes.text}>
          {parts.map((part, i) => (part.removed ? null : <Run key={i} part={part} />))}
        </div>
      </Paper>
    </SimpleGrid>
  );
}
