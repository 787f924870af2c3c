import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Statement } from './statement.type.js';

export enum ConflictKind {
  OPPOSITE_SIGNS = 'OPPOSITE_SIGNS',
  REFUTED = 'REFUTED',
}
registerEnumType(ConflictKind, {
  name: 'ConflictKind',
  description: 'How accepted statements disagree.',
  valuesConfig: {
    OPPOSITE_SIGNS: {
      description:
        'Two statements with opposite effects (opposite signs; SENSITIZES_TO against CONFERS_RESISTANCE_TO about the same drug).',
    },
    REFUTED: { description: 'One statement whose accepted refuting evidence is at least its accepted support.' },
  },
});

export enum ConflictResolution {
  VARIANT_LEVEL = 'VARIANT_LEVEL',
  DISEASE_CONTEXT = 'DISEASE_CONTEXT',
  REAL = 'REAL',
}
registerEnumType(ConflictResolution, {
  name: 'ConflictResolution',
  description: 'Whether the disagreement is real or disappears in a finer context.',
  valuesConfig: {
    VARIANT_LEVEL: {
      description:
        'Not a conflict at variant level: the statements are about different variants (or a gene and one of its variants), or hold with different alterations (EGFR p.L858R sensitizes to gefitinib, p.T790M confers resistance).',
    },
    DISEASE_CONTEXT: { description: 'Not a conflict: the statements hold in different diseases.' },
    REAL: { description: 'A real conflict: same subject, same variant and disease context.' },
  },
});

@ObjectType({ description: 'Accepted statements that disagree, and whether the disagreement is real.' })
export class Conflict {
  @Field(() => ConflictKind, { description: 'How they disagree.' })
  kind!: ConflictKind;

  @Field(() => ConflictResolution, {
    description: 'Whether the disagreement is real or disappears in a finer context.',
  })
  resolution!: ConflictResolution;

  @Field(() => Boolean, { description: 'True when resolution is REAL (what the explorer marks).' })
  real!: boolean;

  @Field(() => String, { description: 'In plain words, why.' })
  explanation!: string;

  /** Resolved to `statements`. */
  statementIds!: string[];

  @Field(() => [Statement], { description: 'The statements that disagree (one for REFUTED).' })
  statements!: Statement[];
}
