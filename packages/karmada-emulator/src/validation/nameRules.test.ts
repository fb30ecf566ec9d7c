import {
  isDNS1035Label,
  isDNS1123Label,
  isDNS1123Subdomain,
  isQualifiedName,
  isValidLabelValue,
} from './nameRules';

describe('name rules', () => {
  it('words DNS-1123 subdomain errors exactly like the API server', () => {
    expect(isDNS1123Subdomain('web.example')).toEqual([]);
    expect(isDNS1123Subdomain('Bad_Name')).toEqual([
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    ]);
  });

  it('words DNS-1123 label errors exactly like the API server, dots included', () => {
    expect(isDNS1123Label('team-a')).toEqual([]);
    expect(isDNS1123Label('team.a')).toEqual(['must not contain dots']);
    expect(isDNS1123Label('Team')).toEqual([
      "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
    ]);
    expect(isDNS1123Label('a'.repeat(64))).toEqual([
      'must be no more than 63 characters',
    ]);
  });

  it('requires DNS-1035 labels to start with a letter', () => {
    expect(isDNS1035Label('web')).toEqual([]);
    expect(isDNS1035Label('1web')).toHaveLength(1);
  });

  it('checks label keys and values', () => {
    expect(isQualifiedName('app.kubernetes.io/name')).toEqual([]);
    expect(isQualifiedName('/name')).toEqual(['prefix part must be non-empty']);
    expect(isQualifiedName('bad key')[0]).toMatch(
      /^name part must consist of alphanumeric characters/,
    );
    expect(isQualifiedName('a/b/c')[0]).toMatch(
      /^a qualified name must consist of/,
    );
    expect(isValidLabelValue('')).toEqual([]);
    expect(isValidLabelValue('-x')[0]).toMatch(
      /^a valid label must be an empty string/,
    );
  });
});
