import { GroupInfo, searchGroups, selectGroups } from './selectGroups';

const group = (name: string, value: number, weight: number): GroupInfo => ({
  name,
  value,
  weight,
});
const names = (groups: GroupInfo[]) => groups.map(g => g.name);

describe('selectGroups (SEMANTICS §8.4 step 3)', () => {
  it.each<[string, GroupInfo[], number, number, number, string[]]>([
    ['no groups', [], 1, 2, 1, []],
    ['one group reaching the target', [group('r1', 3, 100)], 1, 1, 2, ['r1']],
    [
      'the heavier single group wins',
      [group('a', 2, 10), group('b', 2, 20)],
      1,
      1,
      1,
      ['b'],
    ],
    [
      'equal weights: more clusters win',
      [group('a', 2, 10), group('b', 3, 10)],
      1,
      1,
      1,
      ['b'],
    ],
    [
      'equal weights and sizes: discovery order (value ascending, then name)',
      [group('b', 2, 10), group('a', 2, 10)],
      1,
      1,
      1,
      ['a'],
    ],
    [
      'minGroups 2 needs two groups, ordered by weight then name',
      [group('a', 1, 5), group('b', 1, 9), group('c', 1, 7)],
      2,
      2,
      2,
      ['b', 'c'],
    ],
    [
      'not enough clusters in reach',
      [group('a', 1, 5), group('b', 1, 5)],
      1,
      1,
      3,
      [],
    ],
    ['maxGroups 0 finds nothing', [group('a', 5, 5)], 1, 0, 1, []],
    [
      'exactly minGroups groups: only the all-groups path',
      [group('a', 1, 1), group('b', 1, 2)],
      2,
      3,
      1,
      ['b', 'a'],
    ],
  ])('%s', (_, groups, min, max, target, expected) => {
    expect(names(selectGroups(groups, min, max, target))).toEqual(expected);
  });

  it('prefers a strict prefix of the best path', () => {
    // [b, a] and [b] both reach the target; [b, a] weighs more but [b] is its prefix.
    const groups = [group('a', 1, 50), group('b', 2, 100)];
    expect(names(selectGroups(groups, 1, 2, 2))).toEqual(['b']);
  });

  // Whether maxGroups stopped a branch that more groups could continue: the
  // explanations only blame the region limit then (selectByRegion).
  it.each<[string, GroupInfo[], number, number, number, boolean]>([
    [
      'every branch meets the target within maxGroups',
      [group('a', 1, 1), group('b', 2, 2), group('c', 3, 3)],
      1,
      2,
      2,
      false,
    ],
    [
      'a pair short of the target with a group left to add',
      [group('a', 1, 1), group('b', 1, 1), group('c', 2, 2)],
      1,
      2,
      3,
      true,
    ],
    [
      'short of the target but nothing left to add',
      [group('a', 1, 1), group('b', 1, 1)],
      1,
      2,
      3,
      false,
    ],
    ['maxGroups 0 cuts the first branch', [group('a', 5, 5)], 1, 0, 1, true],
  ])('%s: truncated %s', (_, groups, min, max, target, truncated) => {
    expect(searchGroups(groups, min, max, target).truncated).toBe(truncated);
  });
});
