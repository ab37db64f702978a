import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { AppError } from '../../http/app-error.js';

export const MAX_ARCHIVE_FILES = 5000;
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/** Zip entries carry this time so the same library always exports to the same bytes. */
const FIXED_MTIME = new Date('2000-01-01T00:00:00Z');

export interface ArchiveFile {
  path: string;
  text: string;
}

export const fileError = (path: string, line: number, message: string) =>
  new AppError('VALIDATION_FAILED', `${path}, line ${line}: ${message}. Nothing was imported.`, [
    { path, line, message },
  ]);

/** Hidden files and folders, and the resource forks macOS puts in zips. */
const isNoise = (path: string) => path.split('/').some((part) => part.startsWith('.') || part === '__MACOSX');

/**
 * Unpacks a zip, refusing archives that unpack beyond the limits (zip bombs) or contain unsafe
 * paths. Returns the text files (UTF-8, BOM removed, CRLF made LF) and the paths ignored.
 */
export function readArchive(zip: Uint8Array): { files: ArchiveFile[]; ignored: string[] } {
  let entries: Record<string, Uint8Array>;
  let count = 0;
  let total = 0;
  try {
    entries = unzipSync(zip, {
      filter: (file) => {
        count += 1;
        total += file.originalSize;
        if (count > MAX_ARCHIVE_FILES)
          throw new AppError('PAYLOAD_TOO_LARGE', `The archive has more than ${MAX_ARCHIVE_FILES} files`);
        if (total > MAX_UNPACKED_BYTES)
          throw new AppError(
            'PAYLOAD_TOO_LARGE',
            `The archive unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB`,
          );
        return !file.name.endsWith('/');
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('VALIDATION_FAILED', 'The upload is not a readable zip archive', [
      { path: 'body', message: 'Not a zip archive' },
    ]);
  }
  const files: ArchiveFile[] = [];
  const ignored: string[] = [];
  for (const [rawPath, bytes] of Object.entries(entries)) {
    const path = rawPath.replaceAll('\\', '/');
    if (path.startsWith('/') || path.split('/').includes('..')) throw fileError(path, 1, 'Unsafe path in the archive');
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (isNoise(path) || !(path.endsWith('.md') || name === 'library.yaml' || name === 'anchors.yaml')) {
      ignored.push(path);
      continue;
    }
    files.push({ path, text: decodeText(path, bytes) });
  }
  files.sort((a, b) => a.path.localeCompare(b.path));
  ignored.sort();
  return { files, ignored };
}

function decodeText(path: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes).replaceAll('\r\n', '\n');
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const line = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length;
    throw fileError(path, line, 'The file is not valid UTF-8 text');
  }
}

/** Packs text files into a zip whose bytes depend only on the files (sorted, fixed times). */
export function writeArchive(files: ArchiveFile[]): Uint8Array {
  const tree: Zippable = {};
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path)))
    tree[file.path] = [strToU8(file.text), { mtime: FIXED_MTIME }];
  return zipSync(tree, { level: 6 });
}
