// Values as yaml.v2 and encoding/json see them between YAML and JSON:
// integers stay exact (int64/uint64), floats are float64.
import { compareGoStrings, goQuote } from '../json/goJson';
import { formatJsonNumber } from '../json/goFloat';
import {
  decodeJsonString,
  skipValue,
  skipWhitespace,
  arrayElements,
  objectMembers,
} from '../json/jsonText';
import { resolvePlain } from './resolveScalar';

/**
 * A decoded YAML/JSON value with Go's number kinds.
 *
 * @internal
 */
export type GoValue =
  | { t: 'null' }
  | { t: 'bool'; v: boolean }
  | { t: 'int'; v: bigint }
  | { t: 'float'; v: number }
  | { t: 'str'; v: string }
  | { t: 'seq'; v: GoValue[] }
  | { t: 'map'; v: Map<string, GoValue> };

/**
 * A value cannot be carried between YAML and JSON.
 *
 * @internal
 */
export class YamlConversionError extends Error {}

/**
 * `json.Marshal` of a decoded YAML value (`YAMLToJSON`): keys sorted, NaN
 * and infinities rejected.
 *
 * @internal
 */
export function goValueToJson(value: GoValue): string {
  switch (value.t) {
    case 'null':
      return 'null';
    case 'bool':
      return value.v ? 'true' : 'false';
    case 'int':
      return value.v.toString();
    case 'float':
      if (!Number.isFinite(value.v))
        throw new YamlConversionError(`json: unsupported value: ${value.v}`);
      return formatJsonNumber(value.v);
    case 'str':
      return goQuote(value.v);
    case 'seq':
      return `[${value.v.map(goValueToJson).join(',')}]`;
    default: {
      const keys = [...value.v.keys()].sort(compareGoStrings);
      return `{${keys
        .map(
          k =>
            `${goQuote(k)}:${goValueToJson(value.v.get(k) ?? { t: 'null' })}`,
        )
        .join(',')}}`;
    }
  }
}

// libyaml's reader accepts only these characters in a stream.
const NOT_ALLOWED_IN_YAML =
  /[^\t\n\r\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/**
 * Rejects text that libyaml's reader refuses ("control characters are not allowed").
 *
 * @internal
 */
export function assertYamlCharacters(text: string): void {
  const bad = NOT_ALLOWED_IN_YAML.exec(text);
  if (bad) {
    const code = bad[0].codePointAt(0) ?? 0;
    throw new YamlConversionError(
      `yaml: control characters are not allowed (#x${code
        .toString(16)
        .toUpperCase()})`,
    );
  }
}

/**
 * Decodes a JSON string literal the way yaml.v2 reads it as a double-quoted
 * YAML scalar: a raw NEL (U+0085, which Go's JSON encoder does not escape)
 * is a YAML 1.1 line break and is folded with the spaces around it.
 */
function decodeAsYamlString(literal: string): string {
  if (!literal.includes('\u0085')) return decodeJsonString(literal);
  const folded = literal.replace(/ *\u0085[ \u0085]*/g, run => {
    const breaks = (run.match(/\u0085/g) ?? []).length;
    return breaks === 1 ? ' ' : '\\n'.repeat(breaks - 1);
  });
  if (/\u0085(?:---|\.\.\.)[ \u0085]/.test(literal)) {
    throw new YamlConversionError(
      'yaml: found unexpected document indicator while scanning a quoted scalar',
    );
  }
  return decodeJsonString(folded);
}

function fromJsonText(text: string): GoValue {
  const start = skipWhitespace(text, 0);
  const c = text[start];
  if (c === '{') {
    const map = new Map<string, GoValue>();
    for (const [k, v] of objectMembers(text, decodeAsYamlString))
      map.set(k, fromJsonText(v));
    return { t: 'map', v: map };
  }
  if (c === '[') return { t: 'seq', v: arrayElements(text).map(fromJsonText) };
  if (c === '"')
    return {
      t: 'str',
      v: decodeAsYamlString(text.slice(start, skipValue(text, start))),
    };
  const literal = text.slice(start, skipValue(text, start));
  const resolved = resolvePlain(literal);
  return resolved.t === 'timestamp' ? { t: 'str', v: literal } : resolved;
}

/**
 * How yaml.v2 reads a JSON document (`JSONToYAML`): numbers resolve as YAML
 * plain scalars, so `1.0` is a float and `5` an int.
 *
 * @internal
 */
export function jsonTextToGoValue(text: string): GoValue {
  assertYamlCharacters(text);
  return fromJsonText(text);
}
