import { AppsV1Api, AutoscalingV2Api, PatchStrategy, setHeaderOptions, type KubeConfig } from '@kubernetes/client-node';
import { OpsError } from '../ops-errors.ts';
import type { ReplicaActuator, ScaleResult } from './replica-actuator.ts';

export type KubernetesTargetKind = 'hpa-floor' | 'deployment';

/**
 * Kubernetes, KEDA-style: Kubernetes keeps doing what it does (probes, restarts, HPA); statex-ops
 * only raises or lowers an HPA's `minReplicas` (the floor the forecast asks for, kept within the
 * HPA's maxReplicas), or — without an HPA — sets a Deployment's replicas through its scale
 * subresource. Both as JSON merge patches.
 */
export class KubernetesActuator implements ReplicaActuator {
  readonly runtime = 'kubernetes' as const;
  private readonly apps: AppsV1Api;
  private readonly autoscaling: AutoscalingV2Api;
  private readonly namespace: string;
  private readonly kind: KubernetesTargetKind;

  constructor(kubeConfig: KubeConfig, namespace: string, kind: KubernetesTargetKind) {
    this.apps = kubeConfig.makeApiClient(AppsV1Api);
    this.autoscaling = kubeConfig.makeApiClient(AutoscalingV2Api);
    this.namespace = namespace;
    this.kind = kind;
  }

  async current(name: string): Promise<number> {
    return this.call(name, async () => {
      if (this.kind === 'hpa-floor') {
        const hpa = await this.autoscaling.readNamespacedHorizontalPodAutoscaler({ name, namespace: this.namespace });
        return hpa.spec?.minReplicas ?? 1;
      }
      const scale = await this.apps.readNamespacedDeploymentScale({ name, namespace: this.namespace });
      return scale.spec?.replicas ?? 0;
    });
  }

  async scaleTo(name: string, replicas: number, _reason: string): Promise<ScaleResult> {
    if (!Number.isInteger(replicas) || replicas < 0) throw new OpsError('OPS_BAD_OPTION', `replicas must be a whole number ≥ 0, got ${replicas}.`);
    const merge = setHeaderOptions('Content-Type', PatchStrategy.MergePatch);
    return this.call(name, async () => {
      if (this.kind === 'hpa-floor') {
        const hpa = await this.autoscaling.readNamespacedHorizontalPodAutoscaler({ name, namespace: this.namespace });
        const from = hpa.spec?.minReplicas ?? 1;
        // An HPA's floor must be ≥ 1 and ≤ its maxReplicas.
        const floor = Math.min(Math.max(1, replicas), hpa.spec?.maxReplicas ?? replicas);
        if (floor === from) return { target: name, from, to: floor, actions: [] };
        await this.autoscaling.patchNamespacedHorizontalPodAutoscaler({ name, namespace: this.namespace, body: { spec: { minReplicas: floor } } }, merge);
        return { target: name, from, to: floor, actions: [`set HPA ${this.namespace}/${name} minReplicas ${from} → ${floor}`] };
      }
      const scale = await this.apps.readNamespacedDeploymentScale({ name, namespace: this.namespace });
      const from = scale.spec?.replicas ?? 0;
      if (from === replicas) return { target: name, from, to: replicas, actions: [] };
      await this.apps.patchNamespacedDeploymentScale({ name, namespace: this.namespace, body: { spec: { replicas } } }, merge);
      return { target: name, from, to: replicas, actions: [`scaled deployment ${this.namespace}/${name} ${from} → ${replicas}`] };
    });
  }

  private async call<T>(name: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof OpsError) throw error;
      const code = (error as { code?: number }).code;
      const what = this.kind === 'hpa-floor' ? 'HorizontalPodAutoscaler' : 'Deployment';
      if (code === 404) throw new OpsError('OPS_TARGET_NOT_FOUND', `${what} ${this.namespace}/${name} does not exist.`, { cause: error });
      throw new OpsError('OPS_ACTUATOR_FAILED', `Kubernetes API failed for ${what} ${this.namespace}/${name}: ${(error as Error).message}`, { cause: error });
    }
  }
}
