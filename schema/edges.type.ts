import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Connection } from './connection.js';
import { InteractionType, Mechanism } from './enums.js';
import { Evidence } from './evidence.type.js';
import { Node } from './node.interface.js';
import { Pathway } from './pathway.type.js';
import { Gene } from './gene.type.js';
import { Statement } from './statement.type.js';
import { Variant } from './variant.type.js';

/** Fields shared by every edge that projects a statement. */
@ObjectType()
abstract class StatementEdgeBase {
  @Field(() => String, {
    description: 'Keyset cursor of this edge, bound to this list: pass as `after` (or `before`) to continue from it.',
  })
  cursor!: string;

  @Field(() => Int, {
    description: '+1 or -1; 0: direction unknown (e.g. an interaction type UNKNOWN), never counted as inhibition.',
  })
  sign!: number;

  @Field(() => Float, { description: 'Belief of the underlying statement.' })
  belief!: number;

  @Field(() => Int, { description: 'Accepted evidence records behind the statement.' })
  evidenceCount!: number;

  /** The projected statement's id; `statement` resolves it. */
  statementId!: string;
}

@ObjectType({
  description:
    'An agent–target relationship; `node` is the other end (a Drug from a gene, a Gene from a drug). Its `statement` has the evidence. One edge per statement: a node is on two edges when two statements link the same pair, so key rows by statement.id.',
})
export class TargetEdge extends StatementEdgeBase {
  @Field(() => Node, { description: 'The other end: the drug (Gene.targetedBy) or the target (Drug.targets).' })
  node!: Node;

  @Field(() => InteractionType, { nullable: true, description: 'How the agent acts on the target.' })
  interactionType?: string | null;
}

@ObjectType({
  description:
    'A regulation relationship; `node` is the other end (regulator or regulated gene, miRNA or process). One edge per statement: a node is on two edges when two statements link the same pair.',
})
export class RegulationEdge extends StatementEdgeBase {
  @Field(() => Node, { description: 'The other end of the regulation.' })
  node!: Node;

  @Field(() => Mechanism, { nullable: true, description: 'How the regulator acts.' })
  mechanism?: string | null;
}

@ObjectType({ description: 'A gene–pathway membership seen from the gene.' })
export class PathwayEdge extends StatementEdgeBase {
  @Field(() => Pathway, { description: 'The pathway.' })
  node!: Pathway;
}

@ObjectType({ description: 'A gene–pathway membership seen from the pathway.' })
export class GeneEdge extends StatementEdgeBase {
  @Field(() => Gene, { description: 'The member gene.' })
  node!: Gene;
}

@ObjectType({ description: 'A variant of a gene, seen from the gene.' })
export class VariantEdge extends StatementEdgeBase {
  @Field(() => Variant, { description: 'The variant.' })
  node!: Variant;
}

@ObjectType({ description: 'A statement in a list.' })
export class StatementListEdge {
  @Field(() => String, { description: 'Keyset cursor of this edge, bound to this list (`after` or `before`).' })
  cursor!: string;

  @Field(() => Statement, { description: 'The statement.' })
  node!: Statement;
}

@ObjectType({ description: 'An evidence record in a list.' })
export class EvidenceEdge {
  @Field(() => String, { description: 'Keyset cursor of this edge, bound to this list (`after` or `before`).' })
  cursor!: string;

  @Field(() => Evidence, { description: 'The evidence.' })
  node!: Evidence;
}

@ObjectType({ description: 'A page of agent–target relationships.' })
export class TargetConnection extends Connection(TargetEdge) {}

@ObjectType({ description: 'A page of regulation relationships.' })
export class RegulationConnection extends Connection(RegulationEdge) {}

@ObjectType({ description: 'A page of pathways.' })
export class PathwayConnection extends Connection(PathwayEdge) {}

@ObjectType({ description: 'A page of genes.' })
export class GeneConnection extends Connection(GeneEdge) {}

@ObjectType({ description: 'A page of variants.' })
export class VariantConnection extends Connection(VariantEdge) {}

@ObjectType({ description: 'A page of statements.' })
export class StatementConnection extends Connection(StatementListEdge) {}

@ObjectType({ description: 'A page of evidence.' })
export class EvidenceConnection extends Connection(EvidenceEdge) {}
