import { Field, Int, ObjectType } from 'type-graphql';
import { Direction, EvidenceLevel, EvidenceStatus, EvidenceType, ModelSystem, Significance } from './enums.js';
import { Node } from './node.interface.js';

@ObjectType({
  description: 'One piece of evidence for or against a statement, citing a source and the sentence it rests on.',
  implements: Node,
})
export class Evidence extends Node {
  @Field(() => String, { nullable: true, description: 'The sentence (verbatim) or figure the evidence rests on.' })
  sentence?: string | null;

  @Field(() => String, { nullable: true, description: 'Key of the sentence in its source, e.g. S7 of the abstract.' })
  sentenceKey?: string | null;

  @Field(() => EvidenceLevel, { description: 'CIViC level A–E.' })
  level!: string;

  @Field(() => ModelSystem, { description: 'Experimental system.' })
  modelSystem!: string;

  @Field(() => Direction, { description: 'SUPPORTS or REFUTES.' })
  direction!: string;

  @Field(() => Significance, {
    nullable: true,
    description:
      "What the evidence shows, in CIViC's closed values; which apply depends on the evidence type (RESISTANCE and SENSITIVITY_RESPONSE for PREDICTIVE, POOR_OUTCOME for PROGNOSTIC, ...).",
  })
  significance?: string | null;

  @Field(() => EvidenceType, {
    nullable: true,
    description: 'CIViC evidence type (PREDICTIVE, PROGNOSTIC, ...); null when not recorded.',
  })
  evidenceType?: string | null;

  @Field(() => Int, { description: 'Curator rating 1–5.' })
  rating!: number;

  @Field(() => EvidenceStatus, { description: 'Curation status; only ACCEPTED counts toward belief.' })
  status!: string;

  @Field(() => Int, { description: 'Version, raised by every change; writes must name the version they read.' })
  version!: number;

  @Field(() => String, { description: 'Who submitted it.' })
  curator!: string;

  @Field(() => String, { nullable: true, description: 'The editor who accepted or rejected it.' })
  reviewedBy?: string | null;

  @Field(() => String, { nullable: true, description: 'The editor’s comment (required for a rejection).' })
  reviewComment?: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was retracted.' })
  retractionReason?: string | null;

  @Field(() => String, { nullable: true, description: 'Curation note.' })
  note?: string | null;

  @Field(() => String, { description: 'When it was created (ISO 8601).' })
  createdAt!: string;

  @Field(() => String, { description: 'When it last changed (ISO 8601).' })
  updatedAt!: string;
}
