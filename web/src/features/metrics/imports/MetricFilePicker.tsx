import { Alert, Code, Group, Paper, Stack, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import type { MetricImportFormat } from '@policyops/contracts';
import { IconAlertTriangle, IconUpload } from '@tabler/icons-react';
import { useId, useState, type ChangeEvent, type DragEvent } from 'react';
import { fileProblemOf, inferMetricFormat, METRIC_FILE_ACCEPT } from './import-format';
import classes from './MetricFilePicker.module.css';

export interface MetricFilePickerProps {
  onChosen: (file: File, format: MetricImportFormat) => void;
  /** While a file uploads or runs: no second one. */
  disabled?: boolean;
}

/**
 * Where a metric file is chosen: dropped on the area, or picked with the file input (a real
 * `<input type=file>`, so the keyboard and screen readers use it as any other field). The format
 * comes from the extension.
 */
export function MetricFilePicker({ onChosen, disabled = false }: MetricFilePickerProps) {
  const inputId = useId();
  const hintId = useId();
  const [dragging, setDragging] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const choose = (file: File | undefined) => {
    if (!file) return;
    const refusal = fileProblemOf(file);
    const format = inferMetricFormat(file.name);
    if (refusal || !format) {
      setProblem(refusal);
      return;
    }
    setProblem(null);
    onChosen(file, format);
  };

  const onInput = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    // Cleared so that choosing the same (fixed) file again fires a change.
    event.currentTarget.value = '';
    choose(file);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (disabled) return;
    const files = [...event.dataTransfer.files];
    if (files.length !== 1) {
      setProblem('Drop one file at a time.');
      return;
    }
    choose(files[0]);
  };

  return (
    <Stack gap="sm">
      <Paper
        radius="md"
        px="md"
        py="xl"
        className={classes.dropArea}
        data-dragging={dragging || undefined}
        onDragOver={(event: DragEvent<HTMLDivElement>) => {
          event.preventDefault();
          if (!disabled) setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Stack align="center" gap="xs" ta="center">
          <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
            <IconUpload size={24} />
          </ThemeIcon>
          <Text fw={600}>Drop a metrics file here, or choose one</Text>
          <Text id={hintId} size="sm" c="dimmed" maw={560}>
            <Code>.csv</Code> with the template&apos;s header, or <Code>.ndjson</Code> / <Code>.jsonl</Code> with one
            JSON object per line. Every row is checked first: a file with any invalid row writes nothing.
          </Text>
          <Group mt="xs" justify="center">
            <input
              id={inputId}
              type="file"
              accept={METRIC_FILE_ACCEPT}
              className={classes.input}
              onChange={onInput}
              disabled={disabled}
              aria-describedby={hintId}
            />
            <UnstyledButton
              component="label"
              htmlFor={inputId}
              className={classes.chooseLabel}
              px="md"
              py={8}
              bg={disabled ? 'var(--mantine-color-disabled)' : 'var(--mantine-primary-color-filled)'}
              c={disabled ? 'var(--mantine-color-disabled-color)' : 'var(--mantine-primary-color-contrast)'}
              fw={600}
              fz="sm"
              style={{ borderRadius: 'var(--mantine-radius-default)', cursor: disabled ? 'not-allowed' : 'pointer' }}
            >
              Choose a file
            </UnstyledButton>
          </Group>
        </Stack>
      </Paper>
      {problem ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} aria-hidden />}
          role="alert"
          title="Can't upload that file"
        >
          <Text size="sm">{problem}</Text>
        </Alert>
      ) : null}
    </Stack>
  );
}
