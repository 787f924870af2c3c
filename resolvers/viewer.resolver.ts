import { Ctx, Query, Resolver } from 'type-graphql';
import { AppError, ErrorCode } from '../domain/errors.js';
import { Viewer } from '../schema/viewer.type.js';
import type { Context } from './context.js';

@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer, {
    nullable: true,
    description:
      'The user and bearer token of this request; null for an anonymous reader (no Authorization header). A token that is malformed, forged, expired, revoked or without an id is UNAUTHENTICATED, saying why.',
  })
  me(@Ctx() ctx: Context): Viewer | null {
    if (ctx.authError) throw new AppError(ErrorCode.UNAUTHENTICATED, ctx.authError);
    if (!ctx.user || !ctx.token) return null;
    return {
      id: ctx.user.id,
      role: ctx.user.role,
      tokenId: ctx.token.id,
      issuedAt: ctx.token.issuedAt.toISOString(),
      expiresAt: ctx.token.expiresAt.toISOString(),
    };
  }
}
