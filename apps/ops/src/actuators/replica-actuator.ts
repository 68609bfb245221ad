/**
 * The port through which a scaling decision reaches a runtime. One implementation per runtime:
 * Docker (compose services), Kubernetes (an HPA floor or a Deployment), and the local
 * supervisor (API processes on one machine) — the last is only declared here: the supervisor
 * itself belongs to the self-healing work and will implement this port.
 */
export interface ReplicaActuator {
  readonly runtime: 'docker' | 'kubernetes' | 'local-supervisor';
  /** Replicas the runtime runs (or, for an HPA floor, the floor set) now. */
  current(target: string): Promise<number>;
  /** Sets the replica count (or floor) of `target`; idempotent. */
  scaleTo(target: string, replicas: number, reason: string): Promise<ScaleResult>;
}

export interface ScaleResult {
  target: string;
  from: number;
  to: number;
  /** What was done, in order, for the decision's event log. */
  actions: string[];
}
