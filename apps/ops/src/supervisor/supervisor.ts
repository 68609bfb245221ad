import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { cpuPercent, readProcStat } from '../monitoring/process-stats.ts';
import type { OpsEventLog } from './ops-event-log.ts';
import { freePort } from './free-port.ts';
import { probe } from './probe.ts';
import { RestartPolicy } from './restart-policy.ts';

export type Role = 'api' | 'worker';

export interface SupervisorOptions {
  /** Entry points of the two roles (`apps/api/src/main.ts`, `apps/worker/src/main.ts`). */
  entries: Record<Role, string>;
  /** Environment of every child (the platform's settings); the supervisor adds PORT, REUSE_PORT and probe ports. */
  env: Record<string, string>;
  /** The shared public port of the API processes. */
  port: number;
  /** `services`: N API + M worker processes; `embedded`: one process (API with the worker inline). */
  mode: 'services' | 'embedded';
  api: number;
  workers: number;
  events: OpsEventLog;
  /** Node binary for the children (default: the one running the supervisor). */
  nodePath?: string;
  /** Where the children's stdout/stderr go: inherited, dropped, or one file per process in a directory. */
  childOutput?: 'inherit' | 'ignore' | { dir: string };
  probeIntervalMs?: number;
  probeTimeoutMs?: number;
  /** Consecutive failed liveness probes after which a process counts as hung and is killed. */
  hungAfter?: number;
  /** How long a process may take to become ready during a reload before the reload is abandoned. */
  readyTimeoutMs?: number;
  /** How long a stopping process may take to finish its work before it is killed. */
  stopTimeoutMs?: number;
  restartPolicy?: RestartPolicy;
}

export interface ProcessStatus {
  role: Role;
  slot: string;
  pid: number | null;
  state: SlotState;
  live: boolean;
  ready: boolean;
  restarts: number;
  /** CPU use over the last sample, % of one core. */
  cpu: number;
  rssMb: number;
  uptimeSeconds: number;
  probePort: number;
}

export interface SupervisorStatus {
  mode: 'services' | 'embedded';
  port: number;
  target: { api: number; workers: number };
  /** Every role has at least one ready process. */
  ready: boolean;
  startedAt: string;
  processes: ProcessStatus[];
}

type SlotState = 'starting' | 'running' | 'stopping' | 'backoff' | 'crash-loop' | 'stopped';

/** One supervised position (`api-1`, `worker-1`): the process in it changes when it is restarted. */
interface Slot {
  id: string;
  role: Role;
  child: ChildProcess | null;
  pid: number | null;
  probePort: number;
  state: SlotState;
  live: boolean;
  ready: boolean;
  restarts: number;
  startedAtMs: number;
  livenessFailures: number;
  cpu: number;
  rssMb: number;
  lastCpu: { cpuSeconds: number; atMs: number } | null;
  /** Set when the supervisor itself stops the process (reload, scale down, shutdown): its exit is not a crash. */
  retiring: boolean;
  restartTimer: NodeJS.Timeout | null;
  exited: Promise<void>;
}

/**
 * Runs the platform on one machine: N API processes sharing one port (SO_REUSEPORT) and M
 * workers. Probes each process's liveness and readiness on its own loopback port; restarts a
 * process that exits or hangs, with backoff and crash-loop detection; reloads with no downtime
 * (start the new process, wait until it is ready, then stop the old one); scales. Every decision
 * goes to the event log with its reason.
 */
export class Supervisor {
  private readonly options: Required<Omit<SupervisorOptions, 'restartPolicy' | 'childOutput'>> & Pick<SupervisorOptions, 'childOutput'>;
  private readonly policy: RestartPolicy;
  private readonly slots = new Map<string, Slot>();
  private readonly counters: Record<Role, number> = { api: 0, worker: 0 };
  private target: { api: number; workers: number };
  private probeTimer: NodeJS.Timeout | null = null;
  private sampleTimer: NodeJS.Timeout | null = null;
  private stopping = false;
  private readonly startedAt = new Date();
  private busy: Promise<unknown> = Promise.resolve();

  constructor(options: SupervisorOptions) {
    this.options = {
      nodePath: process.execPath,
      probeIntervalMs: 250,
      // Generous: a busy process on a loaded machine must not be mistaken for a hung one.
      probeTimeoutMs: 2_000,
      hungAfter: 5,
      readyTimeoutMs: 30_000,
      stopTimeoutMs: 25_000,
      ...options,
    };
    this.policy = options.restartPolicy ?? new RestartPolicy();
    this.target = options.mode === 'embedded' ? { api: 1, workers: 0 } : { api: options.api, workers: options.workers };
  }

  get events(): OpsEventLog {
    return this.options.events;
  }

  async start(): Promise<void> {
    this.options.events.record({ type: 'supervisor-started', reason: `up: ${this.target.api} API and ${this.target.workers} worker processes (${this.options.mode} mode) on port ${this.options.port}` });
    await Promise.all([...this.range(this.target.api).map(() => this.addSlot('api')), ...this.range(this.target.workers).map(() => this.addSlot('worker'))]);
    this.probeTimer = setInterval(() => void this.probeAll(), this.options.probeIntervalMs);
    this.sampleTimer = setInterval(() => void this.sampleAll(), 2_000);
  }

  /** Resolves once every target process is ready (or rejects after `timeoutMs`). */
  async waitReady(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const slots = this.activeSlots();
      if (slots.length === this.target.api + this.target.workers && slots.every((s) => s.ready)) return;
      await sleep(50);
    }
    throw new Error(`not every process became ready within ${timeoutMs} ms: ${JSON.stringify(this.status().processes.map((p) => [p.slot, p.state, p.ready]))}`);
  }

  status(): SupervisorStatus {
    const processes = [...this.slots.values()]
      .filter((s) => s.state !== 'stopped')
      .map((s) => ({
        role: s.role,
        slot: s.id,
        pid: s.pid,
        state: s.state,
        live: s.live,
        ready: s.ready,
        restarts: s.restarts,
        cpu: s.cpu,
        rssMb: s.rssMb,
        uptimeSeconds: s.pid ? Math.round((Date.now() - s.startedAtMs) / 1000) : 0,
        probePort: s.probePort,
      }));
    const readyRoles = (role: Role) => processes.some((p) => p.role === role && p.ready);
    return {
      mode: this.options.mode,
      port: this.options.port,
      target: { ...this.target },
      ready: readyRoles('api') && (this.target.workers === 0 || readyRoles('worker')),
      startedAt: this.startedAt.toISOString(),
      processes,
    };
  }

  /** Rolling restart with no downtime: per process, start a replacement, wait until it is ready, then stop the old one. */
  reload(reason = 'reload requested'): Promise<void> {
    return this.serialise(async () => {
      this.options.events.record({ type: 'reload-started', reason });
      for (const old of this.activeSlots()) {
        const fresh = await this.addSlot(old.role);
        try {
          await this.waitSlotReady(fresh, this.options.readyTimeoutMs);
        } catch (error) {
          this.options.events.record({ type: 'reload-abandoned', reason: `${fresh.id} did not become ready: ${(error as Error).message}; ${old.id} keeps running`, role: old.role, slot: fresh.id });
          await this.retire(fresh, 'replacement never became ready');
          throw error;
        }
        await this.retire(old, `replaced by ${fresh.id} (pid ${fresh.pid}) in a reload`);
      }
      this.options.events.record({ type: 'reload-finished', reason: `every process replaced; ${this.activeSlots().length} running` });
    });
  }

  /** Sets the number of API and/or worker processes. */
  scale(counts: { api?: number; workers?: number }, reason = 'scale requested'): Promise<void> {
    return this.serialise(async () => {
      if (this.options.mode === 'embedded' && ((counts.api ?? 1) !== 1 || (counts.workers ?? 0) !== 0)) {
        throw new Error('embedded mode runs exactly one process (PGlite cannot be shared); set DATABASE_URL and REDIS_URL to scale');
      }
      const next = { api: counts.api ?? this.target.api, workers: counts.workers ?? this.target.workers };
      this.options.events.record({ type: 'scale', reason, data: { from: { ...this.target }, to: next } });
      this.target = next;
      for (const [role, want] of [['api', next.api], ['worker', next.workers]] as const) {
        const have = this.activeSlots().filter((s) => s.role === role);
        if (have.length < want) await Promise.all(this.range(want - have.length).map(() => this.addSlot(role)));
        else if (have.length > want) await Promise.all(have.slice(want).reverse().map((s) => this.retire(s, `scaled ${role} down to ${want}`)));
      }
    });
  }

  async stop(reason = 'stop requested'): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    if (this.probeTimer) clearInterval(this.probeTimer);
    if (this.sampleTimer) clearInterval(this.sampleTimer);
    this.options.events.record({ type: 'supervisor-stopping', reason });
    await Promise.all([...this.slots.values()].map((s) => this.retire(s, reason)));
  }

  /** The pid of a running process of `role` (the n-th), for drills and tests. */
  pidOf(role: Role, index = 0): number | null {
    return this.activeSlots().filter((s) => s.role === role)[index]?.pid ?? null;
  }

  private serialise<T>(work: () => Promise<T>): Promise<T> {
    const run = this.busy.then(work, work);
    this.busy = run.catch(() => {});
    return run;
  }

  private range(n: number): number[] {
    return Array.from({ length: Math.max(0, n) }, (_, i) => i);
  }

  private activeSlots(): Slot[] {
    return [...this.slots.values()].filter((s) => !s.retiring && s.state !== 'stopped');
  }

  private async addSlot(role: Role): Promise<Slot> {
    this.counters[role] += 1;
    const slot: Slot = {
      id: `${role}-${this.counters[role]}`,
      role,
      child: null,
      pid: null,
      probePort: await freePort(),
      state: 'starting',
      live: false,
      ready: false,
      restarts: 0,
      startedAtMs: Date.now(),
      livenessFailures: 0,
      cpu: 0,
      rssMb: 0,
      lastCpu: null,
      retiring: false,
      restartTimer: null,
      exited: Promise.resolve(),
    };
    this.slots.set(slot.id, slot);
    this.spawn(slot, 'initial start');
    return slot;
  }

  private spawn(slot: Slot, reason: string): void {
    const o = this.options;
    const env: Record<string, string> = { ...o.env, PORT: String(o.port) };
    if (slot.role === 'api') {
      Object.assign(env, { PROBE_PORT: String(slot.probePort), REUSE_PORT: o.mode === 'services' ? 'true' : 'false' });
      if (o.mode === 'services') env.INLINE_WORKER = 'false';
    } else {
      env.WORKER_HEALTH_PORT = String(slot.probePort);
    }
    const output = o.childOutput ?? 'inherit';
    let fd: number | null = null;
    if (typeof output === 'object') {
      mkdirSync(output.dir, { recursive: true });
      fd = openSync(path.join(output.dir, `${slot.id}.log`), 'a');
    }
    const stdio: StdioOptions = fd !== null ? ['ignore', fd, fd] : output === 'ignore' ? 'ignore' : ['ignore', 'inherit', 'inherit'];
    const child: ChildProcess = spawn(o.nodePath, [o.entries[slot.role]], { env: env as NodeJS.ProcessEnv, stdio });
    if (fd !== null) closeSync(fd);
    slot.child = child;
    slot.pid = child.pid ?? null;
    slot.state = 'starting';
    slot.live = false;
    slot.ready = false;
    slot.livenessFailures = 0;
    slot.startedAtMs = Date.now();
    slot.lastCpu = null;
    slot.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    child.once('error', (error) => o.events.record({ type: 'spawn-failed', reason: error.message, role: slot.role, slot: slot.id }));
    child.once('exit', (code, signal) => this.onExit(slot, child, code, signal));
    o.events.record({ type: 'process-started', reason, role: slot.role, slot: slot.id, pid: slot.pid ?? undefined, data: { probePort: slot.probePort } });
  }

  private onExit(slot: Slot, child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (slot.child !== child) return;
    const how = signal ? `signal ${signal}` : `exit code ${code}`;
    slot.child = null;
    slot.live = false;
    slot.ready = false;
    if (slot.retiring || this.stopping) {
      slot.state = 'stopped';
      this.options.events.record({ type: 'process-stopped', reason: `stopped by the supervisor (${how})`, role: slot.role, slot: slot.id, pid: slot.pid ?? undefined });
      this.slots.delete(slot.id);
      return;
    }
    const decision = this.policy.onCrash(slot.id, Date.now() - slot.startedAtMs);
    this.options.events.record({ type: 'process-exited', reason: `unexpected ${how} after ${Math.round((Date.now() - slot.startedAtMs) / 100) / 10} s`, role: slot.role, slot: slot.id, pid: slot.pid ?? undefined });
    if (decision.crashLoop) {
      slot.state = 'crash-loop';
      this.options.events.record({
        type: 'crash-loop',
        reason: `${decision.recentCrashes} crashes within ${decision.windowMs / 1000} s: holding restarts for ${decision.delayMs / 1000} s`,
        role: slot.role,
        slot: slot.id,
      });
    } else {
      slot.state = 'backoff';
      this.options.events.record({ type: 'restart-scheduled', reason: `restart in ${decision.delayMs} ms (crash ${decision.recentCrashes} in the window)`, role: slot.role, slot: slot.id });
    }
    slot.restartTimer = setTimeout(() => {
      slot.restartTimer = null;
      if (slot.retiring || this.stopping) return;
      slot.restarts += 1;
      this.spawn(slot, `restart after ${how}`);
    }, decision.delayMs);
  }

  private async retire(slot: Slot, reason: string): Promise<void> {
    slot.retiring = true;
    if (slot.restartTimer) clearTimeout(slot.restartTimer);
    const child = slot.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) {
      slot.state = 'stopped';
      this.slots.delete(slot.id);
      return;
    }
    slot.state = 'stopping';
    slot.ready = false;
    this.options.events.record({ type: 'process-stopping', reason, role: slot.role, slot: slot.id, pid: slot.pid ?? undefined });
    child.kill('SIGTERM');
    const timer = setTimeout(() => {
      this.options.events.record({ type: 'process-killed', reason: `did not stop within ${this.options.stopTimeoutMs} ms of SIGTERM`, role: slot.role, slot: slot.id, pid: slot.pid ?? undefined });
      child.kill('SIGKILL');
    }, this.options.stopTimeoutMs);
    await slot.exited;
    clearTimeout(timer);
  }

  private async waitSlotReady(slot: Slot, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!slot.ready) {
      if (Date.now() > deadline) throw new Error(`not ready within ${timeoutMs} ms`);
      if (slot.state === 'crash-loop') throw new Error('it is crash-looping');
      await sleep(25);
    }
  }

  private inFlight = new Set<string>();

  private async probeAll(): Promise<void> {
    await Promise.all([...this.slots.values()].map((slot) => this.probeSlot(slot)));
  }

  private async probeSlot(slot: Slot): Promise<void> {
    if (!slot.child || slot.retiring || this.inFlight.has(slot.id)) return;
    this.inFlight.add(slot.id);
    const child = slot.child;
    try {
      const base = `http://127.0.0.1:${slot.probePort}`;
      const live = await probe(`${base}/health`, this.options.probeTimeoutMs);
      if (slot.child !== child) return;
      if (live.ok) {
        slot.live = true;
        slot.livenessFailures = 0;
        if (slot.state === 'starting') slot.state = 'running';
      } else if (slot.state !== 'starting' || Date.now() - slot.startedAtMs > this.options.readyTimeoutMs) {
        // A process that answered before (or never did in readyTimeout) and now does not: hung.
        slot.livenessFailures += 1;
        if (slot.livenessFailures >= this.options.hungAfter) {
          this.options.events.record({
            type: 'hung',
            reason: `${slot.livenessFailures} liveness probes failed in a row (${live.error}): killing it to restart`,
            role: slot.role,
            slot: slot.id,
            pid: slot.pid ?? undefined,
          });
          slot.livenessFailures = 0;
          child.kill('SIGKILL');
          return;
        }
      }
      if (!slot.live) return;
      const ready = await probe(`${base}/health/ready`, this.options.probeTimeoutMs);
      if (slot.child !== child || slot.retiring) return;
      if (ready.ok !== slot.ready) {
        slot.ready = ready.ok;
        this.options.events.record({
          type: ready.ok ? 'ready' : 'not-ready',
          reason: ready.ok ? `ready ${Date.now() - slot.startedAtMs} ms after start` : `readiness probe failed: ${ready.error}`,
          role: slot.role,
          slot: slot.id,
          pid: slot.pid ?? undefined,
        });
        if (ready.ok) this.policy.onReady(slot.id);
      }
    } finally {
      this.inFlight.delete(slot.id);
    }
  }

  private async sampleAll(): Promise<void> {
    await Promise.all(
      [...this.slots.values()].map(async (slot) => {
        if (!slot.pid || !slot.child) return;
        const stat = await readProcStat(slot.pid);
        if (!stat) return;
        const now = { cpuSeconds: stat.cpuSeconds, atMs: Date.now() };
        if (slot.lastCpu) slot.cpu = cpuPercent(slot.lastCpu, now);
        slot.lastCpu = now;
        slot.rssMb = Math.round((stat.rssBytes / 1024 / 1024) * 10) / 10;
      }),
    );
  }
}
