import Docker from 'dockerode';
import { afterEach, describe, expect, it } from 'vitest';
import { startRecordingServer, type RecordedRequest, type RecordingServer } from '../actuators/recording-api-server.ts';
import { OpsError } from '../ops-errors.ts';
import { DockerRuntime } from './docker-runtime.ts';

const labels = (service: string, n: number) => ({ 'com.docker.compose.project': 'statex', 'com.docker.compose.service': service, 'com.docker.compose.container-number': String(n) });
const containers = [
  { Id: 'w2', Names: ['/statex-worker-2'], State: 'running', Status: 'Up 5 minutes (healthy)', Labels: labels('worker', 2) },
  { Id: 'w1', Names: ['/statex-worker-1'], State: 'running', Status: 'Up 9 minutes (unhealthy)', Labels: labels('worker', 1) },
  { Id: 'w3', Names: ['/statex-worker-3'], State: 'exited', Status: 'Exited (137) 1 minute ago', Labels: labels('worker', 3) },
];

/** The Engine API subset: list containers by label, restart one. */
function engine(list: unknown[]) {
  return (r: RecordedRequest) => {
    const path = r.url.split('?')[0] ?? '';
    if (r.method === 'GET' && path === '/containers/json') return { status: 200, body: list };
    if (r.method === 'POST' && /^\/containers\/\w+\/restart$/.test(path)) return { status: 204 };
    return undefined;
  };
}

let server: RecordingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});
const runtimeFor = (s: RecordingServer) => new DockerRuntime(new Docker({ protocol: 'http', host: '127.0.0.1', port: s.port }), 'statex');
const filter = encodeURIComponent(JSON.stringify({ label: ['com.docker.compose.project=statex', 'com.docker.compose.service=worker'] }));

describe('DockerRuntime against a real HTTP server speaking the Engine API', () => {
  it('reads the compose service by its labels, with the health verdict', async () => {
    server = await startRecordingServer(engine(containers));
    expect(await runtimeFor(server).status('worker')).toEqual([
      { service: 'worker', name: 'statex-worker-2', state: 'running', ready: true, restarts: null },
      { service: 'worker', name: 'statex-worker-1', state: 'running', ready: false, restarts: null },
      { service: 'worker', name: 'statex-worker-3', state: 'exited', ready: false, restarts: null },
    ]);
    expect(server.requests).toEqual([{ method: 'GET', url: `/containers/json?all=true&filters=${filter}`, contentType: undefined, body: undefined }]);
  });

  it('restarts running containers one at a time, lowest number first, with a stop timeout', async () => {
    server = await startRecordingServer(engine(containers));
    const actions = await runtimeFor(server).restart('worker', 'reload');
    expect(actions).toEqual(['restarted statex-worker-1 (reload)', 'restarted statex-worker-2 (reload)']);
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([`GET /containers/json?all=true&filters=${filter}`, 'POST /containers/w1/restart?t=20', 'POST /containers/w2/restart?t=20']);
  });

  it('scales through the compose actuator (removing the highest-numbered running replica)', async () => {
    server = await startRecordingServer((r) => {
      const path = r.url.split('?')[0] ?? '';
      if (r.method === 'POST' && /\/stop$/.test(path)) return { status: 204 };
      if (r.method === 'DELETE') return { status: 204 };
      return engine(containers)(r);
    });
    const result = await runtimeFor(server).scale('worker', 1, 'quiet night');
    expect(result).toEqual({ target: 'worker', from: 2, to: 1, actions: ['stopped and removed statex-worker-2'] });
    expect(server.requests.slice(1).map((r) => `${r.method} ${r.url}`)).toEqual(['POST /containers/w2/stop?t=30', 'DELETE /containers/w2']);
  });

  it('names a missing service', async () => {
    server = await startRecordingServer(engine([]));
    const error = await runtimeFor(server).status('worker').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpsError);
    expect((error as OpsError).code).toBe('OPS_TARGET_NOT_FOUND');
  });
});
