import type { ReplicaRequirements } from '../types';
import {
  PodSpecLike,
  replicaRequirementsFromPodTemplate,
} from './replicaRequirements';

const container = (
  requests?: Record<string, string | number>,
  limits?: Record<string, string | number>,
) => ({
  resources: { ...(requests && { requests }), ...(limits && { limits }) },
});

describe('replicaRequirementsFromPodTemplate (GenerateReplicaRequirements, SEMANTICS §1)', () => {
  it.each<[string, PodSpecLike, ReplicaRequirements | undefined]>([
    [
      'nothing requested and no node constraints: nil',
      { containers: [container()] },
      undefined,
    ],
    [
      'container requests are summed',
      {
        containers: [
          container({ cpu: '250m', memory: '256Mi' }),
          container({ cpu: '1', memory: '1Gi' }),
        ],
      },
      { resourceRequest: { cpu: '1250m', memory: '1280Mi' } },
    ],
    [
      'a limit stands in for a missing request',
      { containers: [container({ cpu: '100m' }, { cpu: '2', memory: '1Gi' })] },
      { resourceRequest: { cpu: '100m', memory: '1Gi' } },
    ],
    [
      'init containers raise the sum to their own request',
      {
        containers: [container({ cpu: '100m', memory: '64Mi' })],
        initContainers: [
          container({ cpu: '2' }),
          container({ memory: '32Mi' }),
        ],
      },
      { resourceRequest: { cpu: '2', memory: '64Mi' } },
    ],
    [
      'overhead is added',
      { containers: [container({ cpu: '500m' })], overhead: { cpu: '250m' } },
      { resourceRequest: { cpu: '750m' } },
    ],
    [
      'extended and hugepage resources count, unknown names do not',
      {
        containers: [
          container({ 'nvidia.com/gpu': 1, 'hugepages-2Mi': '4Mi', foo: '3' }),
        ],
      },
      { resourceRequest: { 'nvidia.com/gpu': '1', 'hugepages-2Mi': '4Mi' } },
    ],
    [
      'requests of zero are dropped',
      { containers: [container({ cpu: '0' })] },
      undefined,
    ],
    [
      'memory is rounded up to whole bytes',
      { containers: [container({ memory: '1.5' })] },
      { resourceRequest: { memory: '2' } },
    ],
    [
      'a nodeSelector alone gives a node claim',
      { nodeSelector: { disk: 'ssd' } },
      { nodeClaim: { nodeSelector: { disk: 'ssd' } } },
    ],
    [
      'even an empty nodeSelector (a non-nil map in Go)',
      { nodeSelector: {} },
      { nodeClaim: { nodeSelector: {} } },
    ],
    [
      'tolerations give a node claim',
      { tolerations: [{ key: 'k', operator: 'Exists' }] },
      { nodeClaim: { tolerations: [{ key: 'k', operator: 'Exists' }] } },
    ],
    ['an empty tolerations list does not', { tolerations: [] }, undefined],
    [
      'required node affinity gives a node claim; preferred does not',
      {
        affinity: {
          nodeAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: {
              nodeSelectorTerms: [],
            },
          },
        },
      },
      { nodeClaim: { hardNodeAffinity: { nodeSelectorTerms: [] } } },
    ],
    [
      'preferred node affinity alone: nil',
      { affinity: { nodeAffinity: {} } },
      undefined,
    ],
  ])('%s', (_, podSpec, expected) => {
    expect(replicaRequirementsFromPodTemplate(podSpec)).toEqual(expected);
  });

  it('names the malformed quantity', () => {
    expect(() =>
      replicaRequirementsFromPodTemplate({
        containers: [container({ cpu: 'a lot' })],
      }),
    ).toThrow(
      "spec.template.spec.containers[0].resources.requests.cpu: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
    );
  });
});
