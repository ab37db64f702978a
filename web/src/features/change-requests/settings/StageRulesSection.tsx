import { Button, Group, MultiSelect, NumberInput, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { CR_FIELDS, type CrField, type CrSettings, type CrStageConfig } from '@policyops/contracts';
import { useState } from 'react';
import { isApiError } from '../../../lib/api';
import { notifySuccess } from '../../../lib/problem-feedback';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { CR_FIELD_LABELS, CR_LANE_LABELS, CR_STAGE_LABELS, SIGN_OFF_ROLE_LABELS } from '../cr-labels';
import { useCrSettings, useUpdateCrSettings } from '../list/cr-list-queries';
import { SettingsSaveError, savedNote } from './settings-save';

const FIELD_OPTIONS = CR_FIELDS.map((field) => ({ value: field, label: CR_FIELD_LABELS[field] }));

/** The API's error for one stage's field (`body.workflow.stages.3.targetDays`), if any. */
function stageError(error: unknown, index: number, field: 'targetDays' | 'requiredFields'): string | undefined {
  if (!isApiError(error)) return undefined;
  const prefix = `body.workflow.stages.${index}.${field}`;
  return error.errors.find((e) => e.path === prefix || e.path.startsWith(`${prefix}.`))?.message;
}

function StageRulesForm({ settings, onReload }: { settings: CrSettings; onReload: () => void }) {
  const [base] = useState(settings);
  const [stages, setStages] = useState<CrStageConfig[]>(base.workflow.stages);
  const update = useUpdateCrSettings();
  const edit = (index: number, patch: Partial<CrStageConfig>) =>
    setStages((all) => all.map((stage, i) => (i === index ? { ...stage, ...patch } : stage)));
  const dirty = JSON.stringify(stages) !== JSON.stringify(base.workflow.stages);
  const editable = base.abilities.update;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate(
          { version: base.version, workflow: { stages } },
          {
            onSuccess: () => {
              notifySuccess('Stage rules saved');
              onReload();
            },
          },
        );
      }}
    >
      <Stack gap="sm">
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs">
            <Table.Caption>
              Stages in workflow order; Rejected and Withdrawn are reachable from any stage before launch
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Stage</Table.Th>
                <Table.Th>Target days</Table.Th>
                <Table.Th>Required before leaving</Table.Th>
                <Table.Th>Sign-offs</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {stages.map((stage, index) => (
                <Table.Tr key={stage.key}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {CR_STAGE_LABELS[stage.key]}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {stage.lanes.map((lane) => CR_LANE_LABELS[lane]).join(' and ')}
                    </Text>
                  </Table.Td>
                  <Table.Td w={150}>
                    <NumberInput
                      aria-label={`Target days in ${CR_STAGE_LABELS[stage.key]}`}
                      placeholder="No target"
                      min={1}
                      max={365}
                      allowDecimal={false}
                      value={stage.targetDays ?? ''}
                      onChange={(value) => edit(index, { targetDays: value === '' ? null : Number(value) })}
                      error={stageError(update.error, index, 'targetDays')}
                      disabled={!editable}
                    />
                  </Table.Td>
                  <Table.Td>
                    <MultiSelect
                      aria-label={`Fields required before leaving ${CR_STAGE_LABELS[stage.key]}`}
                      placeholder={stage.requiredFields.length ? undefined : 'Nothing required'}
                      data={FIELD_OPTIONS}
                      value={stage.requiredFields}
                      onChange={(fields) => edit(index, { requiredFields: fields as CrField[] })}
                      error={stageError(update.error, index, 'requiredFields')}
                      disabled={!editable}
                      maxDropdownHeight={240}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">
                      {stage.signOffs.roles.length
                        ? `${stage.signOffs.roles.map((r) => SIGN_OFF_ROLE_LABELS[r]).join(', ')} (${stage.signOffs.order === 'sequential' ? 'in order' : 'in parallel'})`
                        : '—'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {update.isError ? <SettingsSaveError error={update.error} onReload={onReload} /> : null}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {savedNote(base)} · version {base.version}
          </Text>
          {editable ? (
            <Button type="submit" disabled={!dirty} loading={update.isPending}>
              Save stage rules
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}

/** Per-stage target durations (overdue flags follow them) and the fields a CR needs before it leaves. */
export function StageRulesSection() {
  const settings = useCrSettings();
  const [formKey, setFormKey] = useState(0);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="cr-stage-rules-title">
      <Stack gap="sm">
        <Title order={2} id="cr-stage-rules-title">
          Stages
        </Title>
        <Text size="sm" c="dimmed">
          A change request past its stage’s target is flagged overdue and its owner notified. A move out of a stage is
          refused, naming what is missing, until its required fields are filled.
        </Text>
        {settings.isError ? (
          <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />
        ) : !settings.data ? (
          <Skeleton height={240} aria-label="Loading the stages" />
        ) : (
          <StageRulesForm
            key={formKey}
            settings={settings.data}
            onReload={() => void settings.refetch().then(() => setFormKey((k) => k + 1))}
          />
        )}
      </Stack>
    </Paper>
  );
}
