import type { FastifyInstance } from 'fastify';
import type { Runtime } from '@statex/pipeline';
import { webApp } from './web-app.ts';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `/`: the web app, or a plain landing page (what Statex is, how to send a brief) until the web app is built. */
export async function homeRoute(app: FastifyInstance, { runtime }: { runtime: Runtime }): Promise<void> {
  const url = escapeHtml(runtime.config.publicUrl);
  const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Statex — from a brief to a live prototype</title>
<style>body{font:16px/1.6 system-ui,sans-serif;max-width:46rem;margin:3rem auto;padding:0 1rem;color:#1b1f24}code,pre{background:#f3f4f6;border-radius:6px}pre{padding:1rem;overflow:auto}code{padding:.1rem .3rem}a{color:#0b57d0}</style>
</head><body>
<h1>Statex</h1>
<p>Send a brief — text, documents, a voice note — and get terms of reference, a realization plan and a live prototype site within minutes.</p>
<h2>Send a brief</h2>
<pre>curl -F 'brief=A website for my bakery with an online order form and opening hours' \\
     -F email=you@example.com -F files=@menu.pdf ${url}/api/requests</pre>
<p>or with the CLI: <code>npm run statex -- submit "…your brief…" --email you@example.com --file menu.pdf</code></p>
<p>The answer holds an <code>id</code> and a <code>token</code>. Follow progress with
<code>curl -N -H "Authorization: Bearer &lt;token&gt;" ${url}/api/requests/&lt;id&gt;/events</code>.</p>
<p>API reference: <a href="/docs">/docs</a> · <a href="/openapi.json">/openapi.json</a> · health: <a href="/health/ready">/health/ready</a></p>
</body></html>`;
  // The web app (apps/web) serves `/` and the locale pages; this page stands in until its first build is done.
  await app.register(webApp, { runtime, fallbackPage: page.replace('</h1>', '</h1>\n<p><em>The web app is being built (first start); reload in a minute.</em></p>') });
}
