import { KubeConfig } from '@kubernetes/client-node';
import type { RecordingServer } from './recording-api-server.ts';

/** For tests: a kubeconfig pointing at a local server that speaks the Kubernetes API, namespace `statex`. */
export function testKubeConfig(server: RecordingServer): KubeConfig {
  const config = new KubeConfig();
  config.loadFromOptions({
    clusters: [{ name: 'test', server: server.url, skipTLSVerify: true }],
    users: [{ name: 'ops', token: 'test-token' }],
    contexts: [{ name: 'test', cluster: 'test', user: 'ops', namespace: 'statex' }],
    currentContext: 'test',
  });
  return config;
}

/** The API server's answer to anything it does not know. */
export const KUBE_NOT_FOUND = { status: 404, body: { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'NotFound', code: 404, message: 'not found' } };
