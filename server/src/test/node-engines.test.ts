import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { engines: { node: string } };
const lockfile = JSON.parse(readFileSync(`${root}package-lock.json`, 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
};

/** The oldest release of each Node line the project says it runs on, e.g. 20.19.0 and 22.13.0. */
function oldestSupported(range: string): string[] {
  return new semver.Range(range).set.map(
    (comparators) => semver.minVersion(comparators.map((c) => c.value).join(' '))!.version,
  );
}

describe('Node versions', () => {
  it('supports Node 20, 22 and 24', () => {
    const versions = ['20.19.0', '22.13.0', '24.0.0'];
    for (const version of versions) expect(semver.satisfies(version, manifest.engines.node), version).toBe(true);
    expect(oldestSupported(manifest.engines.node)[0]).toMatch(/^20\./);
  });

  // npm prints an EBADENGINE warning for each of these on install, and the package may not work.
  it('installs only packages that declare support for every Node version the project supports', () => {
    const versions = [...oldestSupported(manifest.engines.node), '24.0.0'];
    const unsupported = Object.entries(lockfile.packages).flatMap(([path, entry]) => {
      const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      if (!range || path === '') return [];
      const refused = versions.filter((version) => !semver.satisfies(version, range));
      return refused.length > 0 ? [`${path.replace(/^.*node_modules\//, '')}@${entry.version} (node ${range})`] : [];
    });
    expect(unsupported).toEqual([]);
  });
});
