import fs from 'node:fs';
import path from 'node:path';
import {
  Cluster,
  KubernetesObject,
} from '@karmada-backstage/plugin-karmada-common';
import { parseAllDocuments } from 'yaml';

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const NOT_JSON = Symbol('not JSON');

/**
 * The value of a JSON text, or NOT_JSON. JSON is YAML too, but the YAML
 * parser reads a 1,000-cluster fleet in about a second where JSON.parse
 * takes 10 ms; text that merely starts like JSON (a YAML flow mapping)
 * goes to the YAML parser.
 */
function parseJson(text: string): unknown {
  if (!/^\s*[[{]/.test(text)) return NOT_JSON;
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

/**
 * The objects of a YAML/JSON text: one object, a multi-document stream, an
 * array, or List objects (`kubectl get … -o yaml`) whose items are taken.
 *
 * @public
 */
export function parseObjects(text: string, source: string): KubernetesObject[] {
  const out: KubernetesObject[] = [];
  const add = (value: unknown) => {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) {
      value.forEach(add);
    } else if (
      isObject(value) &&
      Array.isArray(value.items) &&
      String(value.kind ?? '').endsWith('List')
    ) {
      value.items.forEach(add);
    } else if (isObject(value)) {
      out.push(value as KubernetesObject);
    } else {
      throw new Error(
        `${source}: expected Kubernetes objects, found ${JSON.stringify(
          value,
        )}`,
      );
    }
  };
  const json = parseJson(text);
  if (json !== NOT_JSON) {
    add(json);
    return out;
  }
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length)
      throw new Error(`${source}: ${doc.errors[0].message}`);
    // Fleet files (generated ones especially) share structures through aliases; they are trusted local files.
    add(doc.toJS({ maxAliasCount: -1 }));
  }
  return out;
}

/**
 * Reads the objects of a file (see {@link parseObjects}).
 *
 * @public
 */
export function readObjects(file: string): KubernetesObject[] {
  return parseObjects(fs.readFileSync(file, 'utf8'), file);
}

/**
 * The clusters of a fleet given as objects or as a file; anything that is
 * not a `cluster.karmada.io/v1alpha1` Cluster with a name is an error.
 *
 * @public
 */
export function readFleet(fleet: Cluster[] | string): Cluster[] {
  const objects =
    typeof fleet === 'string'
      ? readObjects(fleet)
      : (fleet as KubernetesObject[]);
  const source = typeof fleet === 'string' ? fleet : 'fleet';
  return objects.map((object, i) => {
    if (
      object.kind !== 'Cluster' ||
      object.apiVersion !== 'cluster.karmada.io/v1alpha1' ||
      !object.metadata?.name
    ) {
      throw new Error(
        `${source}: item ${i} is not a named cluster.karmada.io/v1alpha1 Cluster`,
      );
    }
    return object as unknown as Cluster;
  });
}

/**
 * Where the repository's examples are: found by walking up from the
 * working directory, then from the running script (`npm start` runs in the
 * package folder; a published package has no examples).
 *
 * @public
 */
export function findExamplesDir(
  starts: string[] = [process.cwd(), path.dirname(process.argv[1] ?? '.')],
): string | undefined {
  for (const start of starts) {
    let dir = path.resolve(start);
    for (let i = 0; i < 6; i += 1) {
      const candidate = path.join(dir, 'examples');
      if (fs.existsSync(path.join(candidate, 'fleets', 'default.yaml')))
        return candidate;
      dir = path.dirname(dir);
    }
  }
  return undefined;
}
