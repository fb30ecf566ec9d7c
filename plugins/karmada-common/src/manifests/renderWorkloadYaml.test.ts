import { parseAllDocuments } from 'yaml';
import { baseSpec } from '../spec/__testUtils__/baseSpec';
import { renderWorkload } from './renderWorkload';
import { renderedObjects, renderWorkloadYaml } from './renderWorkloadYaml';

// The same spec with every object's keys in reverse order: a different
// writer (or form) producing the same content.
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    );
  }
  return value;
}

function richSpec() {
  const spec = baseSpec();
  spec.advanced = {
    labels: { tier: 'web', team: 'a' },
    podAnnotations: { b: '1', a: '2' },
    nodeSelector: { zone: 'x', arch: 'amd64' },
  };
  spec.containers[0].resources = {
    limits: { memory: '1Gi', cpu: 2 },
    requests: { memory: '512Mi', cpu: '1' },
  };
  spec.differential = [
    {
      clusters: ['member2'],
      labels: { z: '1', y: '2' },
      resources: { limits: { memory: '2Gi' } },
    },
  ];
  return spec;
}

describe('renderWorkloadYaml', () => {
  it('prints the objects as a multi-document stream, in apply order', () => {
    const rendered = renderWorkload(richSpec());
    const docs = parseAllDocuments(renderWorkloadYaml(rendered));
    expect(docs.map(d => d.toJS().kind)).toEqual([
      'Deployment',
      'PropagationPolicy',
      'OverridePolicy',
    ]);
    expect(docs.map(d => d.toJS())).toEqual(
      JSON.parse(JSON.stringify(renderedObjects(rendered))),
    );
  });

  it('gives byte-identical output for the same spec, whatever its key order', () => {
    const once = renderWorkloadYaml(renderWorkload(richSpec()));
    expect(renderWorkloadYaml(renderWorkload(richSpec()))).toBe(once);
    expect(renderWorkloadYaml(renderWorkload(reverseKeys(richSpec())))).toBe(
      once,
    );
  });

  it('keeps quantities and number-like strings as strings', () => {
    const spec = baseSpec();
    spec.containers[0].resources = { limits: { cpu: 2 } };
    spec.containers[0].env = [{ name: 'PORT', value: '8080' }];
    const yaml = renderWorkloadYaml(renderWorkload(spec));
    expect(yaml).toContain('cpu: "2"');
    expect(yaml).toContain('value: "8080"');
  });
});
