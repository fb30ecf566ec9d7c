import { isUnchanged } from './isUnchanged';

const entry = (time: string, fields = { 'f:spec': { 'f:replicas': {} } }) => ({
  manager: 'backstage-karmada',
  operation: 'Apply',
  time,
  fieldsV1: fields,
});
const obj = (
  rv: string,
  generation: number,
  time: string,
  labels: Record<string, string> = { a: '1' },
) => ({
  metadata: {
    resourceVersion: rv,
    generation,
    labels,
    managedFields: [entry(time)],
  },
});
const applied = { metadata: { labels: { a: '1' } } };

describe('isUnchanged', () => {
  it('is true when the resourceVersion did not move', () => {
    expect(isUnchanged(obj('5', 1, 't1'), obj('5', 1, 't1'), applied)).toBe(
      true,
    );
  });
  it('is true when only others moved it (status, their labels)', () => {
    expect(
      isUnchanged(
        obj('5', 1, 't1'),
        {
          metadata: {
            ...obj('9', 1, 't1').metadata,
            labels: { a: '1', karmada: 'x' },
          },
        },
        applied,
      ),
    ).toBe(true);
  });
  it('is false when our entry, the generation or our labels changed, or it is new', () => {
    expect(isUnchanged(obj('5', 1, 't1'), obj('9', 1, 't2'), applied)).toBe(
      false,
    );
    expect(isUnchanged(obj('5', 1, 't1'), obj('9', 2, 't1'), applied)).toBe(
      false,
    );
    expect(
      isUnchanged(obj('5', 1, 't1'), obj('9', 1, 't1', { a: '2' }), applied),
    ).toBe(false);
    expect(isUnchanged(undefined, obj('9', 1, 't1'), applied)).toBe(false);
  });
});
