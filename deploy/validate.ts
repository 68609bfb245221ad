/**
 * `npm run validate:deploy` — checks everything in deploy/ offline, and exits non-zero with a
 * report naming each problem:
 *
 *   nginx        every rendered configuration (targets compose and host, each region) passes
 *                `nginx -t` on this machine's nginx, with a self-signed certificate made on the fly;
 *                the HTTP/3 rendering (nginx ≥ 1.25) is checked for its quic/Alt-Svc lines.
 *   compose      every compose file against the Compose Specification JSON schema
 *                (deploy/schemas/compose-spec.json); build targets exist in the Dockerfile; each
 *                region's PROTOTYPE_DOMAIN is the one nginx is rendered with.
 *   kubernetes   base and each overlay rendered, every manifest against the Kubernetes v1.30
 *                schemas (deploy/k8s/schemas); the renderer agrees with `kubectl kustomize` where present.
 *   scripts      the certbot renewal script parses (bash -n).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse, parseAllDocuments } from 'yaml';
import { kustomize, type Manifest } from './k8s/kustomize.ts';
import { findNginx, localOverrides, makeSelfSignedCertificate, renderLocally, testConfiguration } from './nginx/local-nginx.ts';
import { detectNginxVersion, featuresOf, renderNginx } from './render.ts';
import { regions, settingsFor, withOverrides, type Region, type Target } from './topology.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const DEPLOY = import.meta.dirname;
const problems: string[] = [];
let checks = 0;

function check(label: string, ok: boolean, detail = ''): void {
  checks++;
  if (ok) console.log(`  ok    ${label}`);
  else {
    console.log(`  FAIL  ${label}${detail ? `\n        ${detail.split('\n').join('\n        ')}` : ''}`);
    problems.push(label);
  }
}

function ajvErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).slice(0, 8).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params && 'additionalProperty' in e.params ? `: ${String(e.params.additionalProperty)}` : ''}`).join('\n');
}

function validateNginx(): void {
  console.log('\nnginx');
  const nginx = findNginx();
  if (!nginx) {
    check('nginx is installed (apt-get install nginx)', false);
    return;
  }
  const version = detectNginxVersion(nginx);
  const prefix = mkdtempSync(path.join(tmpdir(), 'statex-validate-'));
  try {
    const certificate = makeSelfSignedCertificate(path.join(prefix, 'tls'), ['statex.example', '*.proto.statex.example']);
    const variants: { target: Target; region?: Region }[] = [{ target: 'compose' }, { target: 'host' }, { target: 'compose', region: 'eu' }, { target: 'compose', region: 'uae' }];
    for (const variant of variants) {
      const name = variant.region ? `${variant.target}-${variant.region}` : variant.target;
      const settings = settingsFor(variant);
      // Compose service names do not resolve here: nginx -t resolves upstreams, so test them on loopback, same ports.
      const local = withOverrides(settings, {
        ...localOverrides(path.join(prefix, name), certificate),
        upstreams: Object.fromEntries(Object.entries(settings.upstreams).map(([pool, servers]) => [pool, servers.map((s) => s.replace(/^[^:]+:/, '127.0.0.1:'))])),
      });
      const dir = path.join(prefix, name, 'conf');
      for (const file of renderLocally(local, version, dir)) {
        const result = testConfiguration(nginx, path.join(dir, file.file));
        check(`nginx ${version} -t ${name}/${file.file}`, result.ok, result.output);
      }
    }
    // nginx ≥ 1.25 cannot be loaded here; check what its rendering must contain.
    const h3 = renderNginx(settingsFor({ target: 'compose' }), '1.27.5');
    for (const file of h3.filter((f) => f.role === 'tls' || f.role === 'consolidated')) {
      const quic = file.content.match(/listen \S+ quic reuseport;/g) ?? [];
      const ok = quic.length === 1 && file.content.includes('Alt-Svc') && file.content.includes('http2 on;') && !/listen \S+ ssl http2/.test(file.content);
      check(`nginx 1.27 rendering of ${file.file}: HTTP/3 (one quic reuseport listener, Alt-Svc), http2 on`, ok);
    }
    const legacy = renderNginx(settingsFor({ target: 'compose' }), version);
    if (!featuresOf(version).http3) check(`nginx ${version} rendering has no HTTP/3 directives`, legacy.every((f) => !f.content.includes('quic') && !f.content.includes('Alt-Svc')));
  } finally {
    rmSync(prefix, { recursive: true, force: true });
  }
}

function readYaml(file: string): Record<string, unknown> {
  const docs = parseAllDocuments(readFileSync(file, 'utf8'), { merge: true });
  if (docs.length !== 1 || !docs[0]) throw new Error(`${file}: expected one YAML document`);
  if (docs[0].errors.length > 0) throw new Error(`${file}: ${docs[0].errors.map((e) => e.message).join('; ')}`);
  return docs[0].toJS({ maxAliasCount: 1000 }) as Record<string, unknown>;
}

function dockerfileTargets(file: string): Set<string> {
  return new Set([...readFileSync(file, 'utf8').matchAll(/^FROM\s+\S+\s+AS\s+(\S+)/gim)].map((m) => (m[1] as string).toLowerCase()));
}

function validateCompose(): void {
  console.log('\ncompose (Compose Specification schema)');
  const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
  // Draft-07, declared by an https URL ajv does not know by that name: compile it as the draft-07 it is.
  const { $schema: _declared, ...composeSchema } = JSON.parse(readFileSync(path.join(DEPLOY, 'schemas', 'compose-spec.json'), 'utf8')) as Record<string, unknown>;
  const validate = ajv.compile(composeSchema);
  const dir = path.join(DEPLOY, 'compose');
  const repo = path.join(DEPLOY, '..');
  for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const file = path.join(dir, name);
    let doc: Record<string, unknown>;
    try {
      doc = readYaml(file);
    } catch (error) {
      check(`compose/${name} parses`, false, (error as Error).message);
      continue;
    }
    check(`compose/${name} matches the Compose Specification`, validate(doc) === true, ajvErrors(validate.errors));
    const services = (doc.services ?? {}) as Record<string, { build?: { dockerfile?: string; target?: string; context?: string }; environment?: Record<string, string> }>;
    for (const [service, spec] of Object.entries(services)) {
      const build = spec.build;
      if (build?.target && build.dockerfile) {
        const dockerfile = path.join(repo, build.dockerfile);
        check(`compose/${name}: ${service} builds target "${build.target}" of ${build.dockerfile}`, dockerfileTargets(dockerfile).has(build.target.toLowerCase()));
      }
    }
    const region = /^compose\.(eu|uae)\.ya?ml$/.exec(name)?.[1] as Region | undefined;
    if (region) {
      const expected = regions[region].domains.prototypes;
      const actual = services.api?.environment?.PROTOTYPE_DOMAIN;
      check(`compose/${name}: PROTOTYPE_DOMAIN is nginx's ${region} prototype domain (${expected})`, actual === expected, `found ${actual}`);
    }
  }
}

function k8sKey(m: Manifest): string {
  return `${m.kind}/${m.metadata.namespace ?? ''}/${m.metadata.name}`;
}

function validateKubernetes(): void {
  console.log('\nkubernetes (v1.30 schemas)');
  const schema = JSON.parse(readFileSync(path.join(DEPLOY, 'k8s', 'schemas', 'kubernetes-1.30.schema.json'), 'utf8')) as { properties: Record<string, unknown>; definitions: Record<string, unknown> };
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addSchema({ ...schema, $id: 'k8s' });
  const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;
  const dirs = ['base', ...readdirSync(path.join(DEPLOY, 'k8s', 'overlays')).map((o) => `overlays/${o}`)];
  for (const rel of dirs) {
    const dir = path.join(DEPLOY, 'k8s', rel);
    let manifests: Manifest[];
    try {
      manifests = kustomize(dir);
    } catch (error) {
      check(`k8s/${rel} renders`, false, (error as Error).message);
      continue;
    }
    const failures: string[] = [];
    for (const m of manifests) {
      const kind = `${m.apiVersion}/${m.kind}`;
      if (!(kind in schema.properties)) {
        failures.push(`${kind} ${m.metadata?.name}: no schema for this kind (add it to deploy/k8s/schemas/kinds.ts)`);
        continue;
      }
      const validate = ajv.getSchema(`k8s#/properties/${kind.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      if (!validate) throw new Error(`schema for ${kind} not found`);
      if (!validate(m)) failures.push(`${kind} ${m.metadata.name}:\n  ${ajvErrors(validate.errors).split('\n').join('\n  ')}`);
    }
    check(`k8s/${rel}: ${manifests.length} manifests (${[...new Set(manifests.map((m) => m.kind))].join(', ')}) match the schemas`, failures.length === 0, failures.join('\n'));
    const keys = manifests.map(k8sKey);
    check(`k8s/${rel}: no duplicate resources`, new Set(keys).size === keys.length);
    if (kubectl) {
      const real = spawnSync('kubectl', ['kustomize', dir], { encoding: 'utf8' });
      if (real.status !== 0) {
        check(`k8s/${rel}: kubectl kustomize renders it`, false, real.stderr);
        continue;
      }
      const theirs = new Map(real.stdout.split(/^---$/m).map((d) => parse(d) as Manifest).filter(Boolean).map((m) => [k8sKey(m), m]));
      const differ = manifests.filter((m) => !isDeepStrictEqual(theirs.get(k8sKey(m)), m)).map(k8sKey);
      check(`k8s/${rel}: deploy/k8s/kustomize.ts renders what kubectl kustomize renders`, differ.length === 0 && theirs.size === manifests.length, `differ: ${differ.join(', ')}`);
    }
  }
  if (!kubectl) console.log('  (kubectl not found: the renderer was not compared with kustomize)');
}

function validateScripts(): void {
  console.log('\nscripts');
  const dir = path.join(DEPLOY, 'certbot');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.sh'))) {
    const result = spawnSync('bash', ['-n', path.join(dir, name)], { encoding: 'utf8' });
    check(`certbot/${name} parses (bash -n)`, result.status === 0, result.stderr);
  }
}

console.log('validate:deploy');
for (const step of [validateNginx, validateCompose, validateKubernetes, validateScripts]) {
  try {
    step();
  } catch (error) {
    check(`${step.name} ran`, false, error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
}
console.log(`\n${checks - problems.length} of ${checks} checks passed${problems.length ? `; failed:\n  - ${problems.join('\n  - ')}` : ''}`);
process.exit(problems.length === 0 ? 0 : 1);
