import { Alert, Button, Group, Modal, Paper, Select, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconExternalLink, IconPencil, IconPlus } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { isApiError } from '../../../lib/api';
import { notifyError, notifySuccess } from '../../../lib/problem-feedback';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { AnchorLink, ButtonLink } from '../../../ui/router-links';
import { usePolicyAreas } from '../../policies';
import { MarkdownView } from '../../policies/MarkdownView';
import { RedlineSections } from '../../policies/RedlineSections';
import { usePolicyRedline } from '../../policies/usePolicyRedline';
import { usePolicyVersion, usePolicyVersions } from '../../policies/usePolicyVersions';
import { handleCrConflict } from './crConflict';
import { useStartDraft, type CrDetail } from './cr-detail-queries';

function Loading({ label }: { label: string }) {
  return (
    <Stack gap="xs" role="status" aria-label={label}>
      {Array.from({ length: 5 }, (_, i) => (
        <Skeleton key={i} height={14} />
      ))}
    </Stack>
  );
}

/** "Start the draft": a new-policy CR names the area and slug of the policy it creates. */
function StartDraft({ cr }: { cr: CrDetail }) {
  const start = useStartDraft(cr.id);
  const areas = usePolicyAreas({ enabled: cr.type === 'new_policy' });
  const [asking, setAsking] = useState(false);
  const [areaId, setAreaId] = useState<string | null>(null);
  const [slug, setSlug] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const isNew = cr.type === 'new_policy';

  const send = () =>
    start.mutate(
      { version: cr.version, ...(isNew ? { areaId: areaId ?? undefined, slug: slug.trim() } : {}) },
      {
        onSuccess: () => {
          notifySuccess('Draft started', 'Edit the proposed text in the library editor.');
          setAsking(false);
        },
        onError: (error) => {
          if (handleCrConflict(error)) return setAsking(false);
          if (isApiError(error) && (error.fieldErrors['body.areaId'] || error.fieldErrors['body.slug'])) {
            setErrors({ areaId: error.fieldErrors['body.areaId'] ?? '', slug: error.fieldErrors['body.slug'] ?? '' });
            return;
          }
          notifyError(error);
        },
      },
    );
  return (
    <>
      <Text size="sm" c="dimmed" mb="sm">
        {isNew
          ? 'No text yet. Starting the draft creates the new policy with an empty draft version.'
          : `No draft yet. Starting the draft copies the live text of ${cr.targetPolicy?.title ?? 'the policy'} into a new draft version.`}
      </Text>
      {cr.abilities.startDraft ? (
        <Button
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => (isNew ? setAsking(true) : send())}
          loading={start.isPending && !asking}
        >
          Start the draft
        </Button>
      ) : (
        <Text size="sm">
          {cr.abilities.editText ? 'The draft cannot be started at this stage.' : 'You may not edit the proposed text.'}
        </Text>
      )}
      <Modal opened={asking} onClose={() => setAsking(false)} title="Start the draft of a new policy">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const next: Record<string, string> = {};
            if (!areaId) next.areaId = 'Pick the area the policy goes in';
            if (slug.trim().length < 2) next.slug = 'Give the policy a slug (at least 2 characters)';
            setErrors(next);
            if (Object.keys(next).length === 0) send();
          }}
        >
          <Stack>
            <Text size="sm">The new policy takes the change request's title: {cr.title}.</Text>
            <Select
              label="Policy area"
              required
              data={(areas.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))}
              value={areaId}
              onChange={(v) => {
                setAreaId(v);
                setErrors((e) => ({ ...e, areaId: '' }));
              }}
              searchable
              nothingFoundMessage={areas.isPending ? 'Loading…' : 'No such area'}
              error={errors.areaId || undefined}
              data-autofocus
            />
            <TextInput
              label="Slug"
              description="Lower-case words joined by hyphens, e.g. synthetic-media"
              required
              value={slug}
              onChange={(e) => {
                setSlug(e.currentTarget.value);
                setErrors((x) => ({ ...x, slug: '' }));
              }}
              error={errors.slug || undefined}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAsking(false)}>
                Cancel
              </Button>
              <Button type="submit" loading={start.isPending}>
                Start the draft
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

/** The draft against the version in force, as the library's redline. */
const PUBLISHED: readonly string[] = ['live', 'scheduled', 'superseded'];
const STATE_WORDS: Record<string, string> = {
  live: 'in force',
  scheduled: 'scheduled',
  superseded: 'superseded',
  draft: 'draft',
  in_review: 'in review',
  approved: 'approved',
};

function DraftDiff({ policyId, draftId }: { policyId: string; draftId: string }) {
  const versions = usePolicyVersions(policyId);
  // The newest published version other than the draft itself (newest first): what is in force, or will
  // be by the time this launches; once launched, the version the launch followed.
  const live = versions.data?.find((v) => v.id !== draftId && PUBLISHED.includes(v.state));
  const redline = usePolicyRedline(policyId, live?.id, draftId);
  const draft = usePolicyVersion(policyId, draftId);
  const [opened, setOpened] = useState<Set<string>>(() => new Set());

  if (versions.isPending) return <Loading label="Loading the versions" />;
  if (versions.isError)
    return (
      <ErrorAlert error={versions.error} onRetry={() => void versions.refetch()} retrying={versions.isRefetching} />
    );
  const draftRow = versions.data.find((v) => v.id === draftId);
  if (!live) {
    // A new policy: nothing in force to compare with, so the draft's text itself.
    if (draft.isPending) return <Loading label="Loading the draft" />;
    if (draft.isError) return <ErrorAlert error={draft.error} onRetry={() => void draft.refetch()} />;
    return (
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          Nothing of this policy is in force yet; the draft (version {draft.data.label}) is all new text.
        </Text>
        {draft.data.body.trim() ? (
          <MarkdownView markdown={draft.data.body} label="Proposed text" />
        ) : (
          <Text size="sm" c="dimmed">
            The draft is empty.
          </Text>
        )}
      </Stack>
    );
  }
  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed">
          Version {live.label} ({STATE_WORDS[live.state] ?? live.state}) →{' '}
          {draftRow && draftRow.state !== 'draft'
            ? `version ${draftRow.label} (${STATE_WORDS[draftRow.state] ?? draftRow.state})`
            : `draft ${draftRow?.label ?? ''}`}
        </Text>
        <AnchorLink
          to="/policies/$policyId/diff"
          params={{ policyId }}
          search={{ from: live.id, to: draftId }}
          size="sm"
        >
          Open the full comparison
        </AnchorLink>
      </Group>
      {redline.isPending ? (
        <Loading label="Comparing the draft with the version in force" />
      ) : redline.isError ? (
        <ErrorAlert error={redline.error} onRetry={() => void redline.refetch()} retrying={redline.isRefetching} />
      ) : redline.data.sections.length === 0 ? (
        <Text size="sm" c="dimmed">
          The draft has the same text as version {live.label} so far.
        </Text>
      ) : (
        <RedlineSections
          redline={redline.data}
          layout="inline"
          opened={opened}
          onOpen={(key) => setOpened((prev) => new Set(prev).add(key))}
          need={0}
        />
      )}
    </Stack>
  );
}

/** The proposed text: start a draft, or the draft's redline and the way to the library editor. */
export function ProposedTextCard({ cr }: { cr: CrDetail }) {
  const titleId = useId();
  const policyId = cr.targetPolicy?.id;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={2} size="h4" id={titleId}>
          Proposed text
        </Title>
        {cr.draftVersionId && policyId && !cr.launch ? (
          <ButtonLink
            to="/policies/$policyId/versions/$versionId"
            params={{ policyId, versionId: cr.draftVersionId }}
            variant="default"
            size="xs"
            leftSection={<IconPencil size={14} aria-hidden />}
            rightSection={<IconExternalLink size={12} aria-hidden />}
          >
            Edit in the library editor
          </ButtonLink>
        ) : null}
      </Group>
      {cr.lastTextEditor ? (
        <Text size="xs" c="dimmed" mb="sm">
          Last edited by {cr.lastTextEditor.name}, who may not approve it.
        </Text>
      ) : null}
      {cr.draftVersionId && policyId ? (
        <DraftDiff policyId={policyId} draftId={cr.draftVersionId} />
      ) : cr.draftVersionId ? (
        <Alert color="yellow">The draft's policy cannot be shown to you.</Alert>
      ) : (
        <StartDraft cr={cr} />
      )}
    </Paper>
  );
}
