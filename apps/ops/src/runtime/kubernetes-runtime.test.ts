import { afterEach, describe, expect, it } from 'vitest';
import { KUBE_NOT_FOUND, testKubeConfig } from '../actuators/test-kube-config.ts';
import { startRecordingServer, type RecordedRequest, type RecordingServer } from '../actuators/recording-api-server.ts';
import { OpsError } from '../ops-errors.ts';
import { KubernetesRuntime } from './kubernetes-runtime.ts';

const deployment = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'api', namespace: 'statex' }, spec: { replicas: 2, selector: { matchLabels: { app: 'statex', role: 'api' } }, template: { metadata: {}, spec: { containers: [] } } } };
const pod = (name: string, ready: boolean, restarts: number) => ({
  metadata: { name },
  status: { phase: 'Running', conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }], containerStatuses: [{ name: 'api', restartCount: restarts, ready, image: 'statex/api', imageID: '' }] },
});

/** The Kubernetes API subset: read a deployment, list its pods, patch it, read/patch its scale. */
function apiServer(r: RecordedRequest) {
  const path = r.url.split('?')[0];
  if (r.method === 'GET' && path === '/apis/apps/v1/namespaces/statex/deployments/api') return { status: 200, body: deployment };
  if (r.method === 'GET' && path === '/api/v1/namespaces/statex/pods') return { status: 200, body: { kind: 'PodList', apiVersion: 'v1', metadata: {}, items: [pod('api-7d9-a', true, 0), pod('api-7d9-b', false, 3)] } };
  if (r.method === 'PATCH' && path === '/apis/apps/v1/namespaces/statex/deployments/api') return { status: 200, body: deployment };
  if (path === '/apis/apps/v1/namespaces/statex/deployments/api/scale') return { status: 200, body: { apiVersion: 'autoscaling/v1', kind: 'Scale', metadata: { name: 'api' }, spec: { replicas: 2 } } };
  return KUBE_NOT_FOUND;
}

let server: RecordingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('KubernetesRuntime against a real HTTP server speaking the Kubernetes API', () => {
  it('reads the pods of a deployment by its selector: ready and restart counts', async () => {
    server = await startRecordingServer(apiServer);
    const status = await new KubernetesRuntime(testKubeConfig(server), 'statex').status('api');
    expect(status).toEqual([
      { service: 'api', name: 'api-7d9-a', state: 'Running', ready: true, restarts: 0 },
      { service: 'api', name: 'api-7d9-b', state: 'Running', ready: false, restarts: 3 },
    ]);
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /apis/apps/v1/namespaces/statex/deployments/api',
      `GET /api/v1/namespaces/statex/pods?labelSelector=${encodeURIComponent('app=statex,role=api')}`,
    ]);
  });

  it('restarts as a rollout restart: a strategic-merge patch of the pod template annotation', async () => {
    server = await startRecordingServer(apiServer);
    const at = new Date('2026-03-02T08:00:00.000Z');
    const actions = await new KubernetesRuntime(testKubeConfig(server), 'statex', () => at).restart('api', 'new release');
    expect(actions).toEqual(['rollout restart of deployment statex/api at 2026-03-02T08:00:00.000Z']);
    expect(server.requests).toEqual([
      {
        method: 'PATCH',
        url: '/apis/apps/v1/namespaces/statex/deployments/api',
        contentType: 'application/strategic-merge-patch+json',
        body: { spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': '2026-03-02T08:00:00.000Z', 'statex.io/restart-reason': 'new release' } } } } },
      },
    ]);
  });

  it('patches replicas through the scale subresource', async () => {
    server = await startRecordingServer(apiServer);
    const result = await new KubernetesRuntime(testKubeConfig(server), 'statex').scale('api', 4, 'business hours');
    expect(result).toEqual({ target: 'api', from: 2, to: 4, actions: ['scaled deployment statex/api 2 → 4'] });
    expect(server.requests.map((r) => [r.method, r.url, r.contentType, r.body])).toEqual([
      ['GET', '/apis/apps/v1/namespaces/statex/deployments/api/scale', undefined, undefined],
      ['PATCH', '/apis/apps/v1/namespaces/statex/deployments/api/scale', 'application/merge-patch+json', { spec: { replicas: 4 } }],
    ]);
  });

  it('a missing deployment is OPS_TARGET_NOT_FOUND', async () => {
    server = await startRecordingServer(apiServer);
    const error = await new KubernetesRuntime(testKubeConfig(server), 'statex').status('worker').catch((e: unknown) => e);
    expect((error as OpsError).code).toBe('OPS_TARGET_NOT_FOUND');
  });
});
