// Bundles the server (and the contracts it imports from source) into dist/; npm packages stay external.
import { build } from 'esbuild';

await build({
  entryPoints: {
    main: 'src/main.ts',
    'cli/admin': 'src/cli/admin.ts',
    'cli/demo': 'src/cli/demo.ts',
    'cli/audit-verify': 'src/cli/audit-verify.ts',
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  packages: 'external',
  alias: { '@policyops/contracts': '../contracts/src/index.ts' },
  logLevel: 'warning',
});
