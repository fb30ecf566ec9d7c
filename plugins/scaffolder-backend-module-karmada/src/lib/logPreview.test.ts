import { mockServices } from '@backstage/backend-test-utils';
import { logPreview } from './logPreview';
import type { PreviewSummary } from './summarizePreview';

const names = (n: number) =>
  Array.from({ length: n }, (_, i) => `c${String(i).padStart(3, '0')}`);

function logged(summary: Partial<PreviewSummary>) {
  const logger = mockServices.logger.mock();
  logPreview(
    logger,
    {
      schedulable: true,
      clusters: [],
      ties: [],
      excluded: [],
      leftOut: [],
      warnings: [],
      ...summary,
    },
    'local',
  );
  return (logger.info as jest.Mock).mock.calls.map(c => c[0]);
}

describe('logPreview', () => {
  it.each<[string, PreviewSummary['leftOut'], string]>([
    [
      'one cluster by name',
      [{ reasons: ['excluded by name'], count: 1, clusters: ['a'] }],
      '  left out a: excluded by name',
    ],
    [
      'a few clusters, every name',
      [{ reasons: ['tainted', 'not ready'], count: 3, clusters: names(3) }],
      '  left out 3 clusters (c000, c001, c002): tainted; not ready',
    ],
    [
      'a large group, the first names and how many more',
      [{ reasons: ['label env is dev'], count: 412, clusters: names(412) }],
      '  left out 412 clusters (c000, c001, c002, c003, c004, c005, c006, c007, c008, c009 and 402 more): label env is dev',
    ],
  ])('logs one line per group: %s', (_name, leftOut, line) => {
    const lines = logged({ leftOut });
    expect(lines).toContain(line);
    expect(lines.filter(l => l.includes('left out'))).toHaveLength(1);
  });
});
