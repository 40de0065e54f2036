// The build: Prisma client (when missing or older than the schema), TypeScript src/ -> dist/ with tsc,
// and the non-TypeScript files next to the code (learned models, console page assets) copied alongside.
// Runs from `npm install` (prepare), `npm start` (prestart, with --if-stale) and `npm run build`.
// Folders the code finds from the repo root (rules/, prompts/, prisma/) are not copied: dist/ sits at
// the same depth as src/, so the same relative paths reach them from either.
// Without devDependencies (npm ci --omit=dev on a server) a current dist/ is used as it is.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { STAMP, distIsCurrent } from './dist-state.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ifStale = process.argv.includes('--if-stale');
const rel = (p) => path.join(root, p);

if (ifStale && distIsCurrent(root)) process.exit(0);

function fail(message) {
  process.stderr.write(`haili build: ${message}\n`);
  process.exit(1);
}

// 1. Prisma client. The CLI is a devDependency; the generated client is plain TypeScript under src/.
const schema = rel('prisma/schema.prisma');
const client = rel('src/generated/prisma/client.ts');
// Stale: missing, older than the schema, or made by another Prisma version than the installed one
// (npm gives installed files a fixed old mtime, so the version is compared, not dates).
function generatedBy() {
  try {
    return fs.readFileSync(rel('src/generated/prisma/internal/class.ts'), 'utf8').match(/"clientVersion": "([^"]+)"/)?.[1] ?? null;
  } catch {
    return null;
  }
}
function installedPrismaCli() {
  try {
    return JSON.parse(fs.readFileSync(rel('node_modules/prisma/package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}
const cli = installedPrismaCli();
const clientStale =
  !fs.existsSync(client) || fs.statSync(client).mtimeMs < fs.statSync(schema).mtimeMs || (cli !== null && generatedBy() !== cli);
if (clientStale) {
  if (cli === null) {
    if (distIsCurrent(root)) process.exit(0);
    fail('the Prisma client needs generating and the prisma CLI is not installed (run npm install with devDependencies)');
  }
  const r = spawnSync(process.execPath, [rel('scripts/prisma-generate.mjs')], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) fail('prisma generate failed');
}

// 2. TypeScript. Incremental (dist/.tsbuildinfo): a rebuild after a small edit recompiles little.
const tsc = rel('node_modules/typescript/bin/tsc');
if (!fs.existsSync(tsc)) {
  if (distIsCurrent(root)) process.exit(0);
  fail('dist/ is missing or older than src/ and TypeScript is not installed (run npm install with devDependencies)');
}
const started = Date.now();
const r = spawnSync(process.execPath, [tsc, '-p', rel('tsconfig.build.json')], { cwd: root, stdio: 'inherit' });
if (r.status !== 0) fail('tsc reported errors (dist/ not updated)');

// 3. Assets: every file under src/ that tsc does not emit.
function copyAssets(from, to) {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) copyAssets(src, dst);
    else if (!/\.(c|m)?ts$/.test(entry.name)) {
      fs.mkdirSync(to, { recursive: true });
      fs.copyFileSync(src, dst);
    }
  }
}
copyAssets(rel('src'), rel('dist'));

fs.writeFileSync(rel(STAMP), `${new Date().toISOString()}\n`);
if (!ifStale || process.env.npm_lifecycle_event !== 'prestart') process.stderr.write(`haili build: dist/ up to date (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
