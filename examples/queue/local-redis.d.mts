/** The redis-server binary: $REDIS_SERVER, else the first on PATH or in the usual places. */
export function findRedis(): string | undefined;
/** Starts a throwaway redis-server on loopback: its URL and a stop function, or why it could not. */
export function startRedis(): Promise<{ url: string; stop: () => void } | { why: string }>;
