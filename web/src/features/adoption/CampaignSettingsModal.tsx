import {
  ActionIcon,
  Alert,
  Button,
  Divider,
  Fieldset,
  Group,
  Modal,
  NumberInput,
  Radio,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { DEFAULT_REMINDER_CADENCE_DAYS, GATE_METRICS } from '@policyops/contracts';
import type { AdoptionCampaign, AdoptionCampaignSettingsUpdate, GateMetric } from '@policyops/contracts';
import { useState } from 'react';
import { isApiError } from '../../lib/api';
import { notifyError, notifySuccess } from '../../lib/problem-feedback';
import { GATE_METRIC_LABELS } from './adoption-labels';
import { handleAdoptionConflict, useUpdateCampaignSettings } from './adoption-queries';

interface QuestionValues {
  prompt: string;
  options: string[];
  /** The correct option's index, as the radio group's string value. */
  correct: string;
}

interface Values {
  trainingOn: boolean;
  trainingTitle: string;
  trainingUrl: string;
  quizOn: boolean;
  passMarkPct: number | string;
  questions: QuestionValues[];
  gateOn: boolean;
  gateMetric: GateMetric;
  gateThreshold: number | string;
  reminderCadenceDays: number | string;
}

const METRIC_OPTIONS = GATE_METRICS.map((value) => ({ value, label: GATE_METRIC_LABELS[value] }));
const blankQuestion = (): QuestionValues => ({ prompt: '', options: ['', ''], correct: '0' });

function initialValues(campaign: AdoptionCampaign): Values {
  const { training, quiz, gate, reminderCadenceDays } = campaign.settings;
  return {
    trainingOn: training !== null,
    trainingTitle: training?.title ?? '',
    trainingUrl: training?.url ?? '',
    quizOn: quiz !== null,
    passMarkPct: quiz?.passMarkPct ?? 80,
    questions: quiz?.questions.map((q) => ({
      prompt: q.prompt,
      options: [...q.options],
      correct: String(q.correctIndex),
    })) ?? [blankQuestion()],
    gateOn: gate !== null,
    gateMetric: gate?.metric ?? 'quiz_pass_pct',
    gateThreshold: gate?.thresholdPct ?? 90,
    reminderCadenceDays: reminderCadenceDays ?? DEFAULT_REMINDER_CADENCE_DAYS,
  };
}

/** Server field paths (`body.quiz.questions.0.prompt`) to this form's paths. */
function formPathOf(apiPath: string): string | null {
  const path = apiPath.replace(/^body\./, '');
  const rules: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^training\.title$/, () => 'trainingTitle'],
    [/^training\.url$/, () => 'trainingUrl'],
    [/^quiz\.passMarkPct$/, () => 'passMarkPct'],
    [/^quiz\.questions\.(\d+)\.prompt$/, (m) => `questions.${m[1]}.prompt`],
    [/^quiz\.questions\.(\d+)\.options\.(\d+)$/, (m) => `questions.${m[1]}.options.${m[2]}`],
    [/^quiz\.questions\.(\d+)\.(options|correctIndex)$/, (m) => `questions.${m[1]}.correct`],
    [/^gate\.thresholdPct$/, () => 'gateThreshold'],
    [/^gate\.metric$/, () => 'gateMetric'],
    [/^reminderCadenceDays$/, () => 'reminderCadenceDays'],
  ];
  for (const [re, to] of rules) {
    const m = re.exec(path);
    if (m) return to(m);
  }
  return null;
}

/** Training, quiz, gate and reminder cadence of a campaign, saved together with the version read. */
export function CampaignSettingsModal({ campaign, onClose }: { campaign: AdoptionCampaign; onClose(): void }) {
  const update = useUpdateCampaignSettings(campaign.id);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const form = useForm<Values>({
    initialValues: initialValues(campaign),
    validate: {
      trainingTitle: (v, values) => (values.trainingOn && !v.trim() ? 'Enter a title' : null),
      trainingUrl: (v, values) =>
        values.trainingOn && !/^https?:\/\/\S+$/.test(v.trim()) ? 'Use an http(s) address' : null,
      questions: {
        prompt: (v, values) => (values.quizOn && !v.trim() ? 'Enter a question' : null),
      },
    },
  });
  const values = form.getValues();

  const submit = form.onSubmit((v) => {
    setUnplaced([]);
    const body: AdoptionCampaignSettingsUpdate = {
      version: campaign.version,
      training: v.trainingOn ? { title: v.trainingTitle.trim(), url: v.trainingUrl.trim() } : null,
      quiz: v.quizOn
        ? {
            passMarkPct: Number(v.passMarkPct),
            questions: v.questions.map((q) => ({
              prompt: q.prompt.trim(),
              options: q.options.map((o) => o.trim()),
              correctIndex: Number(q.correct),
            })),
          }
        : null,
      gate: v.gateOn ? { metric: v.gateMetric, thresholdPct: Number(v.gateThreshold) } : null,
      reminderCadenceDays: Number(v.reminderCadenceDays),
    };
    update.mutate(body, {
      onSuccess: () => {
        notifySuccess('Campaign settings saved');
        onClose();
      },
      onError: (error) => {
        if (handleAdoptionConflict(error)) return onClose();
        if (!isApiError(error) || error.errors.length === 0) return notifyError(error);
        const rest: string[] = [];
        for (const e of error.errors) {
          const path = formPathOf(e.path);
          if (path) form.setFieldError(path, e.message);
          else rest.push(e.message);
        }
        setUnplaced(rest);
      },
    });
  });

  return (
    <Modal opened onClose={onClose} title="Campaign settings" size="xl">
      <form onSubmit={submit} noValidate aria-label="Campaign settings">
        <Stack>
          <Fieldset legend="Training">
            <Stack gap="sm">
              <Switch
                label="Ask people to complete a training"
                {...form.getInputProps('trainingOn', { type: 'checkbox' })}
              />
              {values.trainingOn ? (
                <Group grow align="flex-start">
                  <TextInput label="Training title" required {...form.getInputProps('trainingTitle')} />
                  <TextInput
                    label="Training address"
                    placeholder="https://"
                    type="url"
                    required
                    {...form.getInputProps('trainingUrl')}
                  />
                </Group>
              ) : null}
            </Stack>
          </Fieldset>

          <Fieldset legend="Quiz">
            <Stack gap="sm">
              <Switch label="Ask people to pass a short quiz" {...form.getInputProps('quizOn', { type: 'checkbox' })} />
              {values.quizOn ? (
                <>
                  <NumberInput
                    label="Pass mark"
                    description="Share of questions answered right"
                    min={1}
                    max={100}
                    suffix="%"
                    allowDecimal={false}
                    w={200}
                    {...form.getInputProps('passMarkPct')}
                  />
                  {values.questions.map((q, qi) => (
                    <Stack
                      key={qi}
                      gap="xs"
                      p="sm"
                      style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 }}
                    >
                      <Group justify="space-between" align="flex-end" wrap="nowrap">
                        <Textarea
                          label={`Question ${qi + 1}`}
                          autosize
                          minRows={1}
                          required
                          style={{ flex: 1 }}
                          {...form.getInputProps(`questions.${qi}.prompt`)}
                        />
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`Remove question ${qi + 1}`}
                          disabled={values.questions.length <= 1}
                          onClick={() => form.removeListItem('questions', qi)}
                        >
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      </Group>
                      <Radio.Group
                        label="Options (choose the correct answer)"
                        {...form.getInputProps(`questions.${qi}.correct`)}
                      >
                        <Stack gap={6} mt={4}>
                          {q.options.map((_, oi) => (
                            <Group key={oi} gap="xs" wrap="nowrap" align="flex-start">
                              <Radio
                                value={String(oi)}
                                aria-label={`Option ${oi + 1} of question ${qi + 1} is correct`}
                                mt={8}
                              />
                              <TextInput
                                aria-label={`Option ${oi + 1} of question ${qi + 1}`}
                                placeholder={`Option ${oi + 1}`}
                                style={{ flex: 1 }}
                                {...form.getInputProps(`questions.${qi}.options.${oi}`)}
                              />
                              <ActionIcon
                                variant="subtle"
                                color="gray"
                                mt={4}
                                aria-label={`Remove option ${oi + 1} of question ${qi + 1}`}
                                disabled={q.options.length <= 2}
                                onClick={() => {
                                  form.removeListItem(`questions.${qi}.options`, oi);
                                  const correct = Number(q.correct);
                                  if (correct >= oi && correct > 0)
                                    form.setFieldValue(
                                      `questions.${qi}.correct`,
                                      String(correct === oi ? 0 : correct - 1),
                                    );
                                }}
                              >
                                <IconTrash size={14} aria-hidden />
                              </ActionIcon>
                            </Group>
                          ))}
                        </Stack>
                      </Radio.Group>
                      <Group>
                        <Button
                          size="xs"
                          variant="subtle"
                          leftSection={<IconPlus size={14} aria-hidden />}
                          disabled={q.options.length >= 6}
                          onClick={() => form.insertListItem(`questions.${qi}.options`, '')}
                        >
                          Add option
                        </Button>
                      </Group>
                    </Stack>
                  ))}
                  <Group>
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconPlus size={14} aria-hidden />}
                      disabled={values.questions.length >= 20}
                      onClick={() => form.insertListItem('questions', blankQuestion())}
                    >
                      Add question
                    </Button>
                  </Group>
                </>
              ) : null}
            </Stack>
          </Fieldset>

          <Fieldset legend="Gate">
            <Stack gap="sm">
              <Switch
                label="Require a figure in every audience before the change counts as adopted"
                description="Without a gate, every audience must reach its own acknowledgement target"
                {...form.getInputProps('gateOn', { type: 'checkbox' })}
              />
              {values.gateOn ? (
                <Group grow align="flex-start">
                  <Select
                    label="Figure"
                    data={METRIC_OPTIONS}
                    allowDeselect={false}
                    {...form.getInputProps('gateMetric')}
                  />
                  <NumberInput
                    label="At least"
                    min={1}
                    max={100}
                    suffix="%"
                    allowDecimal={false}
                    {...form.getInputProps('gateThreshold')}
                  />
                </Group>
              ) : null}
            </Stack>
          </Fieldset>

          <NumberInput
            label="Reminder cadence"
            description="Days between reminder e-mails to the contact of an audience below target (1-30)"
            min={1}
            max={30}
            suffix=" days"
            allowDecimal={false}
            w={320}
            {...form.getInputProps('reminderCadenceDays')}
          />
          {unplaced.length ? (
            <Alert color="red" variant="light" title="Not saved">
              {unplaced.map((m) => (
                <Text key={m} size="sm">
                  {m}
                </Text>
              ))}
            </Alert>
          ) : null}
          <Divider />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending}>
              Save settings
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
