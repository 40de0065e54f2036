// Whether dist/ (the compiled JavaScript) is current: built after every file that goes into it changed.
// Shared by bin/haili.mjs (plain node on dist/, or tsx on src/ while a developer's edits are unbuilt)
// and scripts/build.mjs (skip the build when nothing changed). A few hundred stat calls: milliseconds.
import fs from 'node:fs';
import path from 'node:path';

export const STAMP = path.join('dist', '.build-stamp');

/** Newest modification time (ms) of everything the build reads. */
export function newestInput(root) {
  let newest = 0;
  const consider = (file) => {
    try {
      newest = Math.max(newest, fs.statSync(file).mtimeMs);
    } catch {
      // A file that is gone cannot be newer than the build.
    }
  };
  for (const file of ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json', path.join('prisma', 'schema.prisma')]) consider(path.join(root, file));
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      // The directory's own mtime changes when a file is added, removed or renamed in it.
      if (entry.isDirectory()) {
        consider(full);
        walk(full);
      } else consider(full);
    }
  };
  walk(path.join(root, 'src'));
  return newest;
}

export function distIsCurrent(root) {
  let built;
  try {
    built = fs.statSync(path.join(root, STAMP)).mtimeMs;
  } catch {
    return false;
  }
  return built >= newestInput(root);
}
