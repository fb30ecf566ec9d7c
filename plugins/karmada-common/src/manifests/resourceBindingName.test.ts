import { resourceBindingName } from './resourceBindingName';

describe('resourceBindingName', () => {
  it.each([
    ['web', 'Deployment', 'web-deployment'],
    ['web-config', 'ConfigMap', 'web-config-configmap'],
    ['registry-cred', 'Secret', 'registry-cred-secret'],
    ['system:controller:x', 'ClusterRole', 'system.controller.x-clusterrole'],
  ])('%s %s → %s', (name, kind, expected) => {
    expect(resourceBindingName(name, kind)).toBe(expected);
  });
});
