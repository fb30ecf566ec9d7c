import { lineDiff } from './lineDiff';

describe('lineDiff', () => {
  it.each([
    ['identical', 'a\nb\nc', 'a\nb\nc', [], 0],
    ['one line changed', 'a\nb\nc', 'a\nB\nc', [2], 1],
    ['line added at the end', 'a\nb', 'a\nb\nc', [3], 0],
    ['line removed', 'a\nb\nc', 'a\nc', [], 1],
    ['insertion in the middle', 'a\nc', 'a\nb\nc', [2], 0],
  ])('%s', (_name, before, after, added, removed) => {
    expect(lineDiff(before, after)).toEqual({ added, removed });
  });

  it('falls back to positional comparison for huge inputs', () => {
    expect(lineDiff('a\nb', 'a\nc', 1)).toEqual({ added: [2], removed: 0 });
  });
});
