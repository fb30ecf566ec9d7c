// yaml.v2 `resolve` for untagged plain scalars (YAML 1.1 typing): the
// booleans y/yes/on/…, octal and hex integers, underscores in numbers,
// `.inf`/`.nan`, and timestamps that decode as strings.

/**
 * A resolved plain scalar; timestamps are recognised but decode as strings.
 *
 * @internal
 */
export type Resolved =
  | { t: 'null' }
  | { t: 'bool'; v: boolean }
  | { t: 'int'; v: bigint }
  | { t: 'float'; v: number }
  | { t: 'str'; v: string }
  | { t: 'timestamp' };

const WORDS = new Map<string, Resolved>();
for (const w of [
  'y',
  'Y',
  'yes',
  'Yes',
  'YES',
  'true',
  'True',
  'TRUE',
  'on',
  'On',
  'ON',
])
  WORDS.set(w, { t: 'bool', v: true });
for (const w of [
  'n',
  'N',
  'no',
  'No',
  'NO',
  'false',
  'False',
  'FALSE',
  'off',
  'Off',
  'OFF',
])
  WORDS.set(w, { t: 'bool', v: false });
for (const w of ['', '~', 'null', 'Null', 'NULL']) WORDS.set(w, { t: 'null' });
for (const w of ['.nan', '.NaN', '.NAN']) WORDS.set(w, { t: 'float', v: NaN });
for (const w of ['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'])
  WORDS.set(w, { t: 'float', v: Infinity });
for (const w of ['-.inf', '-.Inf', '-.INF'])
  WORDS.set(w, { t: 'float', v: -Infinity });

const YAML_STYLE_FLOAT =
  /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** `strconv.ParseInt(s, 0, 64)` (signed) or `ParseUint(s, 0, 64)` (unsigned). */
function parseGoInteger(s: string, signed: boolean): bigint | undefined {
  const m =
    /^([+-]?)(?:0[xX]([0-9a-fA-F]+)|0[oO]([0-7]+)|0[bB]([01]+)|(0[0-7]*)|([1-9][0-9]*))$/.exec(
      s,
    );
  if (!m || (!signed && m[1])) return undefined;
  let magnitude: bigint;
  if (m[2] !== undefined) magnitude = BigInt(`0x${m[2]}`);
  else if (m[3] !== undefined) magnitude = BigInt(`0o${m[3]}`);
  else if (m[4] !== undefined) magnitude = BigInt(`0b${m[4]}`);
  else if (m[5] !== undefined) magnitude = BigInt(`0o${m[5].slice(1) || '0'}`);
  else magnitude = BigInt(m[6]);
  const value = m[1] === '-' ? -magnitude : magnitude;
  if (signed ? value < INT64_MIN || value > INT64_MAX : value > UINT64_MAX)
    return undefined;
  return value;
}

/** `strconv.ParseFloat(s, 64)` for decimal text; out of range is an error. */
function parseGoFloat(s: string): number | undefined {
  if (!YAML_STYLE_FLOAT.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

function daysIn(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const TIMESTAMP_FORMATS = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})[Tt](\d{1,2}):(\d{1,2}):(\d{1,2})(?:[.,]\d+)?(?:Z|[+-](\d{2}):(\d{2}))$/,
  /^(\d{4})-(\d{1,2})-(\d{1,2}) (\d{1,2}):(\d{1,2}):(\d{1,2})(?:[.,]\d+)?$/,
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
];

/**
 * yaml.v2 `parseTimestamp`: four digits and a dash, then one of the
 * accepted layouts, with Go's range checks.
 *
 * @internal
 */
export function isYamlTimestamp(s: string): boolean {
  if (!/^\d{4}-/.test(s)) return false;
  for (const format of TIMESTAMP_FORMATS) {
    const m = format.exec(s);
    if (!m) continue;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year))
      continue;
    if (
      m[4] !== undefined &&
      (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 59)
    )
      continue;
    if (m[7] !== undefined && (Number(m[7]) > 24 || Number(m[8]) > 60))
      continue;
    return true;
  }
  return false;
}

/**
 * yaml.v2 `resolve("", in)` for a plain scalar.
 *
 * @internal
 */
export function resolvePlain(text: string): Resolved {
  const word = WORDS.get(text);
  if (word) return word;
  const first = text[0];
  if (first === '.') {
    const f = parseGoFloat(text);
    return f === undefined ? { t: 'str', v: text } : { t: 'float', v: f };
  }
  if (first !== '+' && first !== '-' && !(first >= '0' && first <= '9'))
    return { t: 'str', v: text };
  if (isYamlTimestamp(text)) return { t: 'timestamp' };
  const plain = text.replace(/_/g, '');
  const int = parseGoInteger(plain, true) ?? parseGoInteger(plain, false);
  if (int !== undefined) return { t: 'int', v: int };
  const f = parseGoFloat(plain);
  if (f !== undefined) return { t: 'float', v: f };
  return { t: 'str', v: text };
}

const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

/**
 * Whether yaml.v2 would write a string plain: it must read back as a string
 * and must not look like a YAML 1.1 sexagesimal number (`1:20`).
 *
 * @internal
 */
export function canWritePlain(s: string): boolean {
  if (resolvePlain(s).t !== 'str') return false;
  return !(/^[-+0-9]/.test(s) && s.includes(':') && BASE60_FLOAT.test(s));
}
