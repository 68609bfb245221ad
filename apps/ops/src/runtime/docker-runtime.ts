import type Docker from 'dockerode';
import { DockerComposeActuator, composeServiceContainers, containerNumber } from '../actuators/docker-compose-actuator.ts';
import type { ScaleResult } from '../actuators/replica-actuator.ts';
import { OpsError } from '../ops-errors.ts';
import type { ReplicaStatus, RuntimeAdapter } from './runtime-adapter.ts';


/**
 * A compose project through the Docker Engine API: containers found by their compose labels.
 * Scaling is the forecasting work's DockerComposeActuator (copy the newest replica / remove the
 * highest-numbered ones); restarting is one container at a time, oldest number first, so the
 * others keep serving.
 */
export class DockerRuntime implements RuntimeAdapter {
  readonly runtime = 'docker' as const;
  private readonly docker: Docker;
  private readonly project: string;
  private readonly actuator: DockerComposeActuator;

  constructor(docker: Docker, project: string) {
    this.docker = docker;
    this.project = project;
    this.actuator = new DockerComposeActuator(docker, project);
  }

  async status(service: string): Promise<ReplicaStatus[]> {
    const containers = await this.containers(service);
    return containers.map((c) => ({
      service,
      name: c.Names[0]?.replace(/^\//, '') ?? c.Id,
      state: c.State,
      // "Up 3 minutes (healthy)": the Engine's health check verdict when the image has one.
      ready: c.State === 'running' && !/\((unhealthy|health: starting)\)/.test(c.Status ?? ''),
      restarts: null,
    }));
  }

  async restart(service: string, reason: string): Promise<string[]> {
    const containers = (await this.containers(service)).filter((c) => c.State === 'running').sort((a, b) => containerNumber(a) - containerNumber(b));
    const actions: string[] = [];
    try {
      for (const c of containers) {
        await this.docker.getContainer(c.Id).restart({ t: 20 });
        actions.push(`restarted ${c.Names[0]?.replace(/^\//, '') ?? c.Id} (${reason})`);
      }
    } catch (error) {
      throw new OpsError('OPS_ACTUATOR_FAILED', `Docker refused restarting "${service}": ${(error as Error).message}`, { cause: error });
    }
    return actions;
  }

  scale(service: string, replicas: number, reason: string): Promise<ScaleResult> {
    return this.actuator.scaleTo(service, replicas, reason);
  }

  private containers(service: string): Promise<Docker.ContainerInfo[]> {
    return composeServiceContainers(this.docker, this.project, service);
  }
}
