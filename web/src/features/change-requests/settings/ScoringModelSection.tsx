import { Button, Code, Group, NumberInput, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import {
  SCORING_INPUTS,
  crScore,
  scoringFormula,
  type CrScoringModel,
  type CrSettings,
  type ScoringInput,
} from '@policyops/contracts';
import { useState } from 'react';
import { notifySuccess } from '../../../lib/problem-feedback';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { SCORING_INPUT_LABELS } from '../cr-labels';
import { useCrSettings, useUpdateCrSettings } from '../list/cr-list-queries';
import { SettingsSaveError, savedNote } from './settings-save';

const EXAMPLE = { severity: 4, reach: 3, urgency: 5, effort: 2 };

function ScoringForm({ settings, onReload }: { settings: CrSettings; onReload: () => void }) {
  // The version and values this form opened with: a save after someone else's is refused, not merged.
  const [base] = useState(settings);
  const [exponents, setExponents] = useState<CrScoringModel['exponents']>(base.scoringModel.exponents);
  const update = useUpdateCrSettings();
  const model = { exponents };
  const set = (input: ScoringInput, value: number | string) =>
    setExponents((e) => ({ ...e, [input]: typeof value === 'number' ? value : Number(value) || 0 }));
  const dirty = SCORING_INPUTS.some((input) => exponents[input] !== base.scoringModel.exponents[input]);
  const example = crScore(EXAMPLE, model);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate(
          { version: base.version, scoringModel: model },
          {
            onSuccess: (saved) => {
              notifySuccess('Scoring model saved', saved.formula);
              onReload();
            },
          },
        );
      }}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {SCORING_INPUTS.map((input) => (
            <NumberInput
              key={input}
              label={`${SCORING_INPUT_LABELS[input]} power`}
              min={0}
              max={3}
              step={0.5}
              decimalScale={1}
              clampBehavior="strict"
              value={exponents[input]}
              onChange={(value) => set(input, value)}
              disabled={!settings.abilities.update}
            />
          ))}
        </SimpleGrid>
        <Text size="sm" aria-live="polite">
          Formula: <Code>{scoringFormula(model)}</Code>. For example severity 4, reach 3, urgency 5, effort 2 scores{' '}
          <strong>{example.value}</strong> ({example.worked}).
        </Text>
        {update.isError ? <SettingsSaveError error={update.error} onReload={onReload} /> : null}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {savedNote(base)} · version {base.version}
          </Text>
          {settings.abilities.update ? (
            <Button type="submit" disabled={!dirty} loading={update.isPending}>
              Save scoring model
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The workspace's scoring model: a power per input (0–3 in steps of 0.5). Powers, not weights, because
 * a weight on a product scales every score alike and changes no ranking.
 */
export function ScoringModelSection() {
  const settings = useCrSettings();
  const [formKey, setFormKey] = useState(0);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="cr-scoring-title">
      <Stack gap="sm">
        <Title order={2} id="cr-scoring-title">
          Scoring model
        </Title>
        <Text size="sm" c="dimmed">
          Each change request is scored from four inputs of 1–5. A power above 1 makes its input count more, 0 leaves it
          out. The intake queue ranks by this score.
        </Text>
        {settings.isError ? (
          <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />
        ) : !settings.data ? (
          <Skeleton height={120} aria-label="Loading the scoring model" />
        ) : (
          <ScoringForm
            key={formKey}
            settings={settings.data}
            onReload={() => void settings.refetch().then(() => setFormKey((k) => k + 1))}
          />
        )}
      </Stack>
    </Paper>
  );
}
