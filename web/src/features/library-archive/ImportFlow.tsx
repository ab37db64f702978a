import { Button, Group, Loader, Paper, Stack, Stepper, Text, ThemeIcon, Title } from '@mantine/core';
import { IconFileZip, IconFolder, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { isApiError } from '../../lib/api';
import { ArchivePicker } from './ArchivePicker';
import { formatBytes, type ChosenArchive } from './archive-file';
import {
  hasSomethingToImport,
  plural,
  undecidedVersions,
  versionsToImport,
  type FlagDecision,
  type FlagDecisions,
} from './import-plan';
import { ImportErrorAlert } from './ImportErrorAlert';
import { ImportPlanView } from './ImportPlanView';
import { ImportResultAlert } from './ImportResultAlert';
import { useImportDryRun, useImportLibrary } from './useLibraryArchive';

function ArchiveSummary({
  archive,
  onChange,
  disabled,
}: {
  archive: ChosenArchive;
  onChange?: () => void;
  disabled: boolean;
}) {
  const ArchiveIcon = archive.source === 'folder' ? IconFolder : IconFileZip;
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <ThemeIcon size={36} radius="md" variant="light" aria-hidden>
            <ArchiveIcon size={20} />
          </ThemeIcon>
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
              {archive.name}
            </Text>
            <Text size="xs" c="dimmed">
              {formatBytes(archive.size)}
              {archive.fileCount !== undefined
                ? ` · ${plural(archive.fileCount, 'file')} from a folder, zipped in your browser`
                : ''}
            </Text>
          </Stack>
        </Group>
        {onChange ? (
          <Button variant="default" size="xs" onClick={onChange} disabled={disabled}>
            Choose another archive
          </Button>
        ) : null}
      </Group>
    </Paper>
  );
}

/**
 * The import, in three steps: choose a zip or folder; read the dry run's plan and decide about
 * flagged versions; import, all or nothing. Admins only (workspace.manage).
 */
export function ImportFlow() {
  const [archive, setArchive] = useState<ChosenArchive | null>(null);
  const [decisions, setDecisions] = useState<FlagDecisions>({});
  const dryRun = useImportDryRun();
  const importer = useImportLibrary();

  // Answers about an archive the user has since replaced are not shown.
  const current = <T,>(mutation: { variables?: { archive: ChosenArchive } | undefined; data?: T }) =>
    mutation.variables?.archive === archive ? mutation.data : undefined;
  const plan = current(dryRun);
  const imported = current(importer);

  const check = (next: ChosenArchive, withDecisions: FlagDecisions) =>
    dryRun.mutate({ archive: next, decisions: withDecisions });

  const choose = (next: ChosenArchive) => {
    setArchive(next);
    setDecisions({});
    importer.reset();
    check(next, {});
  };

  const startOver = () => {
    setArchive(null);
    setDecisions({});
    dryRun.reset();
    importer.reset();
  };

  const decide = (file: string, decision: FlagDecision) => setDecisions((prev) => ({ ...prev, [file]: decision }));

  const runImport = () => {
    if (!archive) return;
    importer.mutate(
      { archive, decisions },
      {
        // A skipped version can make a later one shrink against an earlier one: show the new plan.
        onError: (error) => {
          if (isApiError(error) && error.is('INVALID_STATE')) check(archive, decisions);
        },
      },
    );
  };

  const undecided = plan ? undecidedVersions(plan, decisions).length : 0;
  const count = plan ? versionsToImport(plan, decisions) : 0;
  const nothingToDo = plan ? !hasSomethingToImport(plan, decisions) : true;
  const blockedBy = dryRun.isPending
    ? 'Wait until the archive has been checked.'
    : undecided > 0
      ? `Accept or leave out ${undecided === 1 ? 'the flagged version' : `the ${undecided} flagged versions`} above first.`
      : nothingToDo
        ? 'There is nothing new to import.'
        : null;
  const active = imported ? 3 : importer.isPending ? 2 : archive ? 1 : 0;
  const hintId = 'import-blocked-hint';

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="import-heading">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={2} id="import-heading">
            Import policies
          </Title>
          <Text size="sm" c="dimmed">
            Bring policies and their version history in from Markdown files. The import is all or nothing: a file with a
            mistake stops it, naming the file and line.
          </Text>
        </Stack>

        <Stepper active={active} size="sm">
          <Stepper.Step
            label="Choose"
            description="A .zip or a folder"
            aria-current={active === 0 ? 'step' : undefined}
          />
          <Stepper.Step
            label="Review"
            description="What would be created"
            aria-current={active === 1 ? 'step' : undefined}
            loading={dryRun.isPending}
          />
          <Stepper.Step
            label="Import"
            description="All or nothing"
            aria-current={active === 2 ? 'step' : undefined}
            loading={importer.isPending}
          />
        </Stepper>

        {!archive ? (
          <ArchivePicker onChosen={choose} />
        ) : (
          <Stack gap="md">
            <ArchiveSummary
              archive={archive}
              onChange={imported ? undefined : startOver}
              disabled={importer.isPending}
            />
            {imported ? (
              <ImportResultAlert result={imported} onAgain={startOver} />
            ) : dryRun.isPending ? (
              <Group gap="sm" role="status" py="md">
                <Loader size="sm" aria-hidden />
                <Text size="sm">Checking the archive…</Text>
              </Group>
            ) : dryRun.isError ? (
              <ImportErrorAlert
                error={dryRun.error}
                hint={
                  isApiError(dryRun.error) && dryRun.error.is('VALIDATION_FAILED')
                    ? 'Fix the file and choose the archive again.'
                    : undefined
                }
                onRetry={
                  isApiError(dryRun.error) && dryRun.error.status < 500 && dryRun.error.status !== 0
                    ? undefined
                    : () => check(archive, decisions)
                }
                retrying={dryRun.isPending}
              />
            ) : plan ? (
              <>
                {importer.isError ? (
                  <ImportErrorAlert
                    error={importer.error}
                    hint={
                      isApiError(importer.error) && importer.error.is('INVALID_STATE')
                        ? 'The plan below has been checked again with your decisions.'
                        : undefined
                    }
                  />
                ) : null}
                <ImportPlanView plan={plan} decisions={decisions} onDecide={decide} />
                <Group gap="sm" align="center">
                  <Button
                    leftSection={<IconUpload size={16} aria-hidden />}
                    loading={importer.isPending}
                    data-disabled={blockedBy ? true : undefined}
                    aria-disabled={blockedBy ? true : undefined}
                    aria-describedby={blockedBy ? hintId : undefined}
                    onClick={blockedBy ? undefined : runImport}
                  >
                    {count > 0 ? `Import ${plural(count, 'version')}` : 'Import'}
                  </Button>
                  {blockedBy ? (
                    <Text size="sm" c="dimmed" id={hintId}>
                      {blockedBy}
                    </Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      Nothing is written until you press this button.
                    </Text>
                  )}
                </Group>
              </>
            ) : null}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
