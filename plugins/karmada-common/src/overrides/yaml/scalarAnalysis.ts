// libyaml's scalar analysis and style choice as yaml.v2's emitter runs them
// (emitterc.go `yaml_emitter_analyze_scalar`, `yaml_emitter_select_scalar_style`),
// on code points instead of UTF-8 bytes.

/**
 * Scalar styles the emitter writes.
 *
 * @internal
 */
export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal';

/**
 * What the analysis found out about a scalar.
 *
 * @internal
 */
export interface ScalarAnalysis {
  multiline: boolean;
  flowPlainAllowed: boolean;
  blockPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
  blockAllowed: boolean;
}

/** libyaml `is_printable` (with the emitter in unicode mode). */
export function isPrintable(cp: number): boolean {
  return (
    cp === 0x0a ||
    (cp >= 0x20 && cp <= 0x7e) ||
    (cp >= 0xa0 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff)
  );
}

/** libyaml `is_break`. */
export function isBreak(cp: number | undefined): boolean {
  return (
    cp === 0x0d || cp === 0x0a || cp === 0x85 || cp === 0x2028 || cp === 0x2029
  );
}

/** libyaml `is_blankz` (end of text counts as blank). */
function isBlankz(cp: number | undefined): boolean {
  return (
    cp === undefined || cp === 0x20 || cp === 0x09 || cp === 0 || isBreak(cp)
  );
}

const FIRST_BOTH = new Set([...'#,[]{}&*!|>\'"%@`'].map(c => c.charCodeAt(0)));
const LATER_FLOW = new Set([...',?[]{}'].map(c => c.charCodeAt(0)));

/**
 * `yaml_emitter_analyze_scalar` over the code points of a value.
 *
 * @internal
 */
export function analyzeScalar(cps: number[]): ScalarAnalysis {
  if (cps.length === 0) {
    return {
      multiline: false,
      flowPlainAllowed: false,
      blockPlainAllowed: true,
      singleQuotedAllowed: true,
      blockAllowed: false,
    };
  }
  let blockIndicators = false;
  let flowIndicators = false;
  let lineBreaks = false;
  let special = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;
  const head = String.fromCodePoint(...cps.slice(0, 3));
  if (head === '---' || head === '...') {
    blockIndicators = true;
    flowIndicators = true;
  }
  let precededByWhitespace = true;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    const followedByWhitespace =
      i + 1 >= cps.length || cps[i + 1] === 0x20 || cps[i + 1] === 0x09;
    const ch = String.fromCodePoint(c);
    if (i === 0) {
      if (FIRST_BOTH.has(c)) {
        flowIndicators = true;
        blockIndicators = true;
      } else if (ch === '?' || ch === ':') {
        flowIndicators = true;
        if (followedByWhitespace) blockIndicators = true;
      } else if (ch === '-' && followedByWhitespace) {
        flowIndicators = true;
        blockIndicators = true;
      }
    } else if (LATER_FLOW.has(c)) {
      flowIndicators = true;
    } else if (ch === ':') {
      flowIndicators = true;
      if (followedByWhitespace) blockIndicators = true;
    } else if (ch === '#' && precededByWhitespace) {
      flowIndicators = true;
      blockIndicators = true;
    }
    if (!isPrintable(c)) special = true;
    if (c === 0x20) {
      if (i === 0) leadingSpace = true;
      if (i === cps.length - 1) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (i === cps.length - 1) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlankz(c);
  }
  const a: ScalarAnalysis = {
    multiline: lineBreaks,
    flowPlainAllowed: true,
    blockPlainAllowed: true,
    singleQuotedAllowed: true,
    blockAllowed: true,
  };
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
    a.flowPlainAllowed = false;
    a.blockPlainAllowed = false;
  }
  if (trailingSpace) a.blockAllowed = false;
  if (breakSpace) {
    a.flowPlainAllowed = false;
    a.blockPlainAllowed = false;
    a.singleQuotedAllowed = false;
  }
  if (spaceBreak || special) {
    a.flowPlainAllowed = false;
    a.blockPlainAllowed = false;
    a.singleQuotedAllowed = false;
    a.blockAllowed = false;
  }
  if (lineBreaks) {
    a.flowPlainAllowed = false;
    a.blockPlainAllowed = false;
  }
  if (flowIndicators) a.flowPlainAllowed = false;
  if (blockIndicators) a.blockPlainAllowed = false;
  return a;
}

/**
 * `yaml_emitter_select_scalar_style` for an untagged, implicit scalar.
 *
 * @internal
 */
export function selectScalarStyle(
  requested: ScalarStyle,
  a: ScalarAnalysis,
  empty: boolean,
  context: { flowLevel: number; simpleKey: boolean },
): ScalarStyle {
  let style = requested;
  if (context.simpleKey && a.multiline) style = 'double';
  if (style === 'plain') {
    if (
      (context.flowLevel > 0 && !a.flowPlainAllowed) ||
      (context.flowLevel === 0 && !a.blockPlainAllowed)
    ) {
      style = 'single';
    }
    if (empty && (context.flowLevel > 0 || context.simpleKey)) style = 'single';
  }
  if (style === 'single' && !a.singleQuotedAllowed) style = 'double';
  if (
    style === 'literal' &&
    (!a.blockAllowed || context.flowLevel > 0 || context.simpleKey)
  )
    style = 'double';
  return style;
}
