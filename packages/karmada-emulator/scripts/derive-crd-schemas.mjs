#!/usr/bin/env node
/* eslint-disable no-restricted-syntax */
// Derives the emulator's schema data (src/schemas/karmadaCrdSchemas.json) from
// Karmada's CRD manifests. Run once when the CRDs are refreshed, then format
// the result with the repository's prettier:
//
//   node packages/karmada-emulator/scripts/derive-crd-schemas.mjs DIR COMMIT \
//     > packages/karmada-emulator/src/schemas/karmadaCrdSchemas.json
//   npx prettier --write packages/karmada-emulator/src/schemas/karmadaCrdSchemas.json
//
// DIR holds the CRD YAML files copied from karmada-io/karmada
// charts/karmada/_crds/bases (policy/ and work/); COMMIT is recorded as the
// origin. Only the served version the emulator serves is kept per CRD, and
// descriptions are dropped: the emulator validates, it does not document.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const FILES = {
  'policy.karmada.io_propagationpolicies.yaml': 'v1alpha1',
  'policy.karmada.io_clusterpropagationpolicies.yaml': 'v1alpha1',
  'policy.karmada.io_overridepolicies.yaml': 'v1alpha1',
  'policy.karmada.io_clusteroverridepolicies.yaml': 'v1alpha1',
  'work.karmada.io_resourcebindings.yaml': 'v1alpha2',
  'work.karmada.io_works.yaml': 'v1alpha1',
};

function strip(node) {
  if (Array.isArray(node)) return node.map(strip);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'description') continue;
    // Inside `properties` every key is a field name, never a keyword.
    out[key] =
      key === 'properties'
        ? Object.fromEntries(
            Object.entries(value).map(([k, v]) => [k, strip(v)]),
          )
        : strip(value);
  }
  return out;
}

const [dir, commit] = process.argv.slice(2);
if (!dir || !commit) {
  process.stderr.write(
    'usage: derive-crd-schemas.mjs CRD_DIR KARMADA_COMMIT\n',
  );
  process.exit(2);
}

const crds = [];
for (const [file, version] of Object.entries(FILES)) {
  const crd = parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  const served = crd.spec.versions.find(v => v.name === version);
  if (!served) throw new Error(`${file}: version ${version} not found`);
  crds.push({
    group: crd.spec.group,
    version,
    kind: crd.spec.names.kind,
    plural: crd.spec.names.plural,
    singular: crd.spec.names.singular,
    shortNames: crd.spec.names.shortNames ?? [],
    categories: crd.spec.names.categories ?? [],
    scope: crd.spec.scope,
    statusSubresource: Boolean(served.subresources?.status),
    schema: strip(served.schema.openAPIV3Schema),
  });
}

const data = {
  origin: {
    repository: 'https://github.com/karmada-io/karmada',
    commit,
    path: 'charts/karmada/_crds/bases',
    license: 'Apache-2.0',
    note: 'Derived by packages/karmada-emulator/scripts/derive-crd-schemas.mjs: descriptions removed, one served version per CRD.',
  },
  crds,
};
process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
