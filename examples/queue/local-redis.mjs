/**
 * A throwaway Redis for trying the recipe on one machine (and for its test and benchmark):
 * redis-server on loopback, on a free port, with no persistence. On Debian: apt-get install
 * redis-server. In production, point REDIS_URL at your Redis instead.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The redis-server binary: $REDIS_SERVER, else the first on PATH or in the usual places. */
export function findRedis() {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/bin', '/usr/sbin', '/usr/local/bin'];
  return process.env.REDIS_SERVER ?? dirs.map((d) => join(d, 'redis-server')).find((p) => existsSync(p));
}

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/** Whether a Redis server answers PING on the port (RESP, no client library needed). */
function ping(port) {
  return new Promise((ok) => {
    const s = connect(port, '127.0.0.1', () => s.write('PING\r\n'));
    s.setTimeout(500, () => s.destroy());
    s.once('data', (d) => {
      ok(d.toString().startsWith('+PONG'));
      s.destroy();
    });
    s.once('error', () => ok(false));
    s.once('close', () => ok(false));
  });
}

/**
 * Starts redis-server; resolves to `{ url, stop }` once it answers PING, or to `{ why }` when it
 * cannot be started (no binary, exits, no answer within 5 s).
 */
export async function startRedis() {
  const bin = findRedis();
  if (!bin) return { why: 'no redis-server on PATH (apt-get install redis-server)' };
  const port = await freePort();
  const proc = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  let failed;
  proc.on('error', (e) => (failed = e));
  for (let i = 0; i < 50; i++) {
    if (failed) return { why: `${bin} cannot be started (${failed.message})` };
    if (proc.exitCode !== null) return { why: `redis-server exited with code ${proc.exitCode}` };
    if (await ping(port)) return { url: `redis://127.0.0.1:${port}`, stop: () => proc.kill('SIGKILL') };
    await sleep(100);
  }
  proc.kill('SIGKILL');
  return { why: 'redis-server did not answer PING within 5 s' };
}
