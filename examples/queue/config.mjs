/**
 * What the producer, the workers and the merge step share: where Redis is, the queue's name, and
 * how jobs are retried. Everything can be set from the environment, so the same files run on a
 * laptop, on several machines against one Redis, or against a managed Redis (rediss:// URL).
 */
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
export const QUEUE = process.env.NEWSREPORT_QUEUE ?? 'newsreport';
/** Items that failed every attempt: one JSON line each in this Redis list. */
export const DEAD_LETTER = `${QUEUE}:dead`;

const int = (name, fallback) => {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new TypeError(`${name} must be a whole number, got ${JSON.stringify(v)}`);
  return n;
};

/** Redis connection options for BullMQ (ioredis), from REDIS_URL. */
export function connection() {
  const u = new URL(REDIS_URL);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
    ...(u.pathname.length > 1 ? { db: Number(u.pathname.slice(1)) } : {}),
    // a worker must not give up on Redis while it restarts or fails over
    maxRetriesPerRequest: null,
  };
}

/** Every job: a few attempts with exponential backoff; finished jobs leave Redis at once. */
export const jobOptions = {
  attempts: int('NEWSREPORT_ATTEMPTS', 3),
  backoff: { type: 'exponential', delay: int('NEWSREPORT_BACKOFF_MS', 1000) },
  removeOnComplete: true,
  // failed jobs stay in BullMQ's failed set as well as in the dead-letter list, a week at most
  removeOnFail: { age: 7 * 24 * 3600 },
};

/**
 * Worker settings. A job holds a lock that its worker renews; a worker that dies (SIGKILL, power
 * loss) stops renewing, and after `lockDuration` another worker's stalled check puts the job back
 * in the queue. parseReport is synchronous: an article must take less than lockDuration.
 */
export const workerOptions = {
  lockDuration: int('NEWSREPORT_LOCK_MS', 30_000),
  stalledInterval: int('NEWSREPORT_STALLED_MS', 30_000),
  maxStalledCount: 2,
  // parseReport holds the thread; a second job in hand lets Redis round trips overlap parsing
  concurrency: int('NEWSREPORT_CONCURRENCY', 1),
};

/** The producer stops adding while this many jobs wait, so Redis holds a window, not the archive. */
export const HIGH_WATER = int('NEWSREPORT_HIGH_WATER', 5_000);
