// Reading JSON text without decoding it, so untouched parts of an embedded
// document keep their exact bytes (json-patch re-emits them as written).

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/** Whether `text` is one valid JSON document (Go's `json.Valid`). */
export function isValidJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Index of the first non-whitespace character at or after `i`. */
export function skipWhitespace(text: string, i: number): number {
  let at = i;
  while (at < text.length && WHITESPACE.has(text[at])) at++;
  return at;
}

function skipString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') i += 2;
    else if (c === '"') return i + 1;
    else i++;
  }
  return i;
}

/**
 * End index of the JSON value starting at `start`; the text is known to be
 * valid JSON.
 */
export function skipValue(text: string, start: number): number {
  const first = text[start];
  if (first === '"') return skipString(text, start);
  if (first === '{' || first === '[') {
    let depth = 0;
    let i = start;
    while (i < text.length) {
      const c = text[i];
      if (c === '"') {
        i = skipString(text, i);
        continue;
      }
      if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        depth--;
        if (depth === 0) return i + 1;
      }
      i++;
    }
    return i;
  }
  let i = start;
  while (
    i < text.length &&
    !WHITESPACE.has(text[i]) &&
    !',]}'.includes(text[i])
  )
    i++;
  return i;
}

const LONE_SURROGATE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Decodes a JSON string literal as Go does: an escaped lone surrogate
 * becomes U+FFFD.
 */
export function decodeJsonString(literal: string): string {
  return (JSON.parse(literal) as string).replace(LONE_SURROGATE, '\uFFFD');
}

/** The members of a JSON object text: decoded keys and the exact text of each value. */
export function objectMembers(
  text: string,
  decodeKey: (literal: string) => string = decodeJsonString,
): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  let i = skipWhitespace(text, skipWhitespace(text, 0) + 1);
  while (i < text.length && text[i] !== '}') {
    const keyEnd = skipString(text, i);
    const key = decodeKey(text.slice(i, keyEnd));
    const valueStart = skipWhitespace(text, skipWhitespace(text, keyEnd) + 1);
    const valueEnd = skipValue(text, valueStart);
    out.push([key, text.slice(valueStart, valueEnd)]);
    i = skipWhitespace(text, valueEnd);
    if (text[i] === ',') i = skipWhitespace(text, i + 1);
  }
  return out;
}

/** The exact text of each element of a JSON array text. */
export function arrayElements(text: string): string[] {
  const out: string[] = [];
  let i = skipWhitespace(text, skipWhitespace(text, 0) + 1);
  while (i < text.length && text[i] !== ']') {
    const end = skipValue(text, i);
    out.push(text.slice(i, end));
    i = skipWhitespace(text, end);
    if (text[i] === ',') i = skipWhitespace(text, i + 1);
  }
  return out;
}

/**
 * Go's `compact` with HTML escaping, as json-patch writes untouched raw
 * values: insignificant whitespace dropped, `<`, `>`, `&`, U+2028 and U+2029
 * escaped, every other escape and character kept exactly as written.
 */
export function compactJson(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '<') out += '\\u003c';
    else if (c === '>') out += '\\u003e';
    else if (c === '&') out += '\\u0026';
    else if (c === '\u2028') out += '\\u2028';
    else if (c === '\u2029') out += '\\u2029';
    else if (inString) {
      out += c;
      if (c === '\\') {
        out += text[i + 1] ?? '';
        i++;
      } else if (c === '"') inString = false;
    } else if (!WHITESPACE.has(c)) {
      out += c;
      if (c === '"') inString = true;
    }
  }
  return out;
}
