import { firstIssue } from '../__testUtils__/firstIssue';
import {
  differentialItemSchema,
  imageOverrideSchema,
} from './differentialSchema';

describe('imageOverrideSchema', () => {
  it.each<[unknown, string | RegExp]>([
    [
      {
        registry: 'mirror.example.com:5000',
        repository: 'team/web',
        tag: 'v2',
      },
      'ok',
    ],
    [{ registry: '' }, 'ok'],
    [{}, ': give a registry, a repository or a tag'],
    [
      { registry: 'bad host' },
      /^registry: "bad host" is not a valid registry host/,
    ],
    [
      { repository: 'Team/web' },
      /^repository: "Team\/web" has uppercase letters/,
    ],
    [{ tag: '-v1' }, /^tag: "-v1" is not a valid tag/],
  ])('%j', (value, expected) => {
    expect(firstIssue(imageOverrideSchema, value)).toMatch(expected);
  });
});

describe('differentialItemSchema', () => {
  it.each<[string, unknown, string | RegExp]>([
    [
      'every field',
      {
        clusters: ['a'],
        container: 'web',
        image: { tag: 'v2' },
        command: ['run'],
        args: [],
        env: [{ name: 'A', value: '1' }],
        resources: { limits: { cpu: '2' } },
        labels: { tier: 'gold' },
        annotations: { note: 'eu' },
      },
      'ok',
    ],
    [
      'no cluster',
      { clusters: [], image: { tag: 'v2' } },
      'clusters: choose at least one cluster',
    ],
    [
      'a cluster listed twice',
      { clusters: ['a', 'a'], image: { tag: 'v2' } },
      'clusters[1]: cluster "a" is listed twice',
    ],
    [
      'an empty command',
      { clusters: ['a'], command: [] },
      'command: needs at least one item',
    ],
    [
      'an env var set twice',
      {
        clusters: ['a'],
        env: [
          { name: 'A', value: '1' },
          { name: 'A', value: '2' },
        ],
      },
      'env[1].name: "A" is set twice',
    ],
    [
      'an env var from a Secret',
      { clusters: ['a'], env: [{ name: 'A', valueFrom: {} }] },
      /^env\[0\]\.value: is required/,
    ],
    [
      'a request above its own limit',
      {
        clusters: ['a'],
        resources: { requests: { cpu: '2' }, limits: { cpu: '1' } },
      },
      'resources.requests.cpu: cpu request 2 is above its limit 1',
    ],
  ])('%s', (_what, value, expected) => {
    expect(firstIssue(differentialItemSchema, value)).toMatch(expected);
  });
});
