import { DEPLOYMENT_SCHEMA } from '../schemas/coreSchemas';
import { pruneUnknownFields } from './pruneUnknownFields';
import { applySchemaDefaults } from './applySchemaDefaults';
import { StructuralSchema } from './StructuralSchema';

describe('pruneUnknownFields', () => {
  it('drops undeclared fields and reports their paths', () => {
    const object = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', bogus: 1 },
      spec: {
        replicaz: 3,
        template: {
          spec: {
            containers: [
              { name: 'web', image: 'x', imagePullPolicyy: 'Always' },
            ],
          },
        },
      },
    };
    expect(pruneUnknownFields(object, DEPLOYMENT_SCHEMA)).toEqual([
      'metadata.bogus',
      'spec.replicaz',
      'spec.template.spec.containers[0].imagePullPolicyy',
    ]);
    expect(object).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: {
        template: { spec: { containers: [{ name: 'web', image: 'x' }] } },
      },
    });
  });

  it('keeps anything below x-kubernetes-preserve-unknown-fields and map values', () => {
    const object = {
      metadata: { labels: { any: 'thing' } },
      spec: { template: { spec: { affinity: { whatever: { deep: 1 } } } } },
    };
    expect(pruneUnknownFields(object, DEPLOYMENT_SCHEMA)).toEqual([]);
  });

  it('drops nulls of fields that are not nullable', () => {
    const object = { spec: { replicas: null } };
    pruneUnknownFields(object, DEPLOYMENT_SCHEMA);
    expect(object).toEqual({ spec: {} });
  });
});

describe('applySchemaDefaults', () => {
  const schema: StructuralSchema = {
    type: 'object',
    properties: {
      spec: {
        type: 'object',
        properties: {
          mode: { type: 'string', default: 'Abort' },
          nested: {
            type: 'object',
            properties: { x: { type: 'integer', default: 1 } },
          },
          items: {
            type: 'array',
            items: {
              type: 'object',
              properties: { p: { type: 'string', default: 'TCP' } },
            },
          },
        },
      },
    },
  };

  it('fills defaults inside existing objects only', () => {
    const object: Record<string, unknown> = {
      spec: { items: [{}, { p: 'UDP' }] },
    };
    applySchemaDefaults(object, schema);
    expect(object).toEqual({
      spec: { mode: 'Abort', items: [{ p: 'TCP' }, { p: 'UDP' }] },
    });
    const empty: Record<string, unknown> = {};
    applySchemaDefaults(empty, schema);
    expect(empty).toEqual({});
  });
});
