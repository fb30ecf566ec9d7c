import { canWritePlain, isYamlTimestamp, resolvePlain } from './resolveScalar';

describe('resolvePlain (yaml.v2 YAML 1.1 resolution)', () => {
  it.each([
    ['yes', { t: 'bool', v: true }],
    ['Off', { t: 'bool', v: false }],
    ['y', { t: 'bool', v: true }],
    ['N', { t: 'bool', v: false }],
    ['yEs', { t: 'str', v: 'yEs' }],
    ['', { t: 'null' }],
    ['~', { t: 'null' }],
    ['NULL', { t: 'null' }],
    ['0x1F', { t: 'int', v: 31n }],
    ['0777', { t: 'int', v: 511n }],
    ['0o17', { t: 'int', v: 15n }],
    ['-0b11', { t: 'int', v: -3n }],
    ['1_000', { t: 'int', v: 1000n }],
    ['+5', { t: 'int', v: 5n }],
    ['18446744073709551615', { t: 'int', v: 18446744073709551615n }],
    ['18446744073709551616', { t: 'float', v: 18446744073709551616 }],
    ['08', { t: 'float', v: 8 }],
    ['1.0', { t: 'float', v: 1 }],
    ['.5', { t: 'float', v: 0.5 }],
    ['1e3', { t: 'float', v: 1000 }],
    ['1e999', { t: 'str', v: '1e999' }],
    ['-.inf', { t: 'float', v: -Infinity }],
    ['2024-01-02', { t: 'timestamp' }],
    ['<<', { t: 'str', v: '<<' }],
    ['1:20', { t: 'str', v: '1:20' }],
    ['-', { t: 'str', v: '-' }],
  ])('%j', (text, expected) => {
    const resolved = resolvePlain(text);
    expect(resolved).toEqual(expected);
  });

  it('resolves .nan to NaN', () => {
    const resolved = resolvePlain('.nan');
    expect(resolved.t === 'float' && Number.isNaN(resolved.v)).toBe(true);
  });
});

describe('isYamlTimestamp', () => {
  it.each([
    ['2024-01-02', true],
    ['2024-1-2', true],
    ['2001-12-14t21:59:43.10-05:00', true],
    ['2001-12-14T21:59:43Z', true],
    ['2001-12-14 21:59:43.10', true],
    ['2004-02-29', true],
    ['2002-02-29', false],
    ['2001-13-14', false],
    ['2001-12-14 25:00:00', false],
    ['20011-12-14', false],
    ['2024-01-02x', false],
  ])('%j → %s', (text, expected) => {
    expect(isYamlTimestamp(text)).toBe(expected);
  });
});

describe('canWritePlain', () => {
  it.each([
    ['hello world', true],
    ['on', false],
    ['123', false],
    ['1:20', false],
    ['-1:20:30.5', false],
    ['1:70', true],
    ['a:1', true],
    ['2024-01-02', false],
  ])('%j → %s', (text, expected) => {
    expect(canWritePlain(text)).toBe(expected);
  });
});
