import { Button, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Market } from '@policyops/contracts';
import { isApiError } from '../../lib/api';
import { applyErrorToForm, notifySuccess } from '../../lib/problem-feedback';
import { handleDimensionConflict, useCreateMarket, useUpdateMarket } from './useApplicability';

const NO_REGION = 'none';
const CODE = /^[A-Z0-9-]{2,12}$/;

interface MarketFormValues {
  code: string;
  name: string;
  kind: 'region' | 'country';
  parentId: string;
}

export type MarketFormTarget =
  { mode: 'create'; kind: 'region' | 'country'; parentId: string | null } | { mode: 'edit'; market: Market };

export interface MarketFormModalProps {
  target: MarketFormTarget;
  markets: Market[];
  onClose: () => void;
}

/** Adds a region or country, or renames a market (and moves a country to another region). */
export function MarketFormModal({ target, markets, onClose }: MarketFormModalProps) {
  const create = useCreateMarket();
  const update = useUpdateMarket();
  const editing = target.mode === 'edit' ? target.market : null;
  const form = useForm<MarketFormValues>({
    initialValues: editing
      ? {
          code: editing.code,
          name: editing.name,
          kind: editing.kind === 'region' ? 'region' : 'country',
          parentId: editing.parentId ?? NO_REGION,
        }
      : {
          code: '',
          name: '',
          kind: target.mode === 'create' ? target.kind : 'region',
          parentId: (target.mode === 'create' && target.parentId) || NO_REGION,
        },
    validate: {
      code: (value) =>
        editing || CODE.test(value.trim()) ? null : 'Use 2–12 capital letters, digits or hyphens, e.g. EU or DE',
      name: (value) => (value.trim() ? null : 'Give the market a name'),
    },
  });
  const regions = markets
    .filter((m) => m.kind === 'region')
    .map((m) => ({ value: m.id, label: `${m.name} (${m.code})` }));
  const kind = editing ? editing.kind : form.values.kind;

  const submit = form.onSubmit((values) => {
    const parentId = values.kind === 'country' && values.parentId !== NO_REGION ? values.parentId : null;
    const onError = (error: unknown) => {
      if (handleDimensionConflict(error)) return onClose();
      if (isApiError(error) && error.is('INVALID_STATE')) form.setFieldError('name', error.detail ?? error.title);
      else applyErrorToForm(form, error);
    };
    if (editing) {
      const changes = {
        version: editing.version,
        ...(values.name.trim() !== editing.name ? { name: values.name.trim() } : {}),
        ...(editing.kind === 'country' && parentId !== editing.parentId ? { parentId } : {}),
      };
      update.mutate(
        { id: editing.id, changes },
        { onSuccess: (saved) => (notifySuccess('Market saved', saved.name), onClose()), onError },
      );
    } else {
      create.mutate(
        { code: values.code.trim(), name: values.name.trim(), kind: values.kind, parentId },
        {
          onSuccess: (saved) => (
            notifySuccess(saved.kind === 'region' ? 'Region added' : 'Country added', saved.name),
            onClose()
          ),
          onError,
        },
      );
    }
  });

  const title = editing ? `Edit ${editing.name}` : form.values.kind === 'region' ? 'Add a region' : 'Add a country';
  return (
    <Modal opened onClose={onClose} title={title}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {editing ? (
            <Text size="sm" c="dimmed">
              Code <strong>{editing.code}</strong> ·{' '}
              {editing.kind === 'global' ? 'Global' : editing.kind === 'region' ? 'Region' : 'Country'}. The code stays
              as it is, since imports and links use it.
            </Text>
          ) : (
            <>
              <SegmentedControl
                aria-label="Kind of market"
                data={[
                  { value: 'region', label: 'Region' },
                  { value: 'country', label: 'Country' },
                ]}
                {...form.getInputProps('kind')}
              />
              <TextInput
                label="Code"
                description="Short and unique, e.g. EU or DE"
                required
                maxLength={12}
                data-autofocus
                {...form.getInputProps('code')}
                onChange={(event) => form.setFieldValue('code', event.currentTarget.value.toUpperCase())}
              />
            </>
          )}
          <TextInput
            label="Name"
            required
            maxLength={80}
            data-autofocus={editing ? true : undefined}
            {...form.getInputProps('name')}
          />
          {kind === 'country' ? (
            <Select
              label="Region"
              description="The country follows its region where nothing is set for it"
              data={[{ value: NO_REGION, label: 'No region (follows Global)' }, ...regions]}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('parentId')}
            />
          ) : null}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {editing ? 'Save' : 'Add'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
