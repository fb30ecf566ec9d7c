import {
  isExtendedResourceName,
  isNativeResource,
  isScalarResourceName,
} from './resourceNames';

describe('resource name classes (Kubernetes core/v1 helpers)', () => {
  it.each([
    // name, native, extended, scalar
    ['cpu', true, false, false],
    ['memory', true, false, false],
    ['pods', true, false, false],
    ['nvidia.com/gpu', false, true, true],
    ['kubernetes.io/batch-cpu', true, false, true],
    ['hugepages-2Mi', true, false, true],
    ['attachable-volumes-aws-ebs', true, false, true],
    ['requests.example.com/x', false, false, false],
    ['example.com/bad name', false, false, false],
  ])(
    '%s: native %s, extended %s, scalar %s',
    (name, native, extended, scalar) => {
      expect(isNativeResource(name)).toBe(native);
      expect(isExtendedResourceName(name)).toBe(extended);
      expect(isScalarResourceName(name)).toBe(scalar);
    },
  );
});
