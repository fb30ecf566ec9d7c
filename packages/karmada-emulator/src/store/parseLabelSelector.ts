import {
  LabelRequirement,
  requirementMatches,
} from '@karmada-backstage/plugin-karmada-common';
import { isQualifiedName, isValidLabelValue } from '../validation/nameRules';

type Token = { kind: 'ident' | 'op'; text: string };

const OPERATOR_CHARS = /[=!<>(),]/;

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i];
    if (/\s/.test(c)) {
      i += 1;
    } else if (OPERATOR_CHARS.test(c)) {
      const two = input.slice(i, i + 2);
      const op = two === '==' || two === '!=' ? two : c;
      tokens.push({ kind: 'op', text: op });
      i += op.length;
    } else {
      let j = i;
      while (
        j < input.length &&
        !/\s/.test(input[j]) &&
        !OPERATOR_CHARS.test(input[j])
      )
        j += 1;
      tokens.push({ kind: 'ident', text: input.slice(i, j) });
      i = j;
    }
  }
  return tokens;
}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  next(): Token | undefined {
    return this.tokens[this.pos++];
  }

  expectIdent(what: string): string {
    const t = this.next();
    if (!t || t.kind !== 'ident')
      throw new Error(`found '${t?.text ?? ''}', expected: ${what}`);
    return t.text;
  }

  /** A value may be empty (`a=` selects an empty label value). */
  value(): string {
    const t = this.peek();
    if (t?.kind === 'ident') {
      this.pos += 1;
      return t.text;
    }
    return '';
  }

  valueSet(): string[] {
    const open = this.next();
    if (open?.text !== '(')
      throw new Error(`found '${open?.text ?? ''}', expected: '('`);
    const values: string[] = [];
    for (;;) {
      values.push(this.value());
      const t = this.next();
      if (t?.text === ')') return values;
      if (t?.text !== ',')
        throw new Error(`found '${t?.text ?? ''}', expected: ',' or ')'`);
    }
  }

  requirement(): LabelRequirement {
    if (this.peek()?.text === '!') {
      this.next();
      return {
        key: this.expectIdent('identifier'),
        operator: 'DoesNotExist',
        values: [],
      };
    }
    const key = this.expectIdent('identifier');
    const t = this.peek();
    if (!t || t.text === ',') return { key, operator: 'Exists', values: [] };
    this.next();
    switch (t.text) {
      case '=':
      case '==':
        return { key, operator: 'In', values: [this.value()] };
      case '!=':
        return { key, operator: 'NotIn', values: [this.value()] };
      case 'in':
        return { key, operator: 'In', values: this.valueSet() };
      case 'notin':
        return { key, operator: 'NotIn', values: this.valueSet() };
      case '>':
      case '<':
        return {
          key,
          operator: t.text === '>' ? 'Gt' : 'Lt',
          values: [this.expectIdent('integer')],
        };
      default:
        throw new Error(
          `found '${t.text}', expected: in, notin, =, ==, !=, gt, lt`,
        );
    }
  }
}

function check(req: LabelRequirement): void {
  const keyErrors = isQualifiedName(req.key);
  if (keyErrors.length)
    throw new Error(
      `key: Invalid value: ${JSON.stringify(req.key)}: ${keyErrors.join('; ')}`,
    );
  if (
    (req.operator === 'Gt' || req.operator === 'Lt') &&
    !/^-?\d+$/.test(req.values[0])
  ) {
    throw new Error(
      `values[0]: Invalid value: ${JSON.stringify(
        req.values[0],
      )}: for 'Gt', 'Lt' operators, the value must be an integer`,
    );
  }
  req.values.forEach((value, i) => {
    if (req.operator === 'Gt' || req.operator === 'Lt') return;
    const errors = isValidLabelValue(value);
    if (errors.length) {
      throw new Error(
        `values[${i}][${req.key}]: Invalid value: ${JSON.stringify(
          value,
        )}: ${errors.join('; ')}`,
      );
    }
  });
}

/**
 * Parses a `labelSelector` query parameter (`=`, `==`, `!=`, `in`, `notin`,
 * `key`, `!key`, `>`, `<`) into requirements; throws with the reason when
 * it is malformed.
 *
 * @public
 */
export function parseLabelSelector(input: string): LabelRequirement[] {
  const parser = new Parser(tokenize(input));
  const requirements: LabelRequirement[] = [];
  if (!parser.peek()) return requirements;
  for (;;) {
    let requirement: LabelRequirement;
    try {
      requirement = parser.requirement();
      check(requirement);
    } catch (e) {
      throw new Error(`unable to parse requirement: ${(e as Error).message}`);
    }
    requirements.push(requirement);
    const t = parser.next();
    if (!t) return requirements;
    if (t.text !== ',')
      throw new Error(`found '${t.text}', expected: ',' or 'end of string'`);
  }
}

/**
 * Whether a label set satisfies every requirement.
 *
 * @public
 */
export function labelsMatch(
  requirements: LabelRequirement[],
  labels: Record<string, string> | undefined,
): boolean {
  const set = labels ?? {};
  return requirements.every(r => requirementMatches(r, set));
}
