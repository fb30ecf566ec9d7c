import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import YAML from 'yaml';
import { renderWorkload } from '@karmada-backstage/plugin-karmada-common';
import { runCommand } from '../testUtils/runCommand';
import { writeFiles } from '../testUtils/writeFiles';
import { plan } from './plan';

// End to end on the repository's own examples: the checkout-api workload
// the emulator is seeded with, rendered as the portal renders it, planned
// on the default fleet the emulator serves.

const ROOT = resolve(__dirname, '../../../..');
const FLEET = resolve(ROOT, 'examples/fleets/default.yaml');
const spec = YAML.parse(
  readFileSync(
    resolve(ROOT, 'examples/emulator/workloads/checkout-api.yaml'),
    'utf8',
  ),
);
const rendered = renderWorkload(spec);
const f = writeFiles({
  'deployment.yaml': rendered.deployment,
  'propagation-policy.yaml': rendered.propagationPolicy,
  'override-policy.yaml': rendered.overridePolicy,
});
const args = [
  '--clusters',
  FLEET,
  '--policy',
  f['propagation-policy.yaml'],
  '--overrides',
  f['override-policy.yaml'],
  f['deployment.yaml'],
];
const by = '(OverridePolicy team-b/checkout-api, overrideRules';

describe('karmada-preview plan on examples/emulator/workloads/checkout-api.yaml', () => {
  it('prints each selected cluster’s differences from the template', async () => {
    const result = await runCommand(plan, args);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const out = result.stdout;
    expect(out).toContain('Scheduled to 3 cluster(s), 8 replica(s) in total.');
    const section = out.slice(
      out.indexOf('What each cluster receives'),
      out.indexOf('\nWarnings:') >= 0 ? out.indexOf('\nWarnings:') : undefined,
    );
    expect(section.trimEnd().split('\n')).toEqual([
      'What each cluster receives, compared with the template:',
      '',
      'aws-us-east-1-prod (4 replicas)',
      '  replicas: 8 → 4 (scheduling)',
      `  + metadata.labels.track: canary   ${by}[0], labelsOverrider[0])`,
      `  ~ spec.template.spec.containers[api].image: ghcr.io/example/checkout-api:2.4.1 → ghcr.io/example/checkout-api:2.5.0-rc.1   ${by}[0], imageOverrider[0])`,
      `  ~ spec.template.spec.containers[api].env[LOG_LEVEL].value: info → debug   ${by}[0], plaintext[0])`,
      '',
      'aws-us-west-2-prod (1 replica): same as the template, apart from replicas: 8 → 1 (scheduling)',
      '',
      'gcp-us-central1-prod (3 replicas)',
      '  replicas: 8 → 3 (scheduling)',
      // Registry and repository are two imageOverrider entries on one
      // field: the last one that touched it is named.
      `  ~ spec.template.spec.containers[api].image: ghcr.io/example/checkout-api:2.4.1 → europe-docker.pkg.dev/example/mirror/checkout-api:2.4.1   ${by}[1], imageOverrider[1])`,
      `  ~ spec.template.spec.containers[api].resources.limits.memory: 1Gi → 2Gi   ${by}[1], plaintext[0])`,
    ]);
  });

  it('gives each cluster its effective manifest in JSON and YAML', async () => {
    const json = JSON.parse(
      (await runCommand(plan, [...args, '-o', 'json'])).stdout,
    );
    expect(
      json.clusters.map((c: { name: string; replicas: number }) => [
        c.name,
        c.replicas,
      ]),
    ).toEqual([
      ['aws-us-east-1-prod', 4],
      ['aws-us-west-2-prod', 1],
      ['gcp-us-central1-prod', 3],
    ]);
    const [east, west, gcp] = json.clusters;
    const container = (c: typeof east) =>
      c.manifest.spec.template.spec.containers[0];
    expect(east.manifest.spec.replicas).toBe(4);
    expect(east.manifest.metadata.labels.track).toBe('canary');
    expect(container(east).image).toBe(
      'ghcr.io/example/checkout-api:2.5.0-rc.1',
    );
    expect(container(east).env[0]).toEqual({
      name: 'LOG_LEVEL',
      value: 'debug',
    });
    // A cluster without overrides gets the template with its own count.
    expect(west.changes).toEqual([]);
    expect(west.manifest).toEqual({
      ...rendered.deployment,
      spec: { ...rendered.deployment.spec, replicas: 1 },
    });
    expect(container(gcp).resources.limits.memory).toBe('2Gi');
    expect(gcp.changes[0]).toEqual({
      path: '/spec/template/spec/containers/0/image',
      op: 'replace',
      before: 'ghcr.io/example/checkout-api:2.4.1',
      after: 'europe-docker.pkg.dev/example/mirror/checkout-api:2.4.1',
      displayPath: 'spec.template.spec.containers[api].image',
      policy: {
        kind: 'OverridePolicy',
        namespace: 'team-b',
        name: 'checkout-api',
      },
      ruleIndex: 1,
      overrider: 'imageOverrider',
      overriderIndex: 1,
    });

    const yaml = YAML.parse(
      (await runCommand(plan, [...args, '-o', 'yaml'])).stdout,
    );
    expect(yaml.clusters).toEqual(json.clusters);
  });
});
