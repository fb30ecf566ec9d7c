import { KarmadaInputError } from '../errors';
import {
  child,
  optionalInteger,
  optionalStringMap,
  readQuantity,
  rejectUnknownFields,
} from './wire';

describe('wire readers', () => {
  it.each([
    [child('', 'replicas'), 'replicas'],
    [
      child(child('placement', 'spreadConstraints'), 2),
      'placement.spreadConstraints[2]',
    ],
    [child(child('[3]', 'placement'), 'x'), '[3].placement.x'],
    [
      child('resourceRequest', 'nvidia.com/gpu'),
      'resourceRequest["nvidia.com/gpu"]',
    ],
  ])('builds the path %s', (path, text) => {
    expect(String(path)).toBe(text);
  });

  it.each<[string, () => unknown, string]>([
    [
      'integer',
      () => optionalInteger(1.5, 'replicas'),
      'replicas: must be an integer',
    ],
    [
      'range',
      () => optionalInteger(-1, 'replicas', 0),
      'replicas: must be greater than or equal to 0',
    ],
    [
      'string map',
      () => optionalStringMap({ a: 1 }, 'labels'),
      'labels.a: must be a string',
    ],
    [
      'unknown field',
      () => rejectUnknownFields({ x: 1 }, ['y'], 'spec'),
      'spec.x: unknown field "x"',
    ],
    [
      'quantity',
      () => readQuantity(true, 'cpu'),
      'cpu: must be a quantity such as "500m", "1Gi" or 2',
    ],
  ])('fails with the field path: %s', (_, read, message) => {
    expect(read).toThrow(KarmadaInputError);
    expect(read).toThrow(message);
  });

  it('treats null as absent, like Go', () => {
    expect(optionalInteger(null, 'x')).toBeUndefined();
    expect(optionalStringMap(null, 'x')).toBeUndefined();
  });
});
