#!/usr/bin/env node
// Writes deterministic generated fleets (ClusterList YAML).
//
//   node scripts/generate-fleet.mjs                       writes examples/fleets/generated/fleet-1000.yaml and fleet-10000.yaml
//   node scripts/generate-fleet.mjs --count 1000 [--seed 1] [--out FILE]   prints (or writes) one fleet
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { generateFleet } from './lib/fleet.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE =
  'usage: node scripts/generate-fleet.mjs [--count N] [--seed S] [--out FILE]\n';

function parseArgs(argv) {
  const options = { seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--count') options.count = Number(value());
    else if (arg === '--seed') options.seed = Number(value());
    else if (arg === '--out') options.out = value();
    else if (arg === '-h' || arg === '--help') options.help = true;
    else throw new Error(`unknown argument ${arg}`);
  }
  for (const key of ['count', 'seed']) {
    if (
      options[key] !== undefined &&
      (!Number.isInteger(options[key]) || options[key] < 0)
    ) {
      throw new Error(`--${key} must be a non-negative integer`);
    }
  }
  return options;
}

function toYaml(fleet) {
  return YAML.stringify(fleet, { lineWidth: 0, aliasDuplicateObjects: false });
}

function write(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  process.stderr.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}

let options;
try {
  options = parseArgs(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`generate-fleet: ${e.message}\n${USAGE}`);
  process.exit(2);
}
if (options.help) {
  process.stdout.write(USAGE);
} else if (options.count === undefined) {
  const dir = path.join(ROOT, 'examples', 'fleets', 'generated');
  for (const count of [1000, 10000]) {
    write(
      path.join(dir, `fleet-${count}.yaml`),
      toYaml(generateFleet({ count, seed: options.seed })),
    );
  }
} else {
  const text = toYaml(
    generateFleet({ count: options.count, seed: options.seed }),
  );
  if (options.out) write(path.resolve(options.out), text);
  else process.stdout.write(text);
}
