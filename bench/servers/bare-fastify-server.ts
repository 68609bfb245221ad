import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import Fastify from 'fastify';

/**
 * The peer of the status benchmark: a bare Fastify 5 server with one route at the same path as
 * Statex's status route, answering the body Statex answered (read from --response) with the same
 * status and content type. Fastify serialises the object itself, as a minimal app would; no
 * database, no auth, no plugins. Prints {"port": N} once listening on 127.0.0.1.
 */
const { values } = parseArgs({ options: { response: { type: 'string' }, port: { type: 'string', default: '0' } } });
if (!values.response) throw new Error('--response <file> is required');
const recorded = JSON.parse(await readFile(values.response, 'utf8')) as { statusCode: number; contentType: string; body: string };
const payload = JSON.parse(recorded.body) as unknown;

const app = Fastify({ logger: false });
app.get('/api/requests/:id', async (_request, reply) => reply.code(recorded.statusCode).type(recorded.contentType).send(payload));

const close = () => {
  void app.close().finally(() => process.exit(0));
};
process.once('SIGTERM', close);
process.once('SIGINT', close);

await app.listen({ host: '127.0.0.1', port: Number(values.port) });
const address = app.server.address();
process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' && address ? address.port : null })}\n`);
