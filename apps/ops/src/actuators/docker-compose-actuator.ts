import type Docker from 'dockerode';
import { OpsError } from '../ops-errors.ts';
import type { ReplicaActuator, ScaleResult } from './replica-actuator.ts';

const PROJECT = 'com.docker.compose.project';
const SERVICE = 'com.docker.compose.service';
const NUMBER = 'com.docker.compose.container-number';

/** The containers of one compose service, found by their compose labels; OpsError when none or the engine fails. */
export async function composeServiceContainers(docker: Docker, project: string, service: string): Promise<Docker.ContainerInfo[]> {
  let containers: Docker.ContainerInfo[];
  try {
    containers = await docker.listContainers({ all: true, filters: { label: [`${PROJECT}=${project}`, `${SERVICE}=${service}`] } });
  } catch (error) {
    throw new OpsError('OPS_ACTUATOR_FAILED', `Docker Engine did not answer: ${(error as Error).message}`, { cause: error });
  }
  if (containers.length === 0) throw new OpsError('OPS_TARGET_NOT_FOUND', `No container of compose service "${service}" in project "${project}".`);
  return containers;
}

/** A compose replica's number (its `container-number` label), 0 when absent. */
export function containerNumber(container: Docker.ContainerInfo): number {
  return Number(container.Labels[NUMBER] ?? 0) || 0;
}

/**
 * Scales a Docker Compose service through the Engine API, as `docker compose up --scale` does:
 * the service's containers are found by their compose labels; a new replica is a copy of the
 * newest one (image, command, environment, labels, networks with the service alias) with the
 * next container number; scaling down stops and removes the highest-numbered ones first.
 * Fixed host ports are not copied (two replicas cannot bind one port; the load balancer reaches
 * replicas through the network alias).
 */
export class DockerComposeActuator implements ReplicaActuator {
  readonly runtime = 'docker' as const;
  private readonly docker: Docker;
  private readonly project: string;

  constructor(docker: Docker, project: string) {
    this.docker = docker;
    this.project = project;
  }

  async current(service: string): Promise<number> {
    return (await this.replicas(service)).filter((c) => c.State === 'running').length;
  }

  async scaleTo(service: string, replicas: number, reason: string): Promise<ScaleResult> {
    if (!Number.isInteger(replicas) || replicas < 0) throw new OpsError('OPS_BAD_OPTION', `replicas must be a whole number ≥ 0, got ${replicas}.`);
    const containers = await this.replicas(service);
    const running = containers.filter((c) => c.State === 'running').sort((a, b) => containerNumber(a) - containerNumber(b));
    const actions: string[] = [];
    const from = running.length;
    try {
      if (replicas > from) {
        const newest = running.at(-1) ?? containers.sort((a, b) => containerNumber(a) - containerNumber(b)).at(-1);
        if (!newest) throw new OpsError('OPS_TARGET_NOT_FOUND', `Compose service "${service}" of project "${this.project}" has no container to copy; start it once with docker compose up.`);
        const template = await this.docker.getContainer(newest.Id).inspect();
        let next = Math.max(0, ...containers.map(containerNumber));
        for (let i = from; i < replicas; i++) {
          next += 1;
          const name = `${this.project}-${service}-${next}`;
          const networks = Object.fromEntries(Object.keys(template.NetworkSettings.Networks ?? {}).map((network) => [network, { Aliases: [service] }]));
          const { PortBindings: _ports, ...hostConfig } = template.HostConfig;
          const created = await this.docker.createContainer({
            name,
            Image: template.Config.Image,
            Cmd: template.Config.Cmd,
            Entrypoint: template.Config.Entrypoint,
            Env: template.Config.Env,
            WorkingDir: template.Config.WorkingDir,
            Healthcheck: template.Config.Healthcheck,
            Labels: { ...template.Config.Labels, [NUMBER]: String(next), 'io.statex.scaled-by': 'statex-ops', 'io.statex.scale-reason': reason },
            HostConfig: hostConfig,
            NetworkingConfig: { EndpointsConfig: networks },
          });
          await created.start();
          actions.push(`started ${name}`);
        }
      } else if (replicas < from) {
        for (const container of running.slice(replicas).reverse()) {
          const handle = this.docker.getContainer(container.Id);
          await handle.stop({ t: 30 });
          await handle.remove();
          actions.push(`stopped and removed ${container.Names[0]?.replace(/^\//, '') ?? container.Id}`);
        }
      }
    } catch (error) {
      if (error instanceof OpsError) throw error;
      throw new OpsError('OPS_ACTUATOR_FAILED', `Docker refused scaling "${service}" to ${replicas}: ${(error as Error).message}`, { cause: error });
    }
    return { target: service, from, to: replicas, actions };
  }

  private replicas(service: string): Promise<Docker.ContainerInfo[]> {
    return composeServiceContainers(this.docker, this.project, service);
  }
}
