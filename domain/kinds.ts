/** Node kinds and the Neo4j label each is stored under (the whitelist for dynamic labels). */
import { NODE_KIND, type NodeLabel } from './vocabulary.js';

export function labelOf(kind: string): NodeLabel {
  if (!NODE_KIND.has(kind)) throw new Error(`unknown node kind ${kind}`);
  return NODE_KIND.terms[kind].label;
}

/** Every label a node kind is stored under, in vocabulary order. */
export const NODE_LABELS: readonly NodeLabel[] = NODE_KIND.values.map((k) => NODE_KIND.terms[k].label);
