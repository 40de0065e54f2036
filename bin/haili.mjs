#!/usr/bin/env node
// The package's bin. Runs the compiled CLI in dist/ with plain node: no TypeScript tooling at run time.
// In a checkout where dist/ is missing or older than src/ (a developer's unbuilt edit, tests right after
// a change) it runs src/ through tsx instead, so nobody runs stale code; `npm run build` (or `npm start`)
// brings dist/ up to date. HAILI_FROM_SOURCE=1 forces the tsx path.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { distIsCurrent } from '../scripts/dist-state.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (process.env.HAILI_FROM_SOURCE !== '1' && distIsCurrent(root)) {
  await import('../dist/cli/run.js');
} else {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    process.stderr.write('haili: dist/ is missing or out of date and tsx is not installed; run `npm run build`\n');
    process.exit(1);
  }
  register();
  await import('../src/cli/run.ts');
}
