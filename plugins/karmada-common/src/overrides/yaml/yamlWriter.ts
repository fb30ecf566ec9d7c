// The writing half of libyaml's emitter (emitterc.go) as yaml.v2 drives it:
// indentation and indicator bookkeeping, and the scalar writers.
import {
  ScalarStyle,
  analyzeScalar,
  isBreak,
  isPrintable,
  selectScalarStyle,
} from './scalarAnalysis';

/** yaml.v2 leaves libyaml's defaults: indent 2, fold at column 80. */
export const BEST_INDENT = 2;
const BEST_WIDTH = 80;

const SHORT_ESCAPES: Record<number, string> = {
  0x00: '0',
  0x07: 'a',
  0x08: 'b',
  0x09: 't',
  0x0a: 'n',
  0x0b: 'v',
  0x0c: 'f',
  0x0d: 'r',
  0x1b: 'e',
  0x22: '"',
  0x5c: '\\',
  0x85: 'N',
  0xa0: '_',
  0x2028: 'L',
  0x2029: 'P',
};

function escapeFor(cp: number): string {
  const short = SHORT_ESCAPES[cp];
  if (short !== undefined) return short;
  const hex = cp.toString(16).toUpperCase();
  if (cp <= 0xff) return `x${hex.padStart(2, '0')}`;
  if (cp <= 0xffff) return `u${hex.padStart(4, '0')}`;
  return `U${hex.padStart(8, '0')}`;
}

/**
 * libyaml emitter state and the scalar writers (plain, single-quoted,
 * double-quoted, literal) with their column-80 folding.
 *
 * @internal
 */
export class YamlWriter {
  protected out = '';
  protected column = 0;
  protected whitespace = true;
  protected indention = true;
  protected indent = -1;
  protected readonly indents: number[] = [];
  protected flowLevel = 0;
  protected mappingContext = false;
  protected simpleKeyContext = false;

  protected put(text: string): void {
    this.out += text;
    this.column += Array.from(text).length;
  }

  protected putBreak(): void {
    this.out += '\n';
    this.column = 0;
  }

  /** `write_break`: "\n" is a line break; other break characters are copied and reset the column. */
  protected writeBreak(cp: number): void {
    if (cp === 0x0a) this.putBreak();
    else {
      this.out += String.fromCodePoint(cp);
      this.column = 0;
    }
  }

  protected increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? BEST_INDENT : 0;
    else if (!indentless) this.indent += BEST_INDENT;
  }

  protected popIndent(): void {
    this.indent = this.indents.pop() ?? -1;
  }

  protected writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (
      !this.indention ||
      this.column > indent ||
      (this.column === indent && !this.whitespace)
    )
      this.putBreak();
    while (this.column < indent) this.put(' ');
    this.whitespace = true;
    this.indention = true;
  }

  protected writeIndicator(
    indicator: string,
    needWhitespace: boolean,
    isWhitespace: boolean,
    isIndention: boolean,
  ): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    this.put(indicator);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  /** `yaml_emitter_emit_scalar`: choose the style, then write at an increased indent. */
  protected emitScalar(text: string, requested: ScalarStyle): void {
    const cps = Array.from(text, ch => ch.codePointAt(0) ?? 0);
    const analysis = analyzeScalar(cps);
    const style = selectScalarStyle(requested, analysis, cps.length === 0, {
      flowLevel: this.flowLevel,
      simpleKey: this.simpleKeyContext,
    });
    this.increaseIndent(true, false);
    const allowBreaks = !this.simpleKeyContext;
    if (style === 'plain') this.plain(cps, allowBreaks);
    else if (style === 'single') this.singleQuoted(cps, allowBreaks);
    else if (style === 'double') this.doubleQuoted(cps, allowBreaks);
    else this.literal(cps);
    this.popIndent();
  }

  protected plain(cps: number[], allowBreaks: boolean): void {
    if (!this.whitespace) this.put(' ');
    let spaces = false;
    for (let i = 0; i < cps.length; i++) {
      const c = cps[i];
      if (c === 0x20) {
        if (
          allowBreaks &&
          !spaces &&
          this.column > BEST_WIDTH &&
          cps[i + 1] !== 0x20
        )
          this.writeIndent();
        else this.put(' ');
        spaces = true;
      } else {
        this.put(String.fromCodePoint(c));
        this.indention = false;
        spaces = false;
      }
    }
    this.whitespace = false;
    this.indention = false;
  }

  protected singleQuoted(cps: number[], allowBreaks: boolean): void {
    this.writeIndicator("'", true, false, false);
    let spaces = false;
    let breaks = false;
    for (let i = 0; i < cps.length; i++) {
      const c = cps[i];
      if (c === 0x20) {
        const fold =
          allowBreaks &&
          !spaces &&
          this.column > BEST_WIDTH &&
          i > 0 &&
          i < cps.length - 1 &&
          cps[i + 1] !== 0x20;
        if (fold) this.writeIndent();
        else this.put(' ');
        spaces = true;
      } else if (isBreak(c)) {
        if (!breaks && c === 0x0a) this.putBreak();
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.put(c === 0x27 ? "''" : String.fromCodePoint(c));
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    }
    this.writeIndicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  protected doubleQuoted(cps: number[], allowBreaks: boolean): void {
    this.writeIndicator('"', true, false, false);
    // libyaml checks for a byte order mark at the start of the value on every character.
    const startsWithBom = cps[0] === 0xfeff;
    let spaces = false;
    for (let i = 0; i < cps.length; i++) {
      const c = cps[i];
      if (
        !isPrintable(c) ||
        startsWithBom ||
        isBreak(c) ||
        c === 0x22 ||
        c === 0x5c
      ) {
        this.put(`\\${escapeFor(c)}`);
        spaces = false;
      } else if (c === 0x20) {
        if (
          allowBreaks &&
          !spaces &&
          this.column > BEST_WIDTH &&
          i > 0 &&
          i < cps.length - 1
        ) {
          this.writeIndent();
          if (cps[i + 1] === 0x20) this.put('\\');
        } else {
          this.put(' ');
        }
        spaces = true;
      } else {
        this.put(String.fromCodePoint(c));
        spaces = false;
      }
    }
    this.writeIndicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  protected literal(cps: number[]): void {
    this.writeIndicator('|', true, false, false);
    if (cps[0] === 0x20 || isBreak(cps[0]))
      this.writeIndicator(String(BEST_INDENT), false, false, false);
    const last = cps[cps.length - 1];
    let chomp = '';
    if (cps.length === 0 || !isBreak(last)) chomp = '-';
    else if (cps.length === 1 || isBreak(cps[cps.length - 2])) chomp = '+';
    if (chomp) this.writeIndicator(chomp, false, false, false);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (const c of cps) {
      if (isBreak(c)) {
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.put(String.fromCodePoint(c));
        this.indention = false;
        breaks = false;
      }
    }
  }
}
