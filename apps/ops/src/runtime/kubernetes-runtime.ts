import { AppsV1Api, CoreV1Api, PatchStrategy, setHeaderOptions, type KubeConfig } from '@kubernetes/client-node';
import { KubernetesActuator } from '../actuators/kubernetes-actuator.ts';
import type { ScaleResult } from '../actuators/replica-actuator.ts';
import { OpsError } from '../ops-errors.ts';
import type { ReplicaStatus, RuntimeAdapter } from './runtime-adapter.ts';

/**
 * A Deployment per service on Kubernetes. Kubernetes probes and restarts pods itself; this adapter
 * reads the pods (ready, restart counts), patches replicas through the forecasting work's
 * KubernetesActuator (scale subresource), and restarts as `kubectl rollout restart` does: a
 * pod-template annotation, so the Deployment rolls with its own surge and readiness rules.
 */
export class KubernetesRuntime implements RuntimeAdapter {
  readonly runtime = 'kubernetes' as const;
  private readonly apps: AppsV1Api;
  private readonly core: CoreV1Api;
  private readonly namespace: string;
  private readonly actuator: KubernetesActuator;
  private readonly now: () => Date;

  constructor(kubeConfig: KubeConfig, namespace: string, now: () => Date = () => new Date()) {
    this.apps = kubeConfig.makeApiClient(AppsV1Api);
    this.core = kubeConfig.makeApiClient(CoreV1Api);
    this.namespace = namespace;
    this.actuator = new KubernetesActuator(kubeConfig, namespace, 'deployment');
    this.now = now;
  }

  async status(service: string): Promise<ReplicaStatus[]> {
    return this.call(service, async () => {
      const deployment = await this.apps.readNamespacedDeployment({ name: service, namespace: this.namespace });
      const selector = Object.entries(deployment.spec?.selector.matchLabels ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
      const pods = await this.core.listNamespacedPod({ namespace: this.namespace, labelSelector: selector });
      return pods.items.map((pod) => ({
        service,
        name: pod.metadata?.name ?? '?',
        state: pod.metadata?.deletionTimestamp ? 'Terminating' : (pod.status?.phase ?? 'Unknown'),
        ready: pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false,
        restarts: (pod.status?.containerStatuses ?? []).reduce((sum, c) => sum + c.restartCount, 0),
      }));
    });
  }

  async restart(service: string, reason: string): Promise<string[]> {
    const at = this.now().toISOString();
    return this.call(service, async () => {
      await this.apps.patchNamespacedDeployment(
        {
          name: service,
          namespace: this.namespace,
          body: { spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': at, 'statex.io/restart-reason': reason } } } } },
        },
        setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch),
      );
      return [`rollout restart of deployment ${this.namespace}/${service} at ${at}`];
    });
  }

  scale(service: string, replicas: number, reason: string): Promise<ScaleResult> {
    return this.actuator.scaleTo(service, replicas, reason);
  }

  private async call<T>(name: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof OpsError) throw error;
      if ((error as { code?: number }).code === 404) throw new OpsError('OPS_TARGET_NOT_FOUND', `Deployment ${this.namespace}/${name} does not exist.`, { cause: error });
      throw new OpsError('OPS_ACTUATOR_FAILED', `Kubernetes API failed for deployment ${this.namespace}/${name}: ${(error as Error).message}`, { cause: error });
    }
  }
}
