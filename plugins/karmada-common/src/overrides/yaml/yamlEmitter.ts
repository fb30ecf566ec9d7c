// yaml.v2 `Marshal` of generic values: a port of the parts of libyaml's
// emitter (emitterc.go) that such values reach. Block mappings and
// sequences, 2-space indentation, indentless sequences under mapping keys,
// `{}`/`[]` for empty collections, and line folding at column 80.
import { formatFloatG } from '../json/goFloat';
import { GoValue } from './goValue';
import { sortYamlKeys } from './keyOrder';
import { canWritePlain } from './resolveScalar';
import { ScalarStyle, analyzeScalar } from './scalarAnalysis';
import { YamlWriter } from './yamlWriter';

interface NodeContext {
  mapping: boolean;
  simpleKey: boolean;
}

class Emitter extends YamlWriter {
  document(root: GoValue): string {
    this.node(root, { mapping: false, simpleKey: false });
    this.writeIndent();
    return this.out;
  }

  private node(value: GoValue, context: NodeContext): void {
    this.mappingContext = context.mapping;
    this.simpleKeyContext = context.simpleKey;
    switch (value.t) {
      case 'null':
        this.emitScalar('null', 'plain');
        return;
      case 'bool':
        this.emitScalar(value.v ? 'true' : 'false', 'plain');
        return;
      case 'int':
        this.emitScalar(value.v.toString(), 'plain');
        return;
      case 'float':
        this.emitScalar(floatText(value.v), 'plain');
        return;
      case 'str':
        this.emitScalar(value.v, stringStyle(value.v));
        return;
      case 'seq':
        if (value.v.length === 0) this.emptyFlow('[', ']');
        else this.blockSequence(value.v);
        return;
      default:
        if (value.v.size === 0) this.emptyFlow('{', '}');
        else this.blockMapping(value.v);
    }
  }

  private emptyFlow(open: string, close: string): void {
    this.writeIndicator(open, true, true, false);
    this.increaseIndent(true, false);
    this.popIndent();
    this.writeIndicator(close, false, false, false);
  }

  private blockSequence(items: GoValue[]): void {
    this.increaseIndent(false, this.mappingContext && !this.indention);
    for (const item of items) {
      this.writeIndent();
      this.writeIndicator('-', true, false, true);
      this.node(item, { mapping: false, simpleKey: false });
    }
    this.popIndent();
  }

  private blockMapping(entries: Map<string, GoValue>): void {
    this.increaseIndent(false, false);
    for (const key of sortYamlKeys([...entries.keys()])) {
      const value = entries.get(key) ?? { t: 'null' as const };
      this.writeIndent();
      if (isSimpleKey(key)) {
        this.node({ t: 'str', v: key }, { mapping: true, simpleKey: true });
        this.writeIndicator(':', false, false, false);
      } else {
        this.writeIndicator('?', true, false, true);
        this.node({ t: 'str', v: key }, { mapping: true, simpleKey: false });
        this.writeIndent();
        this.writeIndicator(':', true, false, true);
      }
      this.node(value, { mapping: true, simpleKey: false });
    }
    this.popIndent();
  }
}

/** yaml.v2 `stringv`: literal for multi-line text, plain when it reads back as a string, else double-quoted. */
function stringStyle(s: string): ScalarStyle {
  if (s.includes('\n')) return 'literal';
  return canWritePlain(s) ? 'plain' : 'double';
}

function floatText(v: number): string {
  const s = formatFloatG(v);
  if (s === '+Inf') return '.inf';
  if (s === '-Inf') return '-.inf';
  if (s === 'NaN') return '.nan';
  return s;
}

/** `yaml_emitter_check_simple_key` for a string key: one line, at most 128 bytes. */
function isSimpleKey(key: string): boolean {
  const cps = Array.from(key, ch => ch.codePointAt(0) ?? 0);
  if (analyzeScalar(cps).multiline) return false;
  return new TextEncoder().encode(key).length <= 128;
}

/**
 * The YAML yaml.v2 `Marshal` writes for a generic value.
 *
 * @internal
 */
export function emitYaml(value: GoValue): string {
  return new Emitter().document(value);
}
