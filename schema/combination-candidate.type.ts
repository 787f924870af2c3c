import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { MAX_PARTNER_TARGETS, MAX_RATIONALE } from '../domain/combinations.js';
import { Combination } from './combination.type.js';
import { EvidenceLevel } from './enums.js';
import { Evidence } from './evidence.type.js';
import { Node } from './node.interface.js';
import { Path } from './path.type.js';

export enum CandidateBasis {
  EVIDENCE_BACKED = 'EVIDENCE_BACKED',
  INFERRED = 'INFERRED',
}
registerEnumType(CandidateBasis, {
  name: 'CandidateBasis',
  description: 'Why a partner is proposed.',
  valuesConfig: {
    EVIDENCE_BACKED: {
      description: 'A combination with accepted evidence that it overcomes resistance or acts synergistically.',
    },
    INFERRED: {
      description:
        'No combination evidence: the partner inhibits a node that starts a positive resistance path of the drug.',
    },
  },
});

@ObjectType({
  description: 'A partner to combine with a drug, with the basis, evidence and resistance paths that explain it.',
})
export class CombinationCandidate {
  @Field(() => Node, { description: 'The partner agent (or class).' })
  partner!: Node;

  @Field(() => CandidateBasis, { description: 'EVIDENCE_BACKED or INFERRED; never mixed.' })
  basis!: CandidateBasis;

  @Field(() => Float, { description: 'Ranking score (docs/ranking.md).' })
  score!: number;

  @Field(() => String, {
    nullable: true,
    description:
      "Pass it as `after` (with the same arguments) to read the candidates ranked after this one; null when none follow (this is the last candidate). Bound to the list's arguments and to the graph version it was read at.",
  })
  cursor!: string | null;

  @Field(() => EvidenceLevel, { nullable: true, description: 'Best (lowest letter) level among the evidence.' })
  bestLevel?: string | null;

  @Field(() => [Evidence], {
    description:
      'EVIDENCE_BACKED: accepted evidence about the combination. INFERRED: accepted evidence that the partner hits its target.',
  })
  evidence!: Evidence[];

  @Field(() => [Path], {
    description: `Positive resistance paths of the drug that the partner’s targets start (at most ${MAX_RATIONALE}, best first; see rationaleTruncated).`,
  })
  rationale!: Path[];

  @Field(() => Boolean, { description: `True when more than ${MAX_RATIONALE} paths explain the partner.` })
  rationaleTruncated!: boolean;

  @Field(() => Boolean, {
    description: `True when the partner has more than ${MAX_PARTNER_TARGETS} targets (partnerTargets lists the first ${MAX_PARTNER_TARGETS}, highest belief first).`,
  })
  /** Resolved by resolvers/combination-candidate.resolver.ts. */
  partnerTargetsTruncated?: boolean;

  @Field(() => Combination, { nullable: true, description: 'The curated combination (EVIDENCE_BACKED only).' })
  combination?: Combination | null;

  /** Resolved to `requiredAlterations`. */
  requiredAlterationIds!: string[];
}
