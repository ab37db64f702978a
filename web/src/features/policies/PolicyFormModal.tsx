import { Button, Group, Modal, MultiSelect, Select, Stack, Switch, TagsInput, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { PolicyCreateSchema } from '@policyops/contracts';
import type { PolicyDetail } from '@policyops/contracts';
import { useState } from 'react';
import { z } from 'zod';
import { applyErrorToForm, notifySuccess } from '../../lib/problem-feedback';
import { useUserSearch } from '../people';
import { useTeams } from '../teams';
import { areaOptions, toSlug } from './policy-labels';
import { handlePolicyConflict, useCreatePolicy, useUpdatePolicy } from './usePolicyMutations';
import { usePolicyAreas } from './usePolicies';

/** The form's view of the contract: selects hold null until something is picked. */
const PolicyFormSchema = PolicyCreateSchema.extend({
  areaId: z
    .string()
    .nullable()
    .refine((value) => Boolean(value), 'Pick an area'),
  owningTeamId: z.string().nullable(),
});

interface PolicyFormValues {
  title: string;
  slug: string;
  areaId: string | null;
  owningTeamId: string | null;
  ownerIds: string[];
  tags: string[];
  restricted: boolean;
  memberIds: string[];
}

export interface PolicyFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** Edit this policy; create a new one when absent. */
  policy?: PolicyDetail;
  /** Pre-selected area for a new policy (the area being browsed). */
  defaultAreaId?: string;
  onSaved?: (policy: PolicyDetail) => void;
}

/** Creates a policy, or edits its details (sending the version it read). */
export function PolicyFormModal({ opened, onClose, policy, defaultAreaId, onSaved }: PolicyFormModalProps) {
  const create = useCreatePolicy();
  const update = useUpdatePolicy();
  const areas = usePolicyAreas({ enabled: opened });
  const teams = useTeams(undefined, { enabled: opened });
  const users = useUserSearch('', { limit: 200, enabled: opened });
  const [slugEdited, setSlugEdited] = useState(Boolean(policy));
  const form = useForm<PolicyFormValues>({
    initialValues: {
      title: policy?.title ?? '',
      slug: policy?.slug ?? '',
      areaId: policy?.areaId ?? defaultAreaId ?? null,
      owningTeamId: policy?.owningTeam?.id ?? null,
      ownerIds: policy?.owners.map((p) => p.id) ?? [],
      tags: policy?.tags ?? [],
      restricted: policy?.restricted ?? false,
      memberIds: policy?.members.map((p) => p.id) ?? [],
    },
    validate: schemaResolver(PolicyFormSchema, { sync: true }),
  });

  const close = () => {
    form.reset();
    setSlugEdited(Boolean(policy));
    onClose();
  };

  const submit = form.onSubmit((values) => {
    const body = { ...values, areaId: values.areaId ?? '' };
    if (!policy) {
      create.mutate(body, {
        onSuccess: (created) => {
          notifySuccess('Policy created', created.title);
          close();
          onSaved?.(created);
        },
        onError: (error) => applyErrorToForm(form, error),
      });
      return;
    }
    update.mutate(
      { policyId: policy.id, changes: { version: policy.version, ...body } },
      {
        onSuccess: (saved) => {
          notifySuccess('Policy saved', saved.title);
          onClose();
          onSaved?.(saved);
        },
        onError: (error) => {
          if (handlePolicyConflict(error)) return onClose();
          applyErrorToForm(form, error);
        },
      },
    );
  });

  // Everyone listed, plus whoever is already chosen (a deactivated owner keeps a readable label).
  const people = new Map<string, string>();
  for (const u of users.data?.items ?? [])
    people.set(u.id, u.status === 'deactivated' ? `${u.name} (deactivated)` : u.name);
  for (const p of [...(policy?.owners ?? []), ...(policy?.members ?? [])])
    if (!people.has(p.id)) people.set(p.id, p.name);
  const peopleOptions = [...people].map(([value, label]) => ({ value, label }));
  const teamOptions = (teams.data?.items ?? []).map((t) => ({ value: t.id, label: t.name }));
  const titleProps = form.getInputProps('title');
  const slugProps = form.getInputProps('slug');
  const loadingPeople = users.isPending ? 'Loading people…' : 'Pick people';

  return (
    <Modal opened={opened} onClose={close} title={policy ? `Edit ${policy.title}` : 'New policy'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label="Title"
            required
            data-autofocus
            {...titleProps}
            onChange={(event) => {
              const title = event.currentTarget.value;
              titleProps.onChange(event);
              if (!slugEdited) form.setFieldValue('slug', toSlug(title));
            }}
          />
          <TextInput
            label="Slug"
            required
            description={`Used in links and cross-references: /policies/${form.values.slug || 'slug'}, [[${form.values.slug || 'slug'}]]`}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            {...slugProps}
            onChange={(event) => {
              setSlugEdited(event.currentTarget.value !== '');
              slugProps.onChange(event);
            }}
          />
          <Select
            label="Area"
            required
            searchable
            placeholder={areas.isPending ? 'Loading areas…' : 'Pick an area'}
            data={areaOptions(areas.data?.items ?? [])}
            nothingFoundMessage="No area matches"
            {...form.getInputProps('areaId')}
          />
          <Select
            label="Owning team"
            clearable
            searchable
            placeholder={teams.isPending ? 'Loading teams…' : 'No team'}
            data={teamOptions}
            nothingFoundMessage="No team matches"
            {...form.getInputProps('owningTeamId')}
          />
          <MultiSelect
            label="Owners"
            description="Accountable for the policy"
            placeholder={loadingPeople}
            data={peopleOptions}
            searchable
            clearable
            maxValues={20}
            nothingFoundMessage="No one matches"
            {...form.getInputProps('ownerIds')}
          />
          <TagsInput
            label="Tags"
            description="Press Enter after each tag"
            maxTags={20}
            clearable
            {...form.getInputProps('tags')}
          />
          <Switch
            label="Restricted"
            description="Visible only to its owners, its members and admins"
            {...form.getInputProps('restricted', { type: 'checkbox' })}
          />
          {form.values.restricted ? (
            <MultiSelect
              label="Members"
              description="Who may see this policy"
              placeholder={loadingPeople}
              data={peopleOptions}
              searchable
              clearable
              maxValues={200}
              nothingFoundMessage="No one matches"
              {...form.getInputProps('memberIds')}
            />
          ) : null}
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {policy ? 'Save details' : 'Create policy'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
