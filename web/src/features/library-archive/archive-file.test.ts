import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { archiveFromFolder, folderNameOf, formatBytes, isZipFile, zipFiles, type FileLike } from './archive-file';

const file = (webkitRelativePath: string, text: string): FileLike => {
  const bytes = strToU8(text);
  return {
    name: webkitRelativePath.split('/').at(-1)!,
    webkitRelativePath,
    size: bytes.length,
    arrayBuffer: async () => bytes.slice().buffer,
  };
};

describe('zipFiles', () => {
  it('keeps each file under its path relative to the chosen folder', async () => {
    const zip = await zipFiles([
      file('export/library.yaml', 'format: policyops-library/1\n'),
      file('export/hate-speech/2024-01-01.md', '# Hate speech\n'),
    ]);
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual(['export/hate-speech/2024-01-01.md', 'export/library.yaml']);
    expect(new TextDecoder().decode(entries['export/hate-speech/2024-01-01.md'])).toBe('# Hate speech\n');
  });

  it('falls back to the file name when there is no relative path', async () => {
    const zip = await zipFiles([{ ...file('x/draft.md', 'text'), webkitRelativePath: '' }]);
    expect(Object.keys(unzipSync(zip))).toEqual(['draft.md']);
  });
});

describe('archiveFromFolder', () => {
  it('names the zip after the folder and counts its files', async () => {
    const files = [file('community-guidelines/2022-07-11.md', 'a'), file('community-guidelines/2023-03-21.md', 'b')];
    const archive = await archiveFromFolder(files);
    expect(archive).toMatchObject({ name: 'community-guidelines.zip', source: 'folder', fileCount: 2 });
    expect(archive.size).toBe(archive.data.size);
    expect(Object.keys(unzipSync(new Uint8Array(await archive.data.arrayBuffer())))).toHaveLength(2);
    expect(folderNameOf([])).toBe('folder');
  });
});

describe('isZipFile', () => {
  it('recognises a zip by its extension or media type', () => {
    expect(isZipFile({ name: 'Library.ZIP' })).toBe(true);
    expect(isZipFile({ name: 'upload', type: 'application/x-zip-compressed' })).toBe(true);
    expect(isZipFile({ name: 'notes.md', type: 'text/markdown' })).toBe(false);
  });
});

describe('formatBytes', () => {
  it('uses the largest unit that keeps the number readable', () => {
    expect(formatBytes(812)).toBe('812 B');
    expect(formatBytes(14_540)).toBe('14 KB');
    expect(formatBytes(3_250_000)).toBe('3.1 MB');
  });
});
