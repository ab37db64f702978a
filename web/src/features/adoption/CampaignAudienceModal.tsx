import { Button, Group, Modal, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { DEFAULT_TARGET_PCT } from '@policyops/contracts';
import type { AdoptionCampaign, AudienceKind, CampaignAudience } from '@policyops/contracts';
import { applyErrorToForm, notifySuccess } from '../../lib/problem-feedback';
import { AUDIENCE_KIND_LABELS } from './adoption-labels';
import { AudienceKindAndHeadcount } from './AudienceFields';
import {
  handleAdoptionConflict,
  useAddCampaignAudience,
  useAudienceDirectory,
  useUpdateCampaignAudience,
} from './adoption-queries';

interface Values {
  sourceAudienceId: string | null;
  name: string;
  kind: AudienceKind;
  headcount: number | string;
  contactEmail: string;
  targetPct: number | string;
}

export interface CampaignAudienceModalProps {
  campaign: AdoptionCampaign;
  /** Edit this audience; add one when absent. */
  audience?: CampaignAudience;
  onClose(): void;
}

/** Adds an audience to the campaign (from the directory or by hand) or edits one; the server names fields at fault. */
export function CampaignAudienceModal({ campaign, audience, onClose }: CampaignAudienceModalProps) {
  const directory = useAudienceDirectory({ active: true, enabled: !audience });
  const add = useAddCampaignAudience(campaign.id);
  const update = useUpdateCampaignAudience(campaign.id);
  const form = useForm<Values>({
    initialValues: {
      sourceAudienceId: audience?.sourceAudienceId ?? null,
      name: audience?.name ?? '',
      kind: audience?.kind ?? 'site',
      headcount: audience?.headcount ?? '',
      contactEmail: audience?.contactEmail ?? '',
      targetPct: audience?.targetPct ?? DEFAULT_TARGET_PCT,
    },
    validate: {
      name: (v) => (v.trim() ? null : 'Enter a name'),
      headcount: (v) => (typeof v === 'number' && v >= 1 ? null : 'Enter the number of people'),
      contactEmail: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : 'Enter an e-mail address'),
    },
  });
  const inCampaign = new Set(campaign.audiences.map((a) => a.sourceAudienceId).filter(Boolean));
  const options = (directory.data?.items ?? [])
    .filter((a) => !inCampaign.has(a.id))
    .map((a) => ({ value: a.id, label: `${a.name} (${AUDIENCE_KIND_LABELS[a.kind]}, ${a.headcount})` }));

  const pick = (id: string | null) => {
    form.setFieldValue('sourceAudienceId', id);
    const source = directory.data?.items.find((a) => a.id === id);
    if (source)
      form.setValues({
        name: source.name,
        kind: source.kind,
        headcount: source.headcount,
        contactEmail: source.contactEmail,
      });
  };

  const submit = form.onSubmit((v) => {
    const fields = {
      name: v.name.trim(),
      kind: v.kind,
      headcount: Number(v.headcount),
      contactEmail: v.contactEmail.trim(),
      targetPct: Number(v.targetPct),
    };
    if (!audience) {
      add.mutate(
        { ...fields, sourceAudienceId: v.sourceAudienceId },
        {
          onSuccess: () => {
            notifySuccess('Audience added', fields.name);
            onClose();
          },
          onError: (error) => applyErrorToForm(form, error),
        },
      );
      return;
    }
    update.mutate(
      { audienceId: audience.id, changes: { version: audience.version, ...fields } },
      {
        onSuccess: () => {
          notifySuccess('Audience saved', fields.name);
          onClose();
        },
        onError: (error) => {
          if (handleAdoptionConflict(error)) return onClose();
          applyErrorToForm(form, error);
        },
      },
    );
  });

  return (
    <Modal opened onClose={onClose} title={audience ? `Edit ${audience.name}` : 'Add an audience'} size="lg">
      <form onSubmit={submit} noValidate aria-label={audience ? 'Edit audience' : 'Add an audience'}>
        <Stack>
          {audience ? null : (
            <Select
              label="From the audience directory"
              description="Fills in the fields below; or leave empty and type them"
              placeholder={
                directory.isPending ? 'Loading…' : options.length ? 'Pick an audience' : 'No directory audience left'
              }
              data={options}
              searchable
              clearable
              value={form.getValues().sourceAudienceId}
              onChange={pick}
              data-autofocus
            />
          )}
          <TextInput label="Name" required {...form.getInputProps('name')} />
          <AudienceKindAndHeadcount kind={form.getInputProps('kind')} headcount={form.getInputProps('headcount')} />
          <Group grow align="flex-start">
            <TextInput
              label="Contact e-mail"
              description="Reminders go here"
              type="email"
              required
              {...form.getInputProps('contactEmail')}
            />
            <NumberInput
              label="Target"
              description="Share of headcount to acknowledge"
              min={0}
              max={100}
              suffix="%"
              {...form.getInputProps('targetPct')}
            />
          </Group>
          {audience ? (
            <Text size="xs" c="dimmed">
              Changes apply to this campaign only; the directory entry stays as it is.
            </Text>
          ) : null}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={add.isPending || update.isPending}>
              {audience ? 'Save audience' : 'Add audience'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
