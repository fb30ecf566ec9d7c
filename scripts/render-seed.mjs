#!/usr/bin/env node
// Regenerates examples/emulator/seed.yaml: the namespaces and ConfigMaps the
// examples need, then every workload spec in examples/emulator/workloads
// rendered exactly as the software template would render it.
// Usage: node scripts/render-seed.mjs [--check]
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
require('@backstage/cli/config/nodeTransform.cjs');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { buildExampleSeed } = require(join(
  root,
  'packages/karmada-emulator/src/seed/buildExampleSeed.ts',
));

const target = join(root, 'examples/emulator/seed.yaml');
const text = buildExampleSeed(root);
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    console.error(
      'examples/emulator/seed.yaml is stale: run node scripts/render-seed.mjs',
    );
    process.exit(1);
  }
  console.log('examples/emulator/seed.yaml is up to date');
} else {
  writeFileSync(target, text);
  console.log(
    `wrote ${target} (${
      readdirSync(join(root, 'examples/emulator/workloads')).length
    } workloads)`,
  );
}
