import {
  bindingName,
  bindingReferenceKey,
  fnv32a,
  safeEncodeString,
  workName,
} from './names';

describe('Karmada names', () => {
  it('hashes with FNV-1a 32 like Go', () => {
    // Reference values of the FNV-1a test vectors.
    expect(fnv32a('')).toBe(0x811c9dc5);
    expect(fnv32a('a')).toBe(0xe40c292c);
    expect(fnv32a('foobar')).toBe(0xbf9cf968);
  });

  it('encodes digits into the safe alphabet', () => {
    expect(safeEncodeString('0123456789')).toBe('456789bcdf');
  });

  it('names bindings and works like pkg/util/names', () => {
    expect(bindingName('Deployment', 'web')).toBe('web-deployment');
    expect(bindingName('ClusterRole', 'system:admin')).toBe(
      'system.admin-clusterrole',
    );
    const expectedSuffix = safeEncodeString(
      String(fnv32a('team-a-web-deployment')),
    );
    expect(workName('Deployment', 'web', 'team-a')).toBe(
      `web-${expectedSuffix}`,
    );
    expect(workName('Deployment', 'Web', 'team-a')).toBe(
      workName('Deployment', 'web', 'team-a'),
    );
    expect(bindingReferenceKey('team-a', 'web-deployment')).toBe(
      safeEncodeString(String(fnv32a('team-a/web-deployment'))),
    );
  });
});
