import { FieldOverrider, KubernetesObject } from '../types';
import { applyFieldOverrider } from './fieldOverrider';

const configMap = (data: Record<string, unknown>): KubernetesObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  data,
});
const dataOf = (r: KubernetesObject) =>
  (r as { data: Record<string, unknown> }).data;

describe('applyFieldOverrider', () => {
  it.each<
    [string, Record<string, unknown>, FieldOverrider, Record<string, unknown>]
  >([
    [
      'JSON: compact output, key order kept, new keys appended',
      { 'c.json': '{\n  "b": 1,\n  "a": {"x": 1}\n}' },
      {
        fieldPath: '/data/c.json',
        json: [
          { subPath: '/c', operator: 'add', value: 'v' },
          { subPath: '/b', operator: 'replace', value: 2 },
        ],
      },
      { 'c.json': '{"b":2,"a":{"x":1},"c":"v"}' },
    ],
    [
      'JSON: HTML characters escaped in untouched parts',
      { 'c.json': '{"url":"/?a=1&b=<2>"}' },
      {
        fieldPath: '/data/c.json',
        json: [{ subPath: '/k', operator: 'add', value: true }],
      },
      { 'c.json': '{"url":"/?a=1\\u0026b=\\u003c2\\u003e","k":true}' },
    ],
    [
      'JSON: an empty string stays empty',
      { 'e.json': '' },
      {
        fieldPath: '/data/e.json',
        json: [{ subPath: '/a', operator: 'add', value: 1 }],
      },
      { 'e.json': '' },
    ],
    [
      'YAML: normalised and sorted',
      {
        'app.yaml':
          'server:\n  port: 8080\n  host: example.com # main\nlogLevel: info\n',
      },
      {
        fieldPath: '/data/app.yaml',
        yaml: [
          { subPath: '/server/tls', operator: 'add', value: { enabled: true } },
        ],
      },
      {
        'app.yaml':
          'logLevel: info\nserver:\n  host: example.com\n  port: 8080\n  tls:\n    enabled: true\n',
      },
    ],
    [
      'YAML wins when both yaml and json are set',
      { 'f.yaml': 'mode: on\n' },
      {
        fieldPath: '/data/f.yaml',
        yaml: [{ subPath: '/mode', operator: 'replace', value: 'off' }],
        json: [{ subPath: '/x', operator: 'add', value: 1 }],
      },
      { 'f.yaml': 'mode: "off"\n' },
    ],
    [
      'neither yaml nor json empties the field',
      { 'x.json': '{"a":1}' },
      { fieldPath: '/data/x.json' },
      { 'x.json': '' },
    ],
    [
      '~1 in the field path addresses a key with "/"',
      { 'a/b.json': '{"a":1}' },
      {
        fieldPath: '/data/a~1b.json',
        json: [{ subPath: '/a', operator: 'replace', value: 2 }],
      },
      { 'a/b.json': '{"a":2}' },
    ],
  ])('%s', (_name, data, overrider, expected) => {
    expect(dataOf(applyFieldOverrider(configMap(data), overrider))).toEqual(
      expected,
    );
  });

  it('can point anywhere, not only into data', () => {
    const resource = {
      kind: 'X',
      metadata: { annotations: { cfg: '{"a":1}' } },
    };
    const out = applyFieldOverrider(resource, {
      fieldPath: '/metadata/annotations/cfg',
      json: [{ subPath: '/a', operator: 'remove' }],
    });
    expect(out.metadata?.annotations?.cfg).toBe('{}');
    expect(resource.metadata.annotations.cfg).toBe('{"a":1}');
  });

  it.each<[string, Record<string, unknown>, FieldOverrider]>([
    [
      'a missing field path',
      { a: '{}' },
      {
        fieldPath: '/data/b',
        json: [{ subPath: '/a', operator: 'add', value: 1 }],
      },
    ],
    [
      'a field path without a leading slash',
      { a: '{}' },
      {
        fieldPath: 'data/a',
        json: [{ subPath: '/a', operator: 'add', value: 1 }],
      },
    ],
    [
      'a non-string target',
      { a: 5 },
      {
        fieldPath: '/data/a',
        json: [{ subPath: '/a', operator: 'add', value: 1 }],
      },
    ],
    [
      'the whole document as target',
      { a: '{}' },
      { fieldPath: '', json: [{ subPath: '/a', operator: 'add', value: 1 }] },
    ],
    [
      'invalid embedded JSON',
      { a: '{x' },
      {
        fieldPath: '/data/a',
        json: [{ subPath: '/a', operator: 'add', value: 1 }],
      },
    ],
    [
      'invalid embedded YAML',
      { a: 'a: [1' },
      {
        fieldPath: '/data/a',
        yaml: [{ subPath: '/a', operator: 'add', value: 1 }],
      },
    ],
    [
      'a failing JSON sub-patch',
      { a: '{"a":1}' },
      { fieldPath: '/data/a', json: [{ subPath: '/b', operator: 'remove' }] },
    ],
    [
      'YAML operations on an empty string',
      { a: '' },
      {
        fieldPath: '/data/a',
        yaml: [{ subPath: '/a', operator: 'add', value: 1 }],
      },
    ],
  ])('fails with FieldOverrideError on %s', (_name, data, overrider) => {
    expect(() => applyFieldOverrider(configMap(data), overrider)).toThrow(
      expect.objectContaining({ reason: 'FieldOverrideError' }),
    );
  });
});
