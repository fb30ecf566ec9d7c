import { withPlacementDefaults } from './withPlacementDefaults';

describe('withPlacementDefaults', () => {
  it('starts from one replica on named clusters, Duplicated', () => {
    expect(withPlacementDefaults(undefined)).toEqual({
      replicas: 1,
      placement: { mode: 'clusters', clusterNames: [] },
      scheduling: { type: 'Duplicated' },
    });
  });

  it("uses the template's default, then what the user entered", () => {
    const schemaDefault = {
      replicas: 3,
      placement: {
        mode: 'labels',
        labels: [{ key: 'env', operator: 'Equal', value: 'prod' }],
      },
      scheduling: { type: 'DynamicWeight' },
    };
    expect(withPlacementDefaults(undefined, schemaDefault)).toEqual(
      schemaDefault,
    );
    expect(
      withPlacementDefaults({ replicas: 5, name: 'web' }, schemaDefault),
    ).toEqual({
      ...schemaDefault,
      replicas: 5,
      name: 'web',
    });
  });

  it('keeps to the modes and scheduling types the template offers', () => {
    expect(
      withPlacementDefaults(
        {
          placement: { mode: 'clusters', clusterNames: ['a'] },
          scheduling: { type: 'StaticWeight' },
        },
        undefined,
        { modes: ['labels'], schedulingTypes: ['DynamicWeight', 'Duplicated'] },
      ),
    ).toMatchObject({
      placement: { mode: 'labels', labels: [] },
      scheduling: { type: 'DynamicWeight' },
    });
  });
});
