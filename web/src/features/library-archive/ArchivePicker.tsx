import { Alert, Button, Code, FileButton, Group, Loader, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconFileZip, IconFolderOpen, IconUpload } from '@tabler/icons-react';
import { useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { archiveFromFolder, archiveFromZip, isZipFile, type ChosenArchive } from './archive-file';
import classes from './ArchivePicker.module.css';

// Not in React's input typings; browsers then let the user pick a whole folder.
const FOLDER_INPUT = { webkitdirectory: '', directory: '' };

/**
 * Step one of the import: a zip (picked or dropped) or a folder, which is zipped in the browser
 * keeping each file's path below the folder.
 */
export function ArchivePicker({ onChosen }: { onChosen: (archive: ChosenArchive) => void }) {
  const folderInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [packing, setPacking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const chooseZip = (file: File | null) => {
    if (!file) return;
    if (!isZipFile(file)) {
      setProblem(
        `${file.name} is not a .zip file. Choose a zip archive, or use "Choose a folder" for a folder of Markdown files.`,
      );
      return;
    }
    setProblem(null);
    onChosen(archiveFromZip(file));
  };

  const chooseFolder = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.currentTarget.files ?? [])];
    event.currentTarget.value = '';
    if (files.length === 0) {
      setProblem('That folder is empty. Choose a folder with one sub-folder of Markdown files per policy.');
      return;
    }
    setProblem(null);
    setPacking(true);
    try {
      onChosen(await archiveFromFolder(files));
    } catch {
      setProblem("Couldn't read the files of that folder. Try again, or zip it yourself and choose the zip.");
    } finally {
      setPacking(false);
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length !== 1 || !files[0]) {
      setProblem('Drop one .zip file. To import a folder, use "Choose a folder".');
      return;
    }
    chooseZip(files[0]);
  };

  return (
    <Stack gap="sm">
      <div
        className={classes.dropArea}
        data-dragging={dragging || undefined}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Stack align="center" gap="xs" ta="center">
          <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
            <IconUpload size={24} />
          </ThemeIcon>
          <Text fw={600}>Drop a .zip archive here, or choose a file or a folder</Text>
          <Text size="sm" c="dimmed" maw={560}>
            Use an export from PolicyOps, or a folder with one sub-folder per policy holding its versions as{' '}
            <Code>&lt;YYYY-MM-DD&gt;.md</Code> files. You will see what the import would create before anything is
            written.
          </Text>
          <Group gap="xs" mt="xs" justify="center">
            <FileButton
              onChange={chooseZip}
              accept=".zip,application/zip,application/x-zip-compressed"
              disabled={packing}
            >
              {(props) => (
                <Button {...props} leftSection={<IconFileZip size={16} aria-hidden />} disabled={packing}>
                  Choose a .zip file
                </Button>
              )}
            </FileButton>
            <Button
              variant="default"
              leftSection={packing ? <Loader size={14} aria-hidden /> : <IconFolderOpen size={16} aria-hidden />}
              onClick={() => folderInput.current?.click()}
              disabled={packing}
            >
              {packing ? 'Packing the folder…' : 'Choose a folder'}
            </Button>
            <input
              ref={folderInput}
              type="file"
              multiple
              hidden
              {...FOLDER_INPUT}
              onChange={(event) => void chooseFolder(event)}
            />
          </Group>
        </Stack>
      </div>
      {problem ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} aria-hidden />}
          role="alert"
          title="Can't use that"
        >
          <Text size="sm">{problem}</Text>
        </Alert>
      ) : null}
    </Stack>
  );
}
