import { mockServices } from '@backstage/backend-test-utils';
import { ConflictError, NotAllowedError } from '@backstage/errors';
import type { Request } from 'express';
import { audited } from './audit';

function recordingAuditor() {
  const auditor = mockServices.auditor.mock();
  const log: unknown[][] = [];
  auditor.createEvent.mockImplementation(async options => {
    log.push(['create', options.eventId, options.severityLevel, options.meta]);
    return {
      success: async o => void log.push(['success', o?.meta]),
      fail: async o => void log.push(['fail', o.error, o.meta]),
    };
  });
  return { auditor, log };
}

const request = {} as Request;
const meta = { instance: 'local', namespace: 'team-a', name: 'web' };
const objects = [
  { kind: 'PropagationPolicy', namespace: 'team-a', name: 'web' },
  { kind: 'Deployment', namespace: 'team-a', name: 'web' },
];

describe('audited', () => {
  it('creates the event before running, then succeeds with the outcome', async () => {
    const { auditor, log } = recordingAuditor();
    const result = await audited(
      auditor,
      { eventId: 'workload-apply', request, meta, objects },
      async () => {
        log.push(['run']);
        return { written: 2 };
      },
      r => ({ count: r.written }),
    );
    expect(result).toEqual({ written: 2 });
    expect(log).toEqual([
      ['create', 'workload-apply', 'medium', meta],
      ['run'],
      ['success', { ...meta, count: 2 }],
    ]);
  });

  it('fails with the reason and the objects meant, and rethrows', async () => {
    const { auditor, log } = recordingAuditor();
    const refused = new NotAllowedError('not allowed: karmada.workload.create');
    await expect(
      audited(
        auditor,
        {
          eventId: 'workload-apply',
          severityLevel: 'low',
          request,
          meta,
          objects,
        },
        async () => {
          throw refused;
        },
        () => ({}),
      ),
    ).rejects.toBe(refused);
    expect(log).toEqual([
      ['create', 'workload-apply', 'low', meta],
      [
        'fail',
        refused,
        {
          ...meta,
          reason: 'not allowed: karmada.workload.create',
          objects,
        },
      ],
    ]);
  });

  it('lists what a write that got part way did write', async () => {
    const { auditor, log } = recordingAuditor();
    const partial = Object.assign(new ConflictError('Deployment failed'), {
      written: [
        {
          apiVersion: 'policy.karmada.io/v1alpha1',
          kind: 'PropagationPolicy',
          name: 'web',
          namespace: undefined,
          action: 'created',
        },
      ],
    });
    await expect(
      audited(
        auditor,
        { eventId: 'workload-apply', request, meta, objects },
        async () => {
          throw partial;
        },
        () => ({}),
      ),
    ).rejects.toBe(partial);
    expect(log[1]).toEqual([
      'fail',
      partial,
      {
        ...meta,
        reason: 'Deployment failed',
        objects,
        // JSON only: undefined fields dropped.
        written: [
          {
            apiVersion: 'policy.karmada.io/v1alpha1',
            kind: 'PropagationPolicy',
            name: 'web',
            action: 'created',
          },
        ],
      },
    ]);
    expect(Object.keys((log[1][2] as any).written[0])).not.toContain(
      'namespace',
    );
  });
});
