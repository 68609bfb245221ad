import Docker from 'dockerode';
import { afterEach, describe, expect, it } from 'vitest';
import { OpsError } from '../ops-errors.ts';
import { DockerComposeActuator } from './docker-compose-actuator.ts';
import { startRecordingServer, type RecordedRequest, type RecordingServer } from './recording-api-server.ts';

const labels = (n: number) => ({ 'com.docker.compose.project': 'statex', 'com.docker.compose.service': 'api', 'com.docker.compose.container-number': String(n) });
const summary = (n: number, state = 'running') => ({ Id: `c${n}`, Names: [`/statex-api-${n}`], State: state, Labels: labels(n) });

/** The Docker Engine API subset the actuator uses, over a real HTTP server. */
function engine(containers: ReturnType<typeof summary>[]) {
  return (r: RecordedRequest) => {
    const path = r.url.split('?')[0];
    if (r.method === 'GET' && path === '/containers/json') return { status: 200, body: containers };
    if (r.method === 'GET' && path === '/containers/c2/json') {
      return {
        status: 200,
        body: {
          Id: 'c2',
          Config: { Image: 'statex/api:1.4.0', Cmd: ['node', 'apps/api/src/main.ts'], Entrypoint: null, Env: ['PORT=8080'], WorkingDir: '/app', Labels: labels(2) },
          HostConfig: { RestartPolicy: { Name: 'unless-stopped' }, PortBindings: { '8080/tcp': [{ HostPort: '8080' }] } },
          NetworkSettings: { Networks: { statex_default: {} } },
        },
      };
    }
    if (r.method === 'POST' && path === '/containers/create') return { status: 201, body: { Id: 'new-id' } };
    if (r.method === 'POST' && /^\/containers\/[\w-]+\/(start|stop)$/.test(path ?? '')) return { status: 204 };
    if (r.method === 'DELETE' && /^\/containers\/[\w-]+$/.test(path ?? '')) return { status: 204 };
    return undefined;
  };
}

let server: RecordingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const actuatorFor = (s: RecordingServer) => new DockerComposeActuator(new Docker({ protocol: 'http', host: '127.0.0.1', port: s.port }), 'statex');
const listFilter = encodeURIComponent(JSON.stringify({ label: ['com.docker.compose.project=statex', 'com.docker.compose.service=api'] }));

describe('DockerComposeActuator against a real HTTP server speaking the Engine API', () => {
  it('counts running containers of the compose service found by labels', async () => {
    server = await startRecordingServer(engine([summary(1), summary(2), summary(3, 'exited')]));
    expect(await actuatorFor(server).current('api')).toBe(2);
    expect(server.requests).toEqual([{ method: 'GET', url: `/containers/json?all=true&filters=${listFilter}`, contentType: undefined, body: undefined }]);
  });

  it('scales up by copying the newest replica with the next container number, without fixed host ports', async () => {
    server = await startRecordingServer(engine([summary(1), summary(2)]));
    const result = await actuatorFor(server).scaleTo('api', 3, 'forecast');
    expect(result).toEqual({ target: 'api', from: 2, to: 3, actions: ['started statex-api-3'] });
    // dockerode also mirrors the create options into the query string (the Engine ignores
    // them): the path, the name parameter and the JSON body are what the Engine acts on.
    expect(server.requests.map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual([
      'GET /containers/json',
      'GET /containers/c2/json',
      'POST /containers/create',
      'POST /containers/new-id/start',
    ]);
    expect(server.requests[0]?.url).toBe(`/containers/json?all=true&filters=${listFilter}`);
    expect(new URL(server.requests[2]?.url ?? '', 'http://engine').searchParams.get('name')).toBe('statex-api-3');
    expect(server.requests[2]?.contentType).toBe('application/json');
    expect(server.requests[2]?.body).toEqual({
      name: 'statex-api-3',
      Image: 'statex/api:1.4.0',
      Cmd: ['node', 'apps/api/src/main.ts'],
      Entrypoint: null,
      Env: ['PORT=8080'],
      WorkingDir: '/app',
      Labels: { ...labels(3), 'io.statex.scaled-by': 'statex-ops', 'io.statex.scale-reason': 'forecast' },
      HostConfig: { RestartPolicy: { Name: 'unless-stopped' } },
      NetworkingConfig: { EndpointsConfig: { statex_default: { Aliases: ['api'] } } },
    });
  });

  it('scales down by stopping and removing the highest-numbered replicas first', async () => {
    server = await startRecordingServer(engine([summary(3), summary(1), summary(2)]));
    const result = await actuatorFor(server).scaleTo('api', 1, 'night');
    expect(result.actions).toEqual(['stopped and removed statex-api-3', 'stopped and removed statex-api-2']);
    expect(server.requests.slice(1).map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /containers/c3/stop?t=30',
      'DELETE /containers/c3',
      'POST /containers/c2/stop?t=30',
      'DELETE /containers/c2',
    ]);
  });

  it('answers not found for a service without containers, and does nothing', async () => {
    server = await startRecordingServer(engine([]));
    const error = await actuatorFor(server).scaleTo('api', 2, 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpsError);
    expect((error as OpsError).code).toBe('OPS_TARGET_NOT_FOUND');
    expect(server.requests).toHaveLength(1);
  });
});
