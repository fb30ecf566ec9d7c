import type { ClusterExplanation, ExplanationReason } from '../scheduling';
import type { LeftOutGroupDto, SelectedClusterDto } from './preview';

/**
 * The explanations of a preview split the way the wire form carries them.
 *
 * @public
 */
export interface GroupedExplanations {
  selected: SelectedClusterDto[];
  leftOut: LeftOutGroupDto[];
}

// The engine shares one frozen list between clusters failing the same way,
// but a cluster failing several filters gets a list of its own: those are
// matched by their reasons, which the engine interns (one object per
// distinct reason), so a reason's identity stands for its content.
// Reasons made elsewhere (a DTO read back) fall back to their text.
class ListKeys {
  private readonly ids = new Map<ExplanationReason, number>();
  private readonly texts = new Map<string, number>();

  private id(r: ExplanationReason): number {
    let id = this.ids.get(r);
    if (id === undefined) {
      const text = `${r.stage}\u0000${r.plugin}\u0000${r.karmada}\u0000${r.message}`;
      id = this.texts.get(text);
      if (id === undefined) {
        id = this.texts.size;
        this.texts.set(text, id);
      }
      this.ids.set(r, id);
    }
    return id;
  }

  of(reasons: readonly ExplanationReason[]): string {
    let key = '';
    for (const r of reasons) key += `${this.id(r)},`;
    return key;
  }
}

function selectedOf(e: ClusterExplanation): SelectedClusterDto {
  const out: SelectedClusterDto = {
    name: e.name,
    availableReplicas: e.availableReplicas,
    zones: [...e.zones],
  };
  if (e.replicas !== undefined) out.replicas = e.replicas;
  if (e.provider) out.provider = e.provider;
  if (e.region) out.region = e.region;
  if (e.tieBreak) out.tieBreak = true;
  if (e.possibleReplicas) out.possibleReplicas = [...e.possibleReplicas];
  return out;
}

/**
 * Splits one-per-cluster explanations (names ascending) into the selected
 * clusters, with every detail, and the others grouped by identical reason
 * lists: largest group first, equal sizes in the order of their first
 * cluster. A cluster a tie-break may give replicas counts as selected.
 *
 * @public
 */
export function groupExplanations(
  explanations: readonly ClusterExplanation[],
): GroupedExplanations {
  const selected: SelectedClusterDto[] = [];
  const groups: LeftOutGroupDto[] = [];
  const byList = new Map<readonly ExplanationReason[], LeftOutGroupDto>();
  const byContent = new Map<string, LeftOutGroupDto>();
  const keys = new ListKeys();
  for (const e of explanations) {
    if (e.selected || e.tieBreak) {
      selected.push(selectedOf(e));
      continue;
    }
    let group = byList.get(e.reasons);
    if (!group) {
      const key = keys.of(e.reasons);
      group = byContent.get(key);
      if (!group) {
        group = { reasons: [...e.reasons], count: 0, clusters: [] };
        byContent.set(key, group);
        groups.push(group);
      }
      byList.set(e.reasons, group);
    }
    group.clusters.push({
      name: e.name,
      availableReplicas: e.availableReplicas,
    });
    group.count++;
  }
  // Array.prototype.sort is stable: equal counts keep first-cluster order.
  groups.sort((a, b) => b.count - a.count);
  return { selected, leftOut: groups };
}
