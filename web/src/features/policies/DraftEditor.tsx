import { Alert, Button, CopyButton, Grid, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDeviceFloppy } from '@tabler/icons-react';
import { IsoDateSchema, VersionLabelSchema } from '@policyops/contracts';
import type { PolicyVersion } from '@policyops/contracts';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { z } from 'zod';
import { isApiError } from '../../lib/api';
import { applyErrorToForm } from '../../lib/problem-feedback';
import { MarketDatesEditor, marketDateFieldErrors, marketDateRows, marketDatesInput } from '../applicability';
import type { MarketDateRow } from '../applicability';
import { DraftPreview } from './DraftPreview';
import { useUpdateVersion } from './useVersionMutations';

const DraftFormSchema = z.object({
  label: VersionLabelSchema,
  body: z.string().max(200_000, 'The text is too long (200,000 characters at most)'),
  changeSummary: z.string().max(2000, 'Use at most 2,000 characters'),
  effectiveDate: z.union([z.literal(''), IsoDateSchema]),
  marketDates: z
    .array(
      z.object({
        key: z.string(),
        marketId: z.string().min(1, 'Choose a market'),
        effectiveDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Choose a date'),
      }),
    )
    .superRefine((rows, ctx) => {
      rows.forEach((row, i) => {
        if (row.marketId && rows.findIndex((r) => r.marketId === row.marketId) !== i) {
          ctx.addIssue({ code: 'custom', path: [i, 'marketId'], message: 'This market already has a date' });
        }
      });
    }),
});

interface DraftFormValues {
  label: string;
  body: string;
  changeSummary: string;
  effectiveDate: string;
  marketDates: MarketDateRow[];
}

const valuesOf = (version: PolicyVersion): DraftFormValues => ({
  label: version.label,
  body: version.body,
  changeSummary: version.changeSummary,
  effectiveDate: version.effectiveDate ?? '',
  marketDates: marketDateRows(version.marketDates),
});

/** What an editor does when a save is refused without being the user's fault. */
type SaveProblem = { kind: 'conflict' } | { kind: 'locked'; detail: string };

export interface DraftEditorProps {
  policyRef: string;
  version: PolicyVersion;
  /** Reloads the draft from the server (after a conflict), discarding the local text. */
  onReload: () => void;
  /** Lets the caller put the workflow buttons (which need `save`) in the page header. */
  children: (save: () => Promise<number | null>) => ReactNode;
}

/**
 * The draft editor: Markdown on the left, live sanitised preview on the right. Saves send the
 * version they started from; a refused save never touches the text being edited.
 */
export function DraftEditor({ policyRef, version, onReload, children }: DraftEditorProps) {
  const update = useUpdateVersion(policyRef, version.id);
  const [baseVersion, setBaseVersion] = useState(version.version);
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const form = useForm<DraftFormValues>({
    initialValues: valuesOf(version),
    validate: schemaResolver(DraftFormSchema, { sync: true }),
  });

  /** Saves when there is something to save; returns the record version now current, or null. */
  const save = async (options: { force?: boolean } = {}): Promise<number | null> => {
    if (!options.force && !form.isDirty()) return baseVersion;
    if (form.validate().hasErrors) return null;
    const values = form.getValues();
    try {
      const saved = await update.mutateAsync({
        version: baseVersion,
        label: values.label.trim(),
        body: values.body,
        changeSummary: values.changeSummary.trim(),
        effectiveDate: values.effectiveDate || null,
        marketDates: marketDatesInput(values.marketDates),
      });
      setBaseVersion(saved.version);
      setProblem(null);
      form.resetDirty(values);
      return saved.version;
    } catch (error) {
      if (isApiError(error) && error.is('VERSION_CONFLICT')) setProblem({ kind: 'conflict' });
      else if (isApiError(error) && (error.is('POLICY_VERSION_LOCKED') || error.is('INVALID_STATE'))) {
        setProblem({ kind: 'locked', detail: error.detail ?? error.title });
      } else if (isApiError(error) && Object.keys(marketDateFieldErrors(error.errors)).length > 0) {
        form.setErrors(marketDateFieldErrors(error.errors));
      } else applyErrorToForm(form, error);
      return null;
    }
  };

  const saveDraft = async () => {
    if ((await save({ force: true })) === null) return;
    // One toast however often Ctrl/⌘ S is pressed: a stack of them would cover the page's buttons.
    notifications.show({
      id: 'draft-saved',
      color: 'indigo',
      title: 'Draft saved',
      message: `Version ${form.getValues().label.trim()}`,
      autoClose: 3000,
    });
  };

  useHotkeys([['mod+S', () => void saveDraft()]], []);
  const dirty = form.isDirty();

  return (
    <Stack gap="md">
      <Group justify="flex-end" gap="xs" wrap="wrap">
        {children(() => save())}
      </Group>
      {problem ? (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle size={18} aria-hidden />}
          title={
            problem.kind === 'conflict'
              ? 'Someone else saved this draft. Your text is kept here; copy it, then reload.'
              : 'This draft can no longer be edited. Your text is kept here; copy it, then reload.'
          }
          role="alert"
        >
          <Stack gap="xs">
            {problem.kind === 'locked' ? <Text size="sm">{problem.detail}</Text> : null}
            <Group gap="xs">
              <CopyButton value={form.values.body} timeout={2000}>
                {({ copied, copy }) => (
                  <Button size="xs" variant="default" onClick={copy}>
                    {copied ? 'Copied' : 'Copy my text'}
                  </Button>
                )}
              </CopyButton>
              <Button size="xs" variant="default" onClick={onReload}>
                Reload (discards my changes)
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : null}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void saveDraft();
        }}
        noValidate
      >
        <Stack gap="md">
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              label="Version label"
              description="major.minor, e.g. 2.1"
              required
              w={160}
              {...form.getInputProps('label')}
            />
            <TextInput
              type="date"
              label="Effective date"
              description="Needed to approve"
              w={190}
              {...form.getInputProps('effectiveDate')}
            />
            <Textarea
              label="Change summary"
              description="What changed and why"
              autosize
              minRows={1}
              maxRows={4}
              style={{ flex: '1 1 280px' }}
              {...form.getInputProps('changeSummary')}
            />
          </Group>
          <MarketDatesEditor
            rows={form.values.marketDates}
            onChange={(rows) => {
              form.setFieldValue('marketDates', rows);
              // Rows may have moved: their old errors would point at the wrong ones.
              form.setErrors(
                Object.fromEntries(Object.entries(form.errors).filter(([path]) => !path.startsWith('marketDates'))),
              );
            }}
            errorOf={(index, field) => form.errors[`marketDates.${index}.${field}`]}
          />
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <Textarea
                label="Policy text"
                description="Markdown. Link another policy with [[its-slug]]."
                autosize
                minRows={18}
                spellCheck
                styles={{
                  input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13, lineHeight: 1.55 },
                }}
                {...form.getInputProps('body')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <DraftPreview markdown={form.values.body} />
            </Grid.Col>
          </Grid>
          <Group justify="space-between" gap="sm" wrap="wrap">
            <Text size="sm" c="dimmed" aria-live="polite">
              {dirty ? 'Unsaved changes' : 'All changes saved'} · Ctrl/⌘ S saves
            </Text>
            <Button type="submit" leftSection={<IconDeviceFloppy size={16} aria-hidden />} loading={update.isPending}>
              Save draft
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
