import { goValueToJson } from './goValue';
import { readYaml } from './readYaml';

// What YAMLToJSON produces (checked against yaml.v2 and sigs.k8s.io/yaml's key conversion).
describe('readYaml + goValueToJson (YAMLToJSON)', () => {
  it.each([
    [
      'float keys use float32 formatting',
      '3.14159265358979: a\n1e10: b\n-0.0: c\n.inf: d\n',
      '{"-0":"c",".inf":"d","1e+10":"b","3.1415927":"a"}',
    ],
    ['bool and int keys', 'on: 1\n0x10: 2\n', '{"16":2,"true":1}'],
    ['an empty value is null', 'a:\nb: ~\n', '{"a":null,"b":null}'],
    [
      'quoted scalars are strings',
      'a: "1"\nb: \'yes\'\nc: |\n  x\n',
      '{"a":"1","b":"yes","c":"x\\n"}',
    ],
    ['later duplicate keys win', 'a: 1\na: 2\n', '{"a":2}'],
    ['an empty document is null', '# nothing\n', 'null'],
    ['a top-level list', '- a\n- 1\n', '["a",1]'],
    [
      'HTML characters are escaped',
      'a: <b>&\n',
      '{"a":"\\u003cb\\u003e\\u0026"}',
    ],
    [
      'integral floats print as integers',
      'a: 2.0\nb: 1e2\n',
      '{"a":2,"b":100}',
    ],
    [
      'content after a root flow collection is never read',
      '{a: 1}\nb: 2\n',
      '{"a":1}',
    ],
    ['content after a root scalar is never read', '"x" y\n', '"x"'],
    ['a root block scalar with an indentation indicator', '|1-\n \nx\n', '""'],
  ])('%s', (_name, yaml, json) => {
    expect(goValueToJson(readYaml(yaml))).toBe(json);
  });

  it.each([
    [
      'a uint64 key',
      '18446744073709551615: a\n',
      'unsupported map key of type: uint64',
    ],
    ['infinity as a value', 'a: .inf\n', 'unsupported value'],
    [
      'a merge key with a scalar',
      '<<: 1\n',
      'map merge requires map or sequence of maps',
    ],
    [
      'a control character',
      'a: \u0001\n',
      'control characters are not allowed',
    ],
    ['content after a root block collection', '- a\nb: 1\n', 'yaml:'],
    [
      'a token that cannot start after a root scalar',
      '"x" @y\n',
      'cannot start any token',
    ],
    [
      'an unindented root block scalar (not supported)',
      '|-\nx\n',
      'unsupported YAML feature',
    ],
  ])('fails on %s', (_name, yaml, message) => {
    expect(() => goValueToJson(readYaml(yaml))).toThrow(message);
  });
});
