import { ForwardedError, ServiceUnavailableError } from '@backstage/errors';
import { KarmadaConnectionError, KubernetesStatusError } from './errors';
import { conflictManagers, toBackstageError } from './toBackstageError';

const req = {
  method: 'PATCH',
  path: '/apis/apps/v1/namespaces/a/deployments/web',
};
const status = (code: number, extra: Record<string, unknown> = {}) =>
  new KubernetesStatusError(
    code,
    { kind: 'Status', status: 'Failure', code, ...extra },
    req,
  );

describe('toBackstageError', () => {
  it.each([
    [
      404,
      'NotFoundError',
      { reason: 'NotFound', message: 'deployments.apps "web" not found' },
    ],
    [
      409,
      'ConflictError',
      {
        reason: 'Conflict',
        message:
          'Apply failed with 1 conflict: conflict with "kubectl-edit" using apps/v1: .spec.replicas',
      },
    ],
    [
      422,
      'InputError',
      {
        reason: 'Invalid',
        message:
          'Deployment.apps "web" is invalid: spec.replicas: Invalid value: -1',
        details: {
          causes: [
            {
              field: 'spec.replicas',
              reason: 'FieldValueInvalid',
              message: 'Invalid value: -1',
            },
          ],
        },
      },
    ],
    [400, 'InputError', { reason: 'BadRequest', message: 'bad' }],
    [403, 'NotAllowedError', { reason: 'Forbidden', message: 'forbidden' }],
    [
      401,
      'ServiceUnavailableError',
      { reason: 'Unauthorized', message: 'Unauthorized' },
    ],
    [
      500,
      'ServiceUnavailableError',
      { reason: 'InternalError', message: 'etcd down' },
    ],
    [
      429,
      'ServiceUnavailableError',
      { reason: 'TooManyRequests', message: 'slow down' },
    ],
  ])('maps %s to %s keeping the message', (code, name, body) => {
    const e = toBackstageError(status(code, body), 'local');
    expect(e.name).toBe(name);
    expect(e.message).toContain(body.message);
  });

  it.each([500, 503, 429])(
    "forwards a %s with Karmada's message as the cause",
    code => {
      const e = toBackstageError(
        status(code, { reason: 'InternalError', message: 'etcd down' }),
        'local',
      );
      expect(e).toBeInstanceOf(ForwardedError);
      expect(e.message).toBe(
        `Karmada instance "local" answered HTTP ${code}; caused by ServiceUnavailableError: etcd down`,
      );
      expect((e as ForwardedError).cause).toBeInstanceOf(
        ServiceUnavailableError,
      );
    },
  );

  it('keeps causes with their field paths and the conflicting managers', () => {
    const invalid = toBackstageError(
      status(422, {
        message: 'x',
        details: {
          causes: [
            {
              field: 'spec.replicas',
              reason: 'FieldValueInvalid',
              message: 'm',
            },
          ],
        },
      }),
    );
    expect(invalid).toMatchObject({
      causes: [
        { field: 'spec.replicas', reason: 'FieldValueInvalid', message: 'm' },
      ],
    });
    const conflict = toBackstageError(
      status(409, {
        message:
          'Apply failed with 2 conflicts: conflict with "kubectl-edit" using apps/v1: .spec.replicas\nconflict with "helm" using apps/v1: .spec.template',
      }),
    );
    expect(conflict).toMatchObject({ managers: ['kubectl-edit', 'helm'] });
  });

  it('maps connection failures and timeouts to ServiceUnavailableError naming the instance', () => {
    const e = toBackstageError(
      new KarmadaConnectionError(
        'GET /x: connect ECONNREFUSED',
        'ECONNREFUSED',
        req,
        false,
      ),
      'prod',
    );
    expect(e.name).toBe('ServiceUnavailableError');
    expect(e.message).toBe(
      'Karmada instance "prod" is unreachable: GET /x: connect ECONNREFUSED',
    );
  });

  it('passes other errors through', () => {
    const e = new TypeError('x');
    expect(toBackstageError(e)).toBe(e);
  });

  it('reads managers from conflict messages', () => {
    expect(conflictManagers('conflicts with "a" using v1: .x')).toEqual(['a']);
    expect(conflictManagers('nothing')).toEqual([]);
  });
});
