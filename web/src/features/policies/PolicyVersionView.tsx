import { Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconFileOff } from '@tabler/icons-react';
import type { PolicyVersion } from '@policyops/contracts';
import { useState } from 'react';
import { isApiError } from '../../lib/api';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { AnchorLink, ButtonLink } from '../../ui/router-links';
import { DraftEditor } from './DraftEditor';
import { PolicyBackLink } from './PolicyBackLink';
import { VersionStateBadge } from './PolicyBadges';
import { PolicyNotFound } from './PolicyDetailView';
import { VersionReadOnly } from './VersionReadOnly';
import { VersionWorkflow } from './VersionWorkflow';
import { VersionReviewsCard } from '../reviews';
import { VERSION_STATE_LABELS } from './policy-labels';
import { usePolicy } from './usePolicies';
import { usePolicyVersion } from './usePolicyVersions';

export interface PolicyVersionViewProps {
  policyRef: string;
  versionId: string;
}

const editable = (version: PolicyVersion) => version.state === 'draft' && version.abilities.edit;

/** One version: the two-pane editor for a draft the caller may edit, otherwise the read-only text. */
export function PolicyVersionView({ policyRef, versionId }: PolicyVersionViewProps) {
  const policy = usePolicy(policyRef);
  const query = usePolicyVersion(policyRef, versionId);
  // Decided when the version arrives and after the user's own transitions, not on every
  // refetch: a background reload must never swap the editor (and its unsaved text) away.
  const [editing, setEditing] = useState<boolean | null>(null);
  const [editorKey, setEditorKey] = useState(0);
  const [lastDone, setLastDone] = useState('');
  if (editing === null && query.data) setEditing(editable(query.data));

  const back = <PolicyBackLink policyRef={policyRef} title={policy.data?.title} />;
  if (policy.isError && isApiError(policy.error) && policy.error.status === 404) return <PolicyNotFound />;
  if (query.isPending || policy.isPending) {
    return (
      <>
        <PageHeader title="Version" above={back} />
        <Stack role="status" aria-label="Loading version">
          <Skeleton height={40} />
          <Skeleton height={360} />
        </Stack>
      </>
    );
  }
  if (query.isError || policy.isError) {
    const error = query.error ?? policy.error;
    const missing = isApiError(error) && error.status === 404;
    return (
      <>
        <PageHeader title={missing ? 'Version not found' : 'Version'} above={back} />
        {missing ? (
          <EmptyState
            icon={<IconFileOff size={24} />}
            title="This version does not exist or was discarded"
            action={
              <ButtonLink to="/policies/$policyId" params={{ policyId: policyRef }} variant="default">
                Back to the policy
              </ButtonLink>
            }
          />
        ) : (
          <ErrorAlert
            error={error}
            onRetry={() => void Promise.all([query.refetch(), policy.refetch()])}
            retrying={query.isRefetching || policy.isRefetching}
          />
        )}
      </>
    );
  }

  const version = query.data;
  const title = `${policy.data.title}: version ${version.label}`;
  const afterTransition = (saved: PolicyVersion, done: string) => {
    setEditing(editable(saved));
    setLastDone(`${done}: version ${saved.label} is now ${VERSION_STATE_LABELS[saved.state].toLowerCase()}.`);
  };
  const reload = () =>
    void query.refetch().then((result) => {
      if (!result.data) return;
      setEditorKey((k) => k + 1);
      setEditing(editable(result.data));
    });

  return (
    <>
      <PageHeader
        title={title}
        documentTitle={`${policy.data.title} policy, version ${version.label}`}
        above={back}
        actions={
          editing ? undefined : (
            <VersionWorkflow policyRef={policyRef} version={version} onTransitioned={afterTransition} />
          )
        }
      />
      <Group gap="sm" mb="lg" mt={-8}>
        <VersionStateBadge
          state={version.state}
          effectiveDate={version.effectiveDate}
          marketStates={version.marketStates}
        />
        {version.changeRequest ? (
          <AnchorLink
            to="/change-requests/$changeRequestId"
            params={{ changeRequestId: version.changeRequest.id }}
            size="sm"
            title={version.changeRequest.title}
          >
            From CR-{version.changeRequest.number}
          </AnchorLink>
        ) : null}
        <Text size="sm" c="dimmed" role="status">
          {lastDone}
        </Text>
      </Group>
      {/* Above the text: an author reworking a draft reads what the reviewers asked for first. */}
      <VersionReviewsCard policyRef={policyRef} versionId={version.id} mb="lg" />
      {editing ? (
        <DraftEditor key={editorKey} policyRef={policyRef} version={version} onReload={reload}>
          {(save) => (
            <Group gap="xs">
              <VersionWorkflow
                policyRef={policyRef}
                version={version}
                prepare={save}
                onTransitioned={afterTransition}
              />
            </Group>
          )}
        </DraftEditor>
      ) : (
        <VersionReadOnly version={version} policyRef={policyRef} />
      )}
    </>
  );
}
