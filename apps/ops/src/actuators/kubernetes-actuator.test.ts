import { afterEach, describe, expect, it } from 'vitest';
import { KUBE_NOT_FOUND, testKubeConfig } from './test-kube-config.ts';
import { OpsError } from '../ops-errors.ts';
import { KubernetesActuator } from './kubernetes-actuator.ts';
import { startRecordingServer, type RecordedRequest, type RecordingServer } from './recording-api-server.ts';

const HPA_PATH = '/apis/autoscaling/v2/namespaces/statex/horizontalpodautoscalers/api';
const SCALE_PATH = '/apis/apps/v1/namespaces/statex/deployments/api/scale';

/** The Kubernetes API subset the actuator uses, over a real HTTP server. */
function apiServer(state: { minReplicas: number; maxReplicas: number; replicas: number }) {
  return (r: RecordedRequest) => {
    const hpa = () => ({ apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'api', namespace: 'statex' }, spec: { minReplicas: state.minReplicas, maxReplicas: state.maxReplicas, scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'api' } } });
    const scale = () => ({ apiVersion: 'autoscaling/v1', kind: 'Scale', metadata: { name: 'api', namespace: 'statex' }, spec: { replicas: state.replicas } });
    if (r.url === HPA_PATH && r.method === 'GET') return { status: 200, body: hpa() };
    if (r.url === HPA_PATH && r.method === 'PATCH') {
      state.minReplicas = (r.body as { spec: { minReplicas: number } }).spec.minReplicas;
      return { status: 200, body: hpa() };
    }
    if (r.url === SCALE_PATH && r.method === 'GET') return { status: 200, body: scale() };
    if (r.url === SCALE_PATH && r.method === 'PATCH') {
      state.replicas = (r.body as { spec: { replicas: number } }).spec.replicas;
      return { status: 200, body: scale() };
    }
    return KUBE_NOT_FOUND;
  };
}

let server: RecordingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('KubernetesActuator against a real HTTP server speaking the Kubernetes API', () => {
  it('raises an HPA floor with a merge patch of spec.minReplicas only', async () => {
    const state = { minReplicas: 2, maxReplicas: 10, replicas: 2 };
    server = await startRecordingServer(apiServer(state));
    const actuator = new KubernetesActuator(testKubeConfig(server), 'statex', 'hpa-floor');
    expect(await actuator.current('api')).toBe(2);
    const result = await actuator.scaleTo('api', 5, 'business hours');
    expect(result).toEqual({ target: 'api', from: 2, to: 5, actions: ['set HPA statex/api minReplicas 2 → 5'] });
    expect(server.requests.map((r) => [r.method, r.url, r.contentType, r.body])).toEqual([
      ['GET', HPA_PATH, undefined, undefined],
      ['GET', HPA_PATH, undefined, undefined],
      ['PATCH', HPA_PATH, 'application/merge-patch+json', { spec: { minReplicas: 5 } }],
    ]);
    expect(state.minReplicas).toBe(5);
  });

  it('keeps the floor within the HPA maxReplicas and sends nothing when it would not change', async () => {
    const state = { minReplicas: 10, maxReplicas: 10, replicas: 10 };
    server = await startRecordingServer(apiServer(state));
    const result = await new KubernetesActuator(testKubeConfig(server), 'statex', 'hpa-floor').scaleTo('api', 25, 'surge');
    expect(result).toEqual({ target: 'api', from: 10, to: 10, actions: [] });
    expect(server.requests.map((r) => r.method)).toEqual(['GET']);
  });

  it("sets a Deployment's replicas through the scale subresource", async () => {
    const state = { minReplicas: 1, maxReplicas: 1, replicas: 4 };
    server = await startRecordingServer(apiServer(state));
    const result = await new KubernetesActuator(testKubeConfig(server), 'statex', 'deployment').scaleTo('api', 2, 'night');
    expect(result.actions).toEqual(['scaled deployment statex/api 4 → 2']);
    expect(server.requests.map((r) => [r.method, r.url, r.contentType, r.body])).toEqual([
      ['GET', SCALE_PATH, undefined, undefined],
      ['PATCH', SCALE_PATH, 'application/merge-patch+json', { spec: { replicas: 2 } }],
    ]);
  });

  it('answers not found for a missing target', async () => {
    server = await startRecordingServer(apiServer({ minReplicas: 1, maxReplicas: 1, replicas: 1 }));
    const error = await new KubernetesActuator(testKubeConfig(server), 'statex', 'deployment').scaleTo('web', 2, 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpsError);
    expect((error as OpsError).code).toBe('OPS_TARGET_NOT_FOUND');
  });
});
