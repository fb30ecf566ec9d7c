import crdData from '../schemas/karmadaCrdSchemas.json';
import { formatFieldError } from '../api/fieldErrors';
import { StructuralSchema } from './StructuralSchema';
import { validateSchema } from './validateSchema';

const ppSchema = (crdData.crds.find(c => c.kind === 'PropagationPolicy')
  ?.schema ?? {}) as StructuralSchema;

const messages = (value: unknown, schema: StructuralSchema = ppSchema) =>
  validateSchema(value, schema).map(formatFieldError);

describe('validateSchema', () => {
  it('accepts a valid PropagationPolicy', () => {
    const policy = {
      apiVersion: 'policy.karmada.io/v1alpha1',
      kind: 'PropagationPolicy',
      metadata: { name: 'web' },
      spec: {
        resourceSelectors: [
          { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
        ],
        placement: {
          replicaScheduling: {
            replicaSchedulingType: 'Divided',
            replicaDivisionPreference: 'Weighted',
          },
        },
      },
    };
    expect(messages(policy)).toEqual([]);
  });

  it('reports enum values the CRD does not allow, with the supported values', () => {
    const policy = {
      spec: {
        resourceSelectors: [{ apiVersion: 'apps/v1', kind: 'Deployment' }],
        placement: { replicaScheduling: { replicaSchedulingType: 'Spread' } },
      },
    };
    expect(messages(policy)).toEqual([
      'spec.placement.replicaScheduling.replicaSchedulingType: Unsupported value: "Spread": supported values: "Duplicated", "Divided"',
    ]);
  });

  it('reports missing required fields by path', () => {
    expect(
      messages({ spec: { resourceSelectors: [{ kind: 'Deployment' }] } }),
    ).toEqual(['spec.resourceSelectors[0].apiVersion: Required value']);
    expect(messages({})).toEqual(['spec: Required value']);
  });

  it('reports type errors in the API server words', () => {
    expect(
      messages({
        spec: {
          resourceSelectors: [{ apiVersion: 'v1', kind: 'ConfigMap' }],
          priority: 'high',
        },
      }),
    ).toEqual([
      'spec.priority: Invalid value: "string": spec.priority in body must be of type integer: "string"',
    ]);
  });

  it('checks minimum, maximum, pattern, lengths and int-or-string', () => {
    const schema: StructuralSchema = {
      type: 'object',
      properties: {
        n: { type: 'integer', minimum: 0, maximum: 10 },
        s: { type: 'string', pattern: '^[a-z]+$', maxLength: 3, minLength: 1 },
        q: { 'x-kubernetes-int-or-string': true },
      },
    };
    expect(messages({ n: -1, s: 'AB12', q: true }, schema)).toEqual([
      'n: Invalid value: -1: n in body should be greater than or equal to 0',
      's: Too long: may not be more than 3 bytes',
      's: Invalid value: "AB12": s in body should match \'^[a-z]+$\'',
      'q: Invalid value: "boolean": q in body must be of type object: "boolean"',
    ]);
    expect(messages({ n: 11, s: '', q: '50%' }, schema)).toEqual([
      'n: Invalid value: 11: n in body should be less than or equal to 10',
      's: Invalid value: "": s in body should be at least 1 chars long',
      's: Invalid value: "": s in body should match \'^[a-z]+$\'',
    ]);
  });
});
