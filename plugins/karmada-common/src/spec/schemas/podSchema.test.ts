import { firstIssue } from '../__testUtils__/firstIssue';
import { imagePullSecretsSchema, volumeSpecSchema } from './podSchema';

describe('volumeSpecSchema', () => {
  it.each<[unknown, string | RegExp]>([
    [
      {
        name: 'cfg',
        configMap: {
          name: 'app-config',
          items: [{ key: 'a.conf', path: 'conf/a.conf' }],
          defaultMode: 0o644,
        },
      },
      'ok',
    ],
    [{ name: 'tls', secret: { name: 'web-tls', optional: true } }, 'ok'],
    [
      { name: 'cache', emptyDir: { medium: 'Memory', sizeLimit: '128Mi' } },
      'ok',
    ],
    [
      { name: 'x' },
      ': give exactly one source: configMap, secret or emptyDir (0 given)',
    ],
    [
      { name: 'x', emptyDir: {}, secret: { name: 's' } },
      ': give exactly one source: configMap, secret or emptyDir (2 given)',
    ],
    [
      { name: 'x', emptyDir: { medium: 'Disk' } },
      'emptyDir.medium: must be "" (node disk) or Memory',
    ],
    [
      { name: 'x', emptyDir: { sizeLimit: 'big' } },
      /^emptyDir\.sizeLimit: "big" is not a valid quantity/,
    ],
    [
      { name: 'x', secret: { name: 's', defaultMode: 0o1000 } },
      'secret.defaultMode: must be between 0 and 0777 (511)',
    ],
    [
      {
        name: 'x',
        configMap: { name: 'c', items: [{ key: 'k', path: '/abs' }] },
      },
      "configMap.items[0].path: must be a relative path without '..'",
    ],
  ])('%j', (value, expected) => {
    expect(firstIssue(volumeSpecSchema, value)).toMatch(expected);
  });
});

describe('imagePullSecretsSchema', () => {
  it.each<[unknown, string]>([
    [['regcred'], 'ok'],
    [['regcred', 'regcred'], '[1]: secret "regcred" is listed twice'],
    [
      ['Reg'],
      "[0]: \"Reg\" must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
    ],
  ])('%j', (value, expected) => {
    expect(firstIssue(imagePullSecretsSchema, value)).toBe(expected);
  });
});
