#!/usr/bin/env node
// `npm run bench`: runs every plugins/*/bench/*.bench.ts and
// packages/*/bench/*.bench.ts, one Node process each (through Backstage's
// TypeScript transform), in name order. Each bench prints its own table.
//
//   node scripts/bench.mjs [FILTER...]   only benches whose path contains a FILTER
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function benchFiles() {
  const found = [];
  for (const group of ['plugins', 'packages']) {
    const groupDir = path.join(ROOT, group);
    if (!fs.existsSync(groupDir)) continue;
    for (const pkg of fs.readdirSync(groupDir).sort()) {
      const benchDir = path.join(groupDir, pkg, 'bench');
      if (!fs.existsSync(benchDir)) continue;
      for (const file of fs.readdirSync(benchDir).sort()) {
        if (file.endsWith('.bench.ts')) found.push(path.join(benchDir, file));
      }
    }
  }
  return found;
}

const filters = process.argv.slice(2);
const files = benchFiles().filter(
  f => filters.length === 0 || filters.some(x => f.includes(x)),
);
if (files.length === 0) {
  process.stderr.write(
    `bench: no bench files${
      filters.length ? ` match ${filters.join(', ')}` : ''
    }\n`,
  );
  process.exit(filters.length ? 2 : 0);
}

const failed = [];
for (const file of files) {
  const rel = path.relative(ROOT, file);
  process.stdout.write(`\n=== ${rel}\n`);
  const result = spawnSync(
    process.execPath,
    ['--expose-gc', '-r', '@backstage/cli/config/nodeTransform.cjs', file],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (result.status !== 0)
    failed.push(`${rel} (exit ${result.status ?? result.signal})`);
}
if (failed.length > 0) {
  process.stderr.write(`\nbench: failed: ${failed.join(', ')}\n`);
  process.exit(1);
}
