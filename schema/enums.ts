/**
 * The GraphQL enums, each registered from its vocabulary in domain/vocabulary.ts (values,
 * descriptions and names come from there; nothing is written twice).
 */
import { registerEnumType } from 'type-graphql';
import {
  ALTERATION_TYPE,
  COMBINATION_TYPE,
  DIRECTION,
  EVIDENCE_LEVEL,
  EVIDENCE_STATUS,
  EVIDENCE_TYPE,
  INTERACTION_TYPE,
  MECHANISM,
  MODEL_SYSTEM,
  NODE_KIND,
  PREDICATE,
  RESISTANCE_TYPE,
  SIGNIFICANCE,
  VARIANT_ORIGIN,
  type Vocabulary,
} from '../domain/vocabulary.js';

/** A GraphQL enum whose values are the vocabulary's, each value's name its own value. */
function enumOf<V extends string>(v: Vocabulary<V>): { [K in V]: K } {
  const e = Object.fromEntries(v.values.map((k) => [k, k])) as { [K in V]: K };
  registerEnumType(e, {
    name: v.name,
    description: v.description,
    valuesConfig: Object.fromEntries(v.values.map((k) => [k, { description: v.terms[k].description }])) as {
      [K in V]: { description: string };
    },
  });
  return e;
}

export const NodeKind = enumOf(NODE_KIND);
export const Predicate = enumOf(PREDICATE);
export const InteractionType = enumOf(INTERACTION_TYPE);
export const Mechanism = enumOf(MECHANISM);
export const CombinationType = enumOf(COMBINATION_TYPE);
export const EvidenceLevel = enumOf(EVIDENCE_LEVEL);
export const ModelSystem = enumOf(MODEL_SYSTEM);
export const Direction = enumOf(DIRECTION);
export const EvidenceStatus = enumOf(EVIDENCE_STATUS);
/** A status value, as a type (statement.resolver's filter argument). */
export type EvidenceStatus = keyof typeof EvidenceStatus;
export const Significance = enumOf(SIGNIFICANCE);
export const AlterationType = enumOf(ALTERATION_TYPE);
export const ResistanceType = enumOf(RESISTANCE_TYPE);
export const VariantOrigin = enumOf(VARIANT_ORIGIN);
export const EvidenceType = enumOf(EVIDENCE_TYPE);
