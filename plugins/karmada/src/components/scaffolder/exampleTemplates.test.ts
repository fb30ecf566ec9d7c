// This test reads the example templates from the repository (it runs in Node).
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'fs';
// eslint-disable-next-line no-restricted-imports
import { resolve } from 'path';
import { parse } from 'yaml';
import { validateWorkloadSpec } from '@karmada-backstage/plugin-karmada-common';
import { assembleWorkloadSpec } from './formSpec/assembleWorkloadSpec';
import { karmadaFieldOptions } from './fieldDefinitions';

// The example templates and the fields must agree: every ui:field exists,
// and the step input the template builds is the spec the review shows.

const templatesDir = resolve(__dirname, '../../../../../examples/templates');
const load = (name: string) =>
  parse(readFileSync(resolve(templatesDir, name, 'template.yaml'), 'utf8'));

function uiFields(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach(n => uiFields(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'ui:field') out.push(String(v));
      else uiFields(v, out);
    }
  }
  return out;
}

const PATH = /^\$\{\{\s*parameters\.([\w.]+)\s*\}\}$/;

/** Evaluates `${{ parameters.a.b }}` like the scaffolder (undefined drops the key); leaves out other expressions. */
function render(node: unknown, parameters: Record<string, unknown>): unknown {
  if (typeof node === 'string') {
    const m = PATH.exec(node);
    if (!m) return node.includes('${{') ? undefined : node;
    return m[1].split('.').reduce<any>((v, k) => v?.[k], parameters);
  }
  if (Array.isArray(node)) return node.map(n => render(n, parameters));
  if (node && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) {
      const r = render(v, parameters);
      if (r !== undefined) out[k] = r;
    }
    return out;
  }
  return node;
}

const formData = {
  workload: {
    instance: 'local',
    namespace: 'team-a',
    name: 'web',
    replicas: 3,
    placement: {
      mode: 'labels',
      labels: [{ key: 'env', operator: 'Equal', value: 'prod' }],
    },
    scheduling: { type: 'DynamicWeight' },
    scheduledClusters: ['member1', 'member2'],
  },
  description: 'Storefront',
  container: {
    name: 'main',
    image: 'registry.example.com/shop/web:1.0',
    imagePullPolicy: 'IfNotPresent',
    ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }],
    env: [{ name: 'MODE', value: 'prod' }],
    envFrom: [{ configMapRef: { name: 'web-config' } }],
    resources: { requests: { cpu: '250m', memory: '256Mi' } },
    lifecycle: { preStop: { sleep: { seconds: 5 } } },
    healthChecks: {
      readinessProbe: { httpGet: { path: '/ready', port: 'http' } },
    },
  },
  imagePullSecrets: ['registry-cred'],
  advanced: {
    strategy: { type: 'RollingUpdate', maxSurge: '25%' },
    dnsPolicy: 'ClusterFirst',
  },
  differential: [{ clusters: ['member2'], image: { tag: '1.1' } }],
  review: { summary: 'x' },
};

describe('example templates', () => {
  const known = new Set([
    ...karmadaFieldOptions.map(f => f.name),
    'OwnerPicker',
    'EntityPicker',
  ]);

  it.each(['multicloud-workload', 'deploy-image-by-label'])(
    '%s uses only fields that exist',
    name => {
      const fields = uiFields(load(name).spec.parameters);
      expect(fields.length).toBeGreaterThan(0);
      expect(fields.filter(f => !known.has(f))).toEqual([]);
    },
  );

  it('multicloud-workload sends the spec the review shows', () => {
    const template = load('multicloud-workload');
    const step = template.spec.steps.find(
      (s: any) => s.action === 'karmada:workload:create',
    );
    const sent = render(step.input.spec, formData) as Record<string, unknown>;
    expect(sent).toEqual(assembleWorkloadSpec(formData));
    expect(() => validateWorkloadSpec(sent)).not.toThrow();
  });

  it('deploy-image-by-label defaults to clusters with env=prod and Dynamic weight', () => {
    const template = load('deploy-image-by-label');
    const workload = template.spec.parameters[0].properties.workload;
    const step = template.spec.steps[0];
    const sent = render(step.input.spec, {
      image: 'nginx:1.27',
      workload: {
        ...workload.default,
        instance: 'local',
        namespace: 'team-a',
        name: 'web',
      },
    });
    expect(validateWorkloadSpec(sent)).toMatchObject({
      replicas: 3,
      placement: {
        mode: 'labels',
        labels: [{ key: 'env', operator: 'Equal', value: 'prod' }],
      },
      scheduling: { type: 'DynamicWeight' },
      containers: [{ name: 'app', image: 'nginx:1.27' }],
    });
  });
});
