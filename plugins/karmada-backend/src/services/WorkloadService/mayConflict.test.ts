import { mayConflict } from './mayConflict';

const desired = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', labels: { app: 'web' } },
  spec: {
    replicas: 2,
    template: { spec: { containers: [{ name: 'web', image: 'nginx' }] } },
  },
};
const existing = (managedFields: unknown[]) => ({
  metadata: { name: 'web', managedFields },
});

describe('mayConflict', () => {
  it('is false without other managers, or when they own other fields', () => {
    expect(mayConflict(undefined, desired)).toBe(false);
    expect(
      mayConflict(
        existing([
          {
            manager: 'backstage-karmada',
            fieldsV1: { 'f:spec': { 'f:replicas': {} } },
          },
        ]),
        desired,
      ),
    ).toBe(false);
    expect(
      mayConflict(
        existing([
          {
            manager: 'karmada-controller-manager',
            operation: 'Update',
            fieldsV1: {
              'f:metadata': {
                'f:labels': {
                  '.': {},
                  'f:propagationpolicy.karmada.io/permanent-id': {},
                },
              },
            },
          },
        ]),
        desired,
      ),
    ).toBe(false);
    expect(
      mayConflict(
        existing([
          {
            manager: 'kubectl',
            subresource: 'status',
            fieldsV1: { 'f:status': { 'f:replicas': {} } },
          },
        ]),
        desired,
      ),
    ).toBe(false);
  });

  it('is true when another manager owns a field the apply sets', () => {
    expect(
      mayConflict(
        existing([
          {
            manager: 'kubectl-edit',
            fieldsV1: { 'f:spec': { 'f:replicas': {} } },
          },
        ]),
        desired,
      ),
    ).toBe(true);
    expect(
      mayConflict(
        existing([
          {
            manager: 'helm',
            fieldsV1: {
              'f:spec': {
                'f:template': {
                  'f:spec': {
                    'f:containers': { 'k:{"name":"web"}': { 'f:image': {} } },
                  },
                },
              },
            },
          },
        ]),
        desired,
      ),
    ).toBe(true);
  });
});
