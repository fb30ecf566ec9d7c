// `yaml.YAMLToJSON` input side: yaml.v2 `Unmarshal` into interface{} and
// sigs.k8s.io/yaml's key conversion. The YAML syntax is read by the `yaml`
// package (failsafe schema: every scalar a string with its style); the
// YAML 1.1 typing of yaml.v2 is applied here. Where YAML 1.1 (libyaml) and
// the YAML 1.2 reader could disagree, and for anchors, aliases and tags
// other than !!str, an error is raised rather than risk a result that
// differs from Karmada's.
import {
  Node,
  Pair,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseAllDocuments,
} from 'yaml';
import { formatFloatG } from '../json/goFloat';
import { GoValue, YamlConversionError, assertYamlCharacters } from './goValue';
import { Resolved, resolvePlain } from './resolveScalar';

const STR_TAG = 'tag:yaml.org,2002:str';
const UINT_KEY_MIN = 2n ** 63n;

type Pairs = Pair<Node | null, Node | null>[];

function unsupported(feature: string): YamlConversionError {
  return new YamlConversionError(`unsupported YAML feature: ${feature}`);
}

function scalarText(node: Node): string {
  return String((node as { value?: unknown }).value ?? '');
}

/** Plain scalars get YAML 1.1 typing; quoted and block scalars are strings. */
function resolveScalarNode(node: Node, inFlow: boolean): Resolved {
  if (!isScalar(node)) throw unsupported('unexpected node');
  if (node.anchor) throw unsupported('anchors');
  if (node.tag && node.tag !== STR_TAG) throw unsupported(`tag ${node.tag}`);
  const text = scalarText(node);
  if (node.tag === STR_TAG || node.type !== 'PLAIN')
    return { t: 'str', v: text };
  // In a flow collection libyaml ends a plain scalar at '?' and reads a leading ':' as
  // a value indicator; YAML 1.2 does neither.
  if (inFlow && (text.includes('?') || text.startsWith(':'))) {
    throw unsupported(
      `plain scalar with '?' or a leading ':' in a flow collection (${text})`,
    );
  }
  return resolvePlain(text);
}

/** sigs.k8s.io/yaml `convertToJSONableObject` for a map key. */
function keyString(node: Node | null, inFlow: boolean): string {
  if (node === null)
    throw new YamlConversionError('unsupported map key of type: <nil>');
  if (isAlias(node)) throw unsupported('aliases');
  if (isMap(node) || isSeq(node))
    throw new YamlConversionError('yaml: invalid map key');
  const resolved = resolveScalarNode(node, inFlow);
  switch (resolved.t) {
    case 'str':
      return resolved.v;
    case 'timestamp':
      return scalarText(node);
    case 'bool':
      return resolved.v ? 'true' : 'false';
    case 'int':
      if (resolved.v >= UINT_KEY_MIN) {
        throw new YamlConversionError(
          `unsupported map key of type: uint64, key: ${scalarText(node)}`,
        );
      }
      return resolved.v.toString();
    case 'float': {
      const s = formatFloatG(resolved.v, 32);
      if (s === '+Inf') return '.inf';
      if (s === '-Inf') return '-.inf';
      return s === 'NaN' ? '.nan' : s;
    }
    default:
      throw new YamlConversionError('unsupported map key of type: <nil>');
  }
}

function isMergeKey(node: Node | null): boolean {
  return (
    node !== null &&
    isScalar(node) &&
    node.type === 'PLAIN' &&
    !node.tag &&
    node.value === '<<'
  );
}

const MERGE_NEEDS_MAP =
  'map merge requires map or sequence of maps as the value';

/** yaml.v2 `merge`: a mapping, or a sequence of mappings where earlier ones win. */
function merge(value: Node | null, out: Map<string, GoValue>): void {
  if (value && isAlias(value)) throw unsupported('aliases');
  if (value && isMap(value)) {
    mapInto(value.items as Pairs, out, Boolean(value.flow));
    return;
  }
  if (!value || !isSeq(value)) throw new YamlConversionError(MERGE_NEEDS_MAP);
  const items = value.items as Array<Node | null>;
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (item && isAlias(item)) throw unsupported('aliases');
    if (!item || !isMap(item)) throw new YamlConversionError(MERGE_NEEDS_MAP);
    mapInto(item.items as Pairs, out, true);
  }
}

function mapInto(
  items: Pairs,
  out: Map<string, GoValue>,
  inFlow: boolean,
): void {
  for (const pair of items) {
    if (isMergeKey(pair.key)) {
      merge(pair.value, out);
      continue;
    }
    // Later duplicates win, as in yaml.v2 (non-strict).
    out.set(keyString(pair.key, inFlow), toGoValue(pair.value, inFlow));
  }
}

function toGoValue(node: Node | null, inFlow: boolean): GoValue {
  if (node === null) return { t: 'null' };
  if (isAlias(node)) throw unsupported('aliases');
  if (node.anchor) throw unsupported('anchors');
  if (isMap(node) || isSeq(node)) {
    if (node.tag) throw unsupported(`tag ${node.tag}`);
    const flow = inFlow || Boolean(node.flow);
    if (isSeq(node))
      return {
        t: 'seq',
        v: (node.items as Array<Node | null>).map(item =>
          toGoValue(item, flow),
        ),
      };
    const out = new Map<string, GoValue>();
    mapInto(node.items as Pairs, out, flow);
    return { t: 'map', v: out };
  }
  const resolved = resolveScalarNode(node, inFlow);
  return resolved.t === 'timestamp'
    ? { t: 'str', v: scalarText(node) }
    : resolved;
}

/**
 * yaml.v2 stops after the root node of the first document. When that node
 * is a scalar or a flow collection, whatever follows it is never parsed;
 * libyaml only scans the next token, which fails on characters that cannot
 * start one.
 */
function firstRelevantError(
  text: string,
  root: Node | null,
  errors: Array<{ message: string; pos: [number, number] }>,
): string | undefined {
  const endsEarly =
    root !== null &&
    (isScalar(root) || ((isMap(root) || isSeq(root)) && Boolean(root.flow)));
  const end = root?.range?.[1] ?? 0;
  const relevant = endsEarly ? errors.filter(e => e.pos[0] < end) : errors;
  if (relevant.length > 0) return relevant[0].message;
  if (errors.length === 0) return undefined;
  const next = text.slice(end).replace(/^(?:\s|#[^\n]*)*/, '');
  return /^[@`]/.test(next)
    ? 'found character that cannot start any token'
    : undefined;
}

/**
 * A block scalar at the root may have unindented content in YAML 1.2, but
 * libyaml requires at least one space of indentation there.
 */
function assertIndentedRootBlock(text: string, root: Node | null): void {
  if (!root || !isScalar(root)) return;
  if (root.type !== 'BLOCK_LITERAL' && root.type !== 'BLOCK_FOLDED') return;
  const [header, ...lines] = text.slice(root.range?.[0] ?? 0).split('\n');
  // With an explicit indentation indicator both readers agree.
  if (/^[|>][+-]?[1-9]/.test(header)) return;
  const first = lines.find(line => line.trim() !== '');
  if (first !== undefined && !first.startsWith(' ')) {
    throw unsupported('an unindented block scalar at the root');
  }
}

/**
 * Decodes a YAML document the way yaml.v2 does for `YAMLToJSON`; an empty
 * document is null.
 *
 * @internal
 */
export function readYaml(text: string): GoValue {
  assertYamlCharacters(text);
  // YAML 1.1 (libyaml) treats NEL, LS and PS as line breaks, YAML 1.2 readers do not.
  if (/[\u0085\u2028\u2029]/.test(text))
    throw unsupported('NEL, LS or PS characters');
  // libyaml and the YAML 1.2 reader disagree on where tabs may follow indentation.
  if (/^ *\t/m.test(text)) throw unsupported('tab characters in indentation');
  let docs;
  try {
    docs = parseAllDocuments(text, {
      schema: 'failsafe',
      uniqueKeys: false,
      strict: true,
    });
  } catch (e) {
    throw new YamlConversionError(
      `yaml: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  if (!Array.isArray(docs) || docs.length === 0) return { t: 'null' };
  // yaml.v2 Unmarshal decodes the first document only; later ones are not even parsed.
  const root = docs[0].contents as Node | null;
  const error = firstRelevantError(text, root, docs[0].errors);
  if (error) throw new YamlConversionError(`yaml: ${error.split('\n')[0]}`);
  assertIndentedRootBlock(text, root);
  return toGoValue(root, false);
}
