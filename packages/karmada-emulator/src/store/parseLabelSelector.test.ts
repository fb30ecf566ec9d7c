import { labelsMatch, parseLabelSelector } from './parseLabelSelector';
import { fieldsMatch, parseFieldSelector } from './parseFieldSelector';

describe('parseLabelSelector', () => {
  const labels = { env: 'prod', tier: 'gold', team: 'data' };
  it.each([
    ['env=prod', true],
    ['env==prod', true],
    ['env!=prod', false],
    ['env in (prod, staging)', true],
    ['env notin (prod)', false],
    ['tier', true],
    ['!gpu', true],
    ['gpu', false],
    ['env=prod,tier=silver', false],
    ['env=prod, team in (data)', true],
    ['', true],
  ])('%s → %s', (selector, expected) => {
    expect(labelsMatch(parseLabelSelector(selector), labels)).toBe(expected);
  });

  it('reads numeric comparisons', () => {
    expect(labelsMatch(parseLabelSelector('size>3'), { size: '5' })).toBe(true);
    expect(labelsMatch(parseLabelSelector('size<3'), { size: '5' })).toBe(
      false,
    );
  });

  it('rejects malformed selectors with a reason', () => {
    expect(() => parseLabelSelector('env in prod')).toThrow(
      "unable to parse requirement: found 'prod', expected: '('",
    );
    expect(() => parseLabelSelector('env=prod stray')).toThrow(
      "found 'stray', expected: ',' or 'end of string'",
    );
    expect(() => parseLabelSelector('bad key=x')).toThrow(
      /unable to parse requirement/,
    );
    expect(() => parseLabelSelector('env=-bad-')).toThrow(
      /values\[0\]\[env\]: Invalid value: "-bad-"/,
    );
  });
});

describe('parseFieldSelector', () => {
  const object = { metadata: { name: 'web', namespace: 'team-a' } };
  it('matches metadata.name and metadata.namespace', () => {
    expect(fieldsMatch(parseFieldSelector('metadata.name=web'), object)).toBe(
      true,
    );
    expect(
      fieldsMatch(
        parseFieldSelector('metadata.name==web,metadata.namespace!=team-a'),
        object,
      ),
    ).toBe(false);
  });
  it('refuses other fields', () => {
    expect(() => parseFieldSelector('spec.replicas=3')).toThrow(
      'field label not supported: spec.replicas',
    );
  });
});
