import type { Runtime } from '@statex/pipeline';
import type { FastifyInstance } from 'fastify';
import { adminRoutes } from './admin/index.ts';
import { authRoutes } from './auth/index.ts';
import { meRoutes } from './me/index.ts';

/** Sign-in, the customer's own data, and the operator's API (each its own encapsulated plugin). */
export async function accessRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }): Promise<void> {
  await app.register(authRoutes, { runtime });
  await app.register(meRoutes);
  await app.register(adminRoutes, { runtime });
}
