import { Alert, Button, Group, List, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import type { CrSettings } from '@policyops/contracts';
import { IconRocket } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { isApiError, type ApiError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/problem-feedback';
import { AnchorLink } from '../../../ui/router-links';
import { useApplicabilityDimensions } from '../../applicability';
import { BlockerList } from '../detail/MoveActions';
import { handleCrConflict } from '../detail/crConflict';
import { useLaunchCr, type CrDetail } from '../detail/cr-detail-queries';

/** The stage a CR of this lane passes through just before Launched. */
export function stageBeforeLaunch(settings: CrSettings | undefined, cr: CrDetail): string | null {
  if (!settings) return null;
  const path = settings.workflow.stages.filter((s) => s.lanes.includes(cr.lane)).map((s) => s.key);
  const at = path.indexOf('launched');
  return at > 0 ? path[at - 1]! : null;
}

const todayUtc = () => new Date().toISOString().slice(0, 10);

function LaunchDialog({ cr, onClose }: { cr: CrDetail; onClose: () => void }) {
  const launch = useLaunchCr(cr.id);
  const dimensions = useApplicabilityDimensions();
  const [effectiveDate, setEffectiveDate] = useState(cr.effectiveDate ?? todayUtc());
  const [marketDates, setMarketDates] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const nameOf = (id: string) => dimensions.data?.markets.find((m) => m.id === id)?.name ?? 'A market';

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!effectiveDate) return setErrors({ effectiveDate: 'Pick the date it takes effect' });
    const staged = cr.impact.marketIds
      .filter((id) => marketDates[id] && marketDates[id] !== effectiveDate)
      .map((id) => ({ marketId: id, effectiveDate: marketDates[id]! }));
    setRefusal(null);
    launch.mutate(
      { version: cr.version, effectiveDate, marketDates: staged },
      {
        onSuccess: (saved) => {
          const info = saved.launch;
          notifySuccess(
            info?.scheduledFor ? `Launch scheduled for ${formatDate(info.scheduledFor)}` : 'Launched',
            info ? `Version ${info.versionLabel} of ${cr.targetPolicy?.title ?? 'the policy'}` : undefined,
          );
          onClose();
        },
        onError: (error) => {
          if (handleCrConflict(error)) return onClose();
          if (isApiError(error)) {
            const fields: Record<string, string> = {};
            for (const e of error.errors) {
              if (e.path === 'body.effectiveDate') fields.effectiveDate = e.message;
              const m = /^body\.marketDates\.(\d+)\.effectiveDate$/.exec(e.path);
              if (m) fields[staged[Number(m[1])]?.marketId ?? ''] = e.message;
            }
            setErrors(fields);
            if (error.status === 409 || error.status === 403 || Object.keys(fields).length === 0) setRefusal(error);
            return;
          }
          notifyError(error);
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={`Launch CR-${cr.number}`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {refusal ? (
            <Alert color="red" title={refusal.title} role="alert">
              <Text size="sm">{refusal.detail}</Text>
              {refusal.errors.length > 0 ? (
                <List size="sm" mt={4}>
                  {refusal.errors.map((e) => (
                    <List.Item key={`${e.path}:${e.message}`}>{e.message}</List.Item>
                  ))}
                </List>
              ) : null}
            </Alert>
          ) : null}
          <Text size="sm">
            The draft becomes the next version of {cr.targetPolicy?.title ?? 'the new policy'}. A date today or earlier
            puts it in force at once; a later date schedules it, and it takes effect on that day.
          </Text>
          <TextInput
            label="Effective date"
            type="date"
            required
            value={effectiveDate}
            onChange={(e) => {
              setEffectiveDate(e.currentTarget.value);
              setErrors({});
            }}
            error={errors.effectiveDate}
            data-autofocus
          />
          {cr.impact.marketIds.length > 0 ? (
            <Stack gap="xs">
              <Text size="sm" fw={500}>
                Staged rollout
              </Text>
              <Text size="xs" c="dimmed">
                Leave a market empty to launch it with the effective date.
              </Text>
              {cr.impact.marketIds.map((id) => (
                <TextInput
                  key={id}
                  label={`${nameOf(id)}: effective date`}
                  type="date"
                  value={marketDates[id] ?? ''}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setMarketDates((prev) => ({ ...prev, [id]: value }));
                  }}
                  error={errors[id]}
                />
              ))}
            </Stack>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={launch.isPending} leftSection={<IconRocket size={16} aria-hidden />}>
              Launch
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Launch: the dialog when the CR is ready, the new version once launched or scheduled. */
export function LaunchCard({
  cr,
  settings,
  campaign,
  open,
  onOpenChange,
}: {
  cr: CrDetail;
  settings: CrSettings | undefined;
  campaign?: React.ReactNode;
  /** The launch dialog, opened here or from the page header. */
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const titleId = useId();
  const info = cr.launch ?? null;
  const ready = cr.stage === stageBeforeLaunch(settings, cr) && !info;
  const move = cr.moves.find((m) => m.to === 'launched');
  if (!info && !ready) return null;
  const policyId = cr.targetPolicy?.id;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={2} size="h4" id={titleId}>
          Launch
        </Title>
      </Group>
      {info ? (
        <Stack gap={4}>
          <Text size="sm">
            {policyId ? (
              <AnchorLink
                to="/policies/$policyId/versions/$versionId"
                params={{ policyId, versionId: info.versionId }}
                fw={600}
              >
                Version {info.versionLabel}
              </AnchorLink>
            ) : (
              <strong>Version {info.versionLabel}</strong>
            )}{' '}
            {info.scheduledFor
              ? `scheduled for ${formatDate(info.scheduledFor)}`
              : `in force from ${formatDate(info.effectiveDate)}`}
          </Text>
          {info.marketDates.length > 0 ? (
            <Text size="xs" c="dimmed">
              Staged: {info.marketDates.map((m) => `${m.marketName} from ${formatDate(m.effectiveDate)}`).join('; ')}
            </Text>
          ) : null}
          {campaign}
        </Stack>
      ) : (
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {cr.abilities.launch
              ? `Ready: "Launch…" at the top asks for the effective date${cr.impact.marketIds.length > 0 ? ' and any per-market dates' : ''}.`
              : 'Launching makes the draft the next live version of the policy and opens an adoption campaign.'}
          </Text>
          {!cr.abilities.launch && move?.blockers ? <BlockerList move={move} /> : null}
        </Stack>
      )}
      {open ? <LaunchDialog cr={cr} onClose={() => onOpenChange(false)} /> : null}
    </Paper>
  );
}
