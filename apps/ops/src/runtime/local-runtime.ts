import type { ScaleResult } from '../actuators/replica-actuator.ts';
import { OpsError } from '../ops-errors.ts';
import type { Supervisor } from '../supervisor/supervisor.ts';
import type { ReplicaStatus, RuntimeAdapter } from './runtime-adapter.ts';

const roleOf = (service: string) => {
  if (service === 'api') return 'api' as const;
  if (service === 'worker' || service === 'workers') return 'worker' as const;
  throw new OpsError('OPS_TARGET_NOT_FOUND', `The local supervisor runs "api" and "worker", not "${service}".`);
};

/** The supervisor on this machine as a runtime (and so as the local ReplicaActuator). */
export class LocalRuntime implements RuntimeAdapter {
  readonly runtime = 'local' as const;
  private readonly supervisor: Supervisor;

  constructor(supervisor: Supervisor) {
    this.supervisor = supervisor;
  }

  async status(service: string): Promise<ReplicaStatus[]> {
    const role = roleOf(service);
    return this.supervisor
      .status()
      .processes.filter((p) => p.role === role)
      .map((p) => ({ service, name: `${p.slot} (pid ${p.pid ?? '-'})`, state: p.state, ready: p.ready, restarts: p.restarts }));
  }

  async restart(_service: string, reason: string): Promise<string[]> {
    await this.supervisor.reload(reason);
    return ['rolling reload of every process'];
  }

  async scale(service: string, replicas: number, reason: string): Promise<ScaleResult> {
    const role = roleOf(service);
    const from = this.supervisor.status().target[role === 'api' ? 'api' : 'workers'];
    await this.supervisor.scale(role === 'api' ? { api: replicas } : { workers: replicas }, reason);
    return { target: service, from, to: replicas, actions: from === replicas ? [] : [`${role} processes ${from} → ${replicas}`] };
  }
}
