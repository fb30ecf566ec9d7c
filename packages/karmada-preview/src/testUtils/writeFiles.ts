import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';

/**
 * Writes each value to a file in a fresh temporary directory and returns
 * the paths by name. Strings are written as they are; other values as JSON
 * for `.json` names, as YAML otherwise.
 */
export function writeFiles(
  contents: Record<string, unknown>,
): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'karmada-preview-'));
  const serialize = (name: string, value: unknown): string => {
    if (typeof value === 'string') return value;
    if (name.endsWith('.json')) return JSON.stringify(value);
    return YAML.stringify(value);
  };
  return Object.fromEntries(
    Object.entries(contents).map(([name, value]) => {
      const path = join(dir, name);
      writeFileSync(path, serialize(name, value));
      return [name, path];
    }),
  );
}

/** Several YAML documents in one text, `---` separated. */
export function yamlDocuments(values: unknown[]): string {
  return values.map(v => `---\n${YAML.stringify(v)}`).join('');
}
