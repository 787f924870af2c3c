import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { Role as RoleName } from '../domain/auth.js';

/** The roles of domain/auth.ts, as a GraphQL enum. */
export const Role: { [K in RoleName]: K } = { CURATOR: 'CURATOR', EDITOR: 'EDITOR', ADMIN: 'ADMIN' };
registerEnumType(Role, {
  name: 'Role',
  description: 'What a bearer token allows (docs/curation.md). Reading needs no token.',
  valuesConfig: {
    CURATOR: { description: 'Submits evidence and adds entities, and revises or retracts their own evidence.' },
    EDITOR: { description: "A curator who also reviews others' evidence (never their own)." },
    ADMIN: { description: 'May do everything.' },
  },
});

@ObjectType({ description: 'Who is asking: the user and the bearer token of this request.' })
export class Viewer {
  @Field(() => ID, { description: 'The user the token was issued to (its subject).' })
  id!: string;

  @Field(() => Role, { description: 'The role the token grants.' })
  role!: RoleName;

  @Field(() => ID, { description: 'The token id (`jti`): what `npm run token -- --revoke ID` revokes.' })
  tokenId!: string;

  @Field(() => String, { description: 'When the token was issued (ISO 8601).' })
  issuedAt!: string;

  @Field(() => String, { description: 'When the token expires (ISO 8601).' })
  expiresAt!: string;
}
