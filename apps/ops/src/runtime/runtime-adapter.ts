import type { ScaleResult } from '../actuators/replica-actuator.ts';

/** One running replica, however the runtime runs it. */
export interface ReplicaStatus {
  /** The service or deployment it belongs to (`api`, `worker`). */
  service: string;
  name: string;
  state: string;
  ready: boolean;
  restarts: number | null;
}

/**
 * What statex-ops can do to the platform through a runtime: read its state, restart a service
 * (rolling where the runtime allows), set its replicas. The local supervisor, the Docker Engine
 * and Kubernetes implement it; on Kubernetes, probes and restarts of crashed pods are left to
 * Kubernetes itself, so `restart` is a rollout restart.
 */
export interface RuntimeAdapter {
  readonly runtime: 'local' | 'docker' | 'kubernetes';
  status(service: string): Promise<ReplicaStatus[]>;
  restart(service: string, reason: string): Promise<string[]>;
  scale(service: string, replicas: number, reason: string): Promise<ScaleResult>;
}
