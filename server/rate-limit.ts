/**
 * Per-client rate limits with rate-limiter-flexible: `perMinute` requests per client (rateLimitKey)
 * in each 60-second window that starts with the client's first request. In one process the counts
 * live in memory; with RATE_LIMIT_REDIS_URL they live in Redis, so a limit holds across every
 * replica behind a load balancer. If Redis is unreachable each process falls back to its own
 * in-memory count (the library's insurance limiter): limited per replica, never unlimited.
 */
import type { NextFunction, Request, Response } from 'express';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { ErrorCode } from '../domain/errors.js';
import { jsonError, rateLimitKey } from './http-guards.js';
import type { Logger } from './logger.js';

export interface RateLimit {
  /** The Express middleware: 429 RATE_LIMITED with Retry-After over the limit. */
  middleware(req: Request, res: Response, next: NextFunction): Promise<void>;
  /** Closes the Redis connection, if any. */
  close(): Promise<void>;
}

const WINDOW_SECONDS = 60;

export function createRateLimit(perMinute: number, redisUrl: string | undefined, logger: Logger): RateLimit {
  if (perMinute <= 0) return { middleware: async (_req, _res, next) => next(), close: async () => undefined };
  const memory = new RateLimiterMemory({ points: perMinute, duration: WINDOW_SECONDS, keyPrefix: 'resistkg-rl' });
  let redis: Redis | undefined;
  let limiter: RateLimiterAbstract = memory;
  if (redisUrl) {
    // No offline queue: while Redis is away a request is counted in memory at once, not delayed.
    redis = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 });
    let reported = false;
    redis.on('error', (err: Error) => {
      if (!reported) logger.warn({ err: err.message }, 'rate limit store (Redis) unreachable: counting per process');
      reported = true;
    });
    redis.on('ready', () => (reported = false));
    limiter = new RateLimiterRedis({
      storeClient: redis,
      points: perMinute,
      duration: WINDOW_SECONDS,
      keyPrefix: 'resistkg-rl',
      rejectIfRedisNotReady: true,
      insuranceLimiter: memory,
    });
  }
  return {
    async middleware(req, res, next) {
      try {
        await limiter.consume(rateLimitKey(req, res));
      } catch (rejected) {
        if (!(rejected instanceof RateLimiterRes)) return next(rejected);
        const retry = Math.max(1, Math.ceil(rejected.msBeforeNext / 1000));
        res.setHeader('Retry-After', String(retry));
        return jsonError(
          res,
          429,
          ErrorCode.RATE_LIMITED,
          `Too many requests: at most ${perMinute} a minute; retry in ${retry} s.`,
        );
      }
      next();
    },
    async close() {
      redis?.disconnect();
    },
  };
}
