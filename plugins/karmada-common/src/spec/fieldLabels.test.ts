import {
  formatSpecPath,
  WORKLOAD_FIELD_LABELS,
  workloadFieldLabel,
} from './fieldLabels';
import { workloadSpecSchema } from './workloadSpecSchema';

describe('formatSpecPath', () => {
  it.each([
    [['containers', 0, 'image'], 'containers[0].image'],
    [
      ['containers', 0, 'resources', 'limits', 'nvidia.com/gpu'],
      'containers[0].resources.limits["nvidia.com/gpu"]',
    ],
    [
      ['advanced', 'labels', 'app.kubernetes.io/name'],
      'advanced.labels["app.kubernetes.io/name"]',
    ],
    [['differential', 1, 'clusters', 0], 'differential[1].clusters[0]'],
    [[], ''],
  ])('%j → %s', (segments, expected) => {
    expect(formatSpecPath(segments)).toBe(expected);
  });
});

describe('workloadFieldLabel', () => {
  it.each([
    [['containers', 3, 'image'], 'Container image'],
    [
      ['containers', 0, 'resources', 'limits', 'nvidia.com/gpu'],
      'Resource limits',
    ],
    [['containers', 0, 'livenessProbe', 'httpGet', 'port'], 'Liveness probe'],
    [['placement', 'fallbacks', 1, 'clusterNames', 0], 'Fallback clusters'],
    [['differential', 0, 'image', 'tag'], 'Differential tag'],
    [['unknownTopLevel'], undefined],
  ])('%j → %s', (segments, expected) => {
    expect(workloadFieldLabel(segments)).toBe(expected);
  });

  it('has a label for every top-level field of the spec', () => {
    const topLevel = Object.keys(workloadSpecSchema.shape);
    expect(topLevel.length).toBeGreaterThan(10);
    expect(topLevel.filter(f => !WORKLOAD_FIELD_LABELS[f])).toEqual([]);
  });
});
