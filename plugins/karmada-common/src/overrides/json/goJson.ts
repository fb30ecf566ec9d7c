import { formatJsonNumber } from './goFloat';

/**
 * How a Go JSON encoder escapes strings. `htmlEscape` writes `<`, `>` and
 * `&` as `\u003c`…; `shortControlEscapes` writes `\b` and `\f` as Go 1.22+
 * encoding/json does (the json-patch library's fork writes `\u0008`, `\u000c`).
 *
 * @internal
 */
export interface GoJsonStyle {
  htmlEscape: boolean;
  shortControlEscapes: boolean;
}

/** encoding/json of a current Go release: HTML-escaped, `\b` and `\f`. */
export const STD_JSON: GoJsonStyle = {
  htmlEscape: true,
  shortControlEscapes: true,
};
/** The json-patch v5 fork of encoding/json (older escapes). */
export const JSON_PATCH_JSON: GoJsonStyle = {
  htmlEscape: true,
  shortControlEscapes: false,
};

const HEX = '0123456789abcdef';

function hex4(code: number): string {
  return `\\u${HEX[(code >> 12) & 15]}${HEX[(code >> 8) & 15]}${
    HEX[(code >> 4) & 15]
  }${HEX[code & 15]}`;
}

/**
 * A Go JSON string literal for `s`. Lone surrogates (invalid UTF-8 on the Go
 * side) become `\ufffd`.
 *
 * @internal
 */
export function goQuote(s: string, style: GoJsonStyle = STD_JSON): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (style.shortControlEscapes && c === 0x08) out += '\\b';
    else if (style.shortControlEscapes && c === 0x0c) out += '\\f';
    else if (c < 0x20) out += hex4(c);
    else if (style.htmlEscape && (c === 0x3c || c === 0x3e || c === 0x26))
      out += hex4(c);
    else if (c === 0x2028 || c === 0x2029) out += hex4(c);
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += s[i] + s[i + 1];
        i++;
      } else out += '\\ufffd';
    } else if (c >= 0xdc00 && c <= 0xdfff) out += '\\ufffd';
    else out += s[i];
  }
  return `${out}"`;
}

/**
 * Orders strings as Go compares them (bytes of UTF-8), which is code point
 * order; JavaScript's default sort compares UTF-16 units instead.
 *
 * @internal
 */
export function compareGoStrings(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done && y.done) return 0;
    if (x.done) return -1;
    if (y.done) return 1;
    const cx = x.value.codePointAt(0) ?? 0;
    const cy = y.value.codePointAt(0) ?? 0;
    if (cx !== cy) return cx < cy ? -1 : 1;
  }
}

/**
 * `json.Marshal` of a generic Go value decoded from JSON: object keys
 * sorted, Go string escapes, Go number formatting.
 *
 * @internal
 */
export function goMarshal(
  value: unknown,
  style: GoJsonStyle = STD_JSON,
): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return formatJsonNumber(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string') return goQuote(value, style);
  if (Array.isArray(value))
    return `[${value.map(v => goMarshal(v, style)).join(',')}]`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort(compareGoStrings);
    return `{${keys
      .map(k => `${goQuote(k, style)}:${goMarshal(record[k], style)}`)
      .join(',')}}`;
  }
  throw new Error(`json: unsupported type: ${typeof value}`);
}
