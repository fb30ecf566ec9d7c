import { jsonTextToGoValue } from './goValue';

describe('jsonTextToGoValue (yaml.v2 reading JSON)', () => {
  it.each([
    ['5', { t: 'int', v: 5n }],
    ['-0', { t: 'int', v: 0n }],
    ['1.0', { t: 'float', v: 1 }],
    ['12345678901234567890', { t: 'int', v: 12345678901234567890n }],
    ['true', { t: 'bool', v: true }],
    ['null', { t: 'null' }],
    ['"2024-01-02"', { t: 'str', v: '2024-01-02' }],
    ['"a\u0085b"', { t: 'str', v: 'a b' }],
    ['"a\u0085 \u0085b"', { t: 'str', v: 'a\nb' }],
    [
      '[1,"x"]',
      {
        t: 'seq',
        v: [
          { t: 'int', v: 1n },
          { t: 'str', v: 'x' },
        ],
      },
    ],
  ])('%s', (text, expected) => {
    expect(jsonTextToGoValue(text)).toEqual(expected);
  });

  it('reads objects with later duplicates winning', () => {
    expect(jsonTextToGoValue('{"a":1,"a":2}')).toEqual({
      t: 'map',
      v: new Map([['a', { t: 'int', v: 2n }]]),
    });
  });

  it.each([
    ['"a\u007fb"', 'control characters are not allowed'],
    ['"x\u0085--- y"', 'document indicator'],
  ])('rejects %j', (text, message) => {
    expect(() => jsonTextToGoValue(text)).toThrow(message);
  });
});
