import { PRESERVE_UNKNOWN, StructuralSchema } from '../schema/StructuralSchema';
import { childSchema, itemToken, valueToken } from './schemaWalk';

type Node = { value: unknown; schema: StructuralSchema };

const SEPARATOR = '\n';
const MISSING: Node = { value: undefined, schema: PRESERVE_UNKNOWN };

/**
 * `valueAt` for many encoded paths of one object: each prefix is resolved
 * once and kept, and a list's items are indexed by token once (first item
 * per token, as `locate` finds them), so looking up every field of an
 * object costs its size rather than fields × depth × list length. The
 * object must not change while the navigator is in use.
 *
 * @public
 */
export class PathNavigator {
  private readonly nodes = new Map<string, Node>();
  private readonly keyIndexes = new Map<unknown[], Map<string, number>>();
  private readonly valueIndexes = new Map<unknown[], Map<string, number>>();

  constructor(root: unknown, schema: StructuralSchema) {
    this.nodes.set('', { value: root, schema });
  }

  /** The value at an encoded path (see fieldPath), or undefined when there is none. */
  valueAt(encoded: string): unknown {
    return this.node(encoded).value;
  }

  private node(encoded: string): Node {
    const known = this.nodes.get(encoded);
    if (known) return known;
    const cut = encoded.lastIndexOf(SEPARATOR);
    const parent = this.node(cut < 0 ? '' : encoded.slice(0, cut));
    const found = this.step(parent, encoded.slice(cut + 1));
    this.nodes.set(encoded, found);
    return found;
  }

  private step(parent: Node, token: string): Node {
    const { value, schema } = parent;
    if (token.startsWith('f:')) {
      if (value === null || typeof value !== 'object' || Array.isArray(value))
        return MISSING;
      const name = token.slice(2);
      const child = (value as Record<string, unknown>)[name];
      if (!(name in value) || child === undefined) return MISSING;
      return { value: child, schema: childSchema(schema, name) };
    }
    if (token.startsWith('k:') || token.startsWith('v:')) {
      if (!Array.isArray(value)) return MISSING;
      const index = this.indexOf(value, token, schema);
      if (index === undefined) return MISSING;
      return { value: value[index], schema: schema.items ?? PRESERVE_UNKNOWN };
    }
    return MISSING;
  }

  private indexOf(
    list: unknown[],
    token: string,
    listSchema: StructuralSchema,
  ): number | undefined {
    const byValue = token.startsWith('v:');
    const cacheKey = byValue ? this.valueIndexes : this.keyIndexes;
    let index = cacheKey.get(list);
    if (!index) {
      // First item per token, like locate; an item whose key cannot be read matches nothing.
      index = new Map();
      for (let i = 0; i < list.length; i++) {
        try {
          const t = byValue
            ? valueToken(list[i])
            : itemToken(list[i], listSchema);
          if (!index.has(t)) index.set(t, i);
        } catch {
          // not addressable by this kind of token
        }
      }
      cacheKey.set(list, index);
    }
    return index.get(token);
  }
}
