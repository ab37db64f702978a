import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import type { PlanningSettings } from '@policyops/contracts';
import { useState } from 'react';
import { applyErrorToForm, notifySuccess } from '../../lib/problem-feedback';
import { MONTHS } from './roadmap-periods';
import { handleRoadmapConflict, useUpdatePlanningSettings } from './useRoadmapMutations';

/** Admins: the month the fiscal year starts in. Initiatives keep their dates; their quarter labels follow. */
export function PlanningSettingsModal({ settings, onClose }: { settings: PlanningSettings; onClose: () => void }) {
  const save = useUpdatePlanningSettings();
  const [month, setMonth] = useState(String(settings.fiscalYearStartMonth));
  const [error, setError] = useState<string | null>(null);
  const form = {
    getValues: () => ({ fiscalYearStartMonth: month }),
    setFieldError: ((_: string, message: string) => setError(message)) as never,
  };
  return (
    <Modal opened onClose={onClose} title="Fiscal year">
      <Stack>
        <Text size="sm" c="dimmed">
          A fiscal year is named by the year it ends in: with a July start, FY27 runs from July 2026 to June 2027.
          Initiatives keep their dates when this changes; only their quarter labels follow.
        </Text>
        <Select
          label="The fiscal year starts in"
          data={MONTHS.map((name, i) => ({ value: String(i + 1), label: name }))}
          value={month}
          onChange={(value) => value && setMonth(value)}
          allowDeselect={false}
          error={error}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            loading={save.isPending}
            onClick={() =>
              save.mutate(
                { version: settings.version, fiscalYearStartMonth: Number(month) },
                {
                  onSuccess: (saved) => {
                    notifySuccess('Fiscal year saved', `Now ${saved.currentQuarter.label}`);
                    onClose();
                  },
                  onError: (e) => {
                    if (handleRoadmapConflict(e, 'the planning settings')) return onClose();
                    applyErrorToForm(form, e);
                  },
                },
              )
            }
          >
            Save
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
