import { zipSync, type Zippable } from 'fflate';

/** The zip the page uploads, whether picked as a file or packed from a folder. */
export interface ChosenArchive {
  /** Shown to the user: the zip's name, or the folder's name with `.zip`. */
  name: string;
  /** Size of what will be uploaded, in bytes. */
  size: number;
  data: Blob;
  source: 'zip' | 'folder';
  /** For a folder: how many files it held. */
  fileCount?: number;
}

/** The part of a `File` the helpers read (so tests can pass plain objects). */
export interface FileLike {
  name: string;
  /** Path below the chosen folder's parent (`my-folder/hate-speech/2024-01-01.md`), set by `webkitdirectory`. */
  webkitRelativePath?: string;
  size: number;
  type?: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Whether a picked or dropped file looks like a zip archive. */
export function isZipFile(file: Pick<FileLike, 'name' | 'type'>): boolean {
  return /\.zip$/i.test(file.name) || file.type === 'application/zip' || file.type === 'application/x-zip-compressed';
}

/** The archive for a zip the user picked. */
export function archiveFromZip(file: File): ChosenArchive {
  return { name: file.name, size: file.size, data: file, source: 'zip' };
}

/**
 * Packs the files of a chosen folder into a zip, each under its path relative to the folder's
 * parent, so the server sees `folder/policy/2024-01-01.md` as it would in a zipped folder.
 */
export async function zipFiles(files: readonly FileLike[]): Promise<Uint8Array> {
  const tree: Zippable = {};
  for (const file of files) {
    const path = (file.webkitRelativePath || file.name).replaceAll('\\', '/');
    tree[path] = new Uint8Array(await file.arrayBuffer());
  }
  return zipSync(tree, { level: 6 });
}

/** The top folder of a folder pick (`my-folder` of `my-folder/a/b.md`). */
export function folderNameOf(files: readonly FileLike[]): string {
  const first = files[0];
  const path = first?.webkitRelativePath || first?.name || 'folder';
  return path.split('/')[0] || 'folder';
}

/** The archive for a folder the user picked: its files zipped in the browser. */
export async function archiveFromFolder(files: readonly FileLike[]): Promise<ChosenArchive> {
  const zip = await zipFiles(files);
  const data = new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
  return { name: `${folderNameOf(files)}.zip`, size: data.size, data, source: 'folder', fileCount: files.length };
}

/** "812 B", "14.2 KB", "3.1 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
