/**
 * The layer rules, checked: dependency-cruiser with `.dependency-cruiser.cjs` (core pure, packages
 * never import apps, the API holds no SQL, apps keep to their own source), plus no cycle between
 * workspace packages — which dependency-cruiser, checking modules, cannot say (package A's file x
 * may import B while B's file y imports A, with no cycle of modules). Test code is left out of the
 * package graph: a test may use a package that depends on the one it tests.
 *
 * `node scripts/check-layers.ts [dir]` prints every violation and exits 1 when there is one.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TEST_CODE = /(\.test\.tsx?$|\/test-support\/|\/testing\/|test-database\.ts$|test-redis\.ts$)/;

export interface LayerViolation {
  rule: string;
  from: string;
  to: string;
}

interface CruiseResult {
  modules: { source: string; dependencies: { resolved: string; module: string }[] }[];
  summary: { violations: { rule: { name: string }; from: string; to: string }[] };
}

/** Cruises `dir` (its `apps` and `packages`) with the repository's rules; every violation, package cycles included. */
export async function checkLayers(dir: string = ROOT, config: string = path.join(ROOT, '.dependency-cruiser.cjs')): Promise<LayerViolation[]> {
  // Run with this process's node (the one the repository requires), whatever `node` is on the PATH.
  const bin = path.join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruiser.mjs');
  const { stdout } = await run(process.execPath, [bin, ...sourceDirectories(dir), '--config', config, '--output-type', 'json'], { cwd: dir, maxBuffer: 256 * 1024 * 1024 });
  const result = JSON.parse(stdout) as CruiseResult;
  const violations = result.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
  return [...violations, ...packageCycles(result)];
}

/** Each workspace's code directories (not scratch files beside them): src, bin, bench, scripts. */
function sourceDirectories(dir: string): string[] {
  const found: string[] = [];
  for (const group of ['apps', 'packages']) {
    if (!existsSync(path.join(dir, group))) continue;
    for (const workspace of readdirSync(path.join(dir, group), { withFileTypes: true })) {
      if (!workspace.isDirectory()) continue;
      for (const sub of ['src', 'bin', 'bench', 'scripts']) {
        const relative = `${group}/${workspace.name}/${sub}`;
        if (existsSync(path.join(dir, relative))) found.push(relative);
      }
    }
  }
  return found;
}

/** The workspace a path lies in (`packages/db`, `apps/api`), or null outside them. */
const workspaceOf = (file: string): string | null => /^((?:packages|apps)\/[^/]+)\//.exec(file)?.[1] ?? null;

/** Cycles in the graph of workspace packages (production code only), one violation per cycle. */
export function packageCycles(result: CruiseResult): LayerViolation[] {
  const edges = new Map<string, Map<string, string>>();
  for (const module of result.modules) {
    const from = workspaceOf(module.source);
    if (!from || TEST_CODE.test(module.source)) continue;
    for (const dependency of module.dependencies) {
      const to = workspaceOf(dependency.resolved);
      if (!to || to === from) continue;
      const out = edges.get(from) ?? new Map<string, string>();
      // One example import per package edge, to show where the cycle comes from.
      if (!out.has(to)) out.set(to, `${module.source} → ${dependency.resolved}`);
      edges.set(from, out);
    }
  }
  const cycles: LayerViolation[] = [];
  const seen = new Set<string>();
  for (const component of stronglyConnected(edges)) {
    if (component.length < 2) continue;
    const key = [...component].sort().join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    const inCycle = new Set(component);
    const examples = component.flatMap((p) => [...(edges.get(p) ?? new Map<string, string>())].filter(([to]) => inCycle.has(to)).map(([, example]) => example));
    cycles.push({ rule: 'no-package-cycle', from: component.join(' ⇄ '), to: examples.join('; ') });
  }
  return cycles;
}

/** Tarjan's strongly connected components. */
function stronglyConnected(edges: Map<string, Map<string, string>>): string[][] {
  const nodes = new Set<string>([...edges.keys(), ...[...edges.values()].flatMap((m) => [...m.keys()])]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let next = 0;
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of edges.get(node)?.keys() ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node)!, index.get(to)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      components.push(component);
    }
  };
  for (const node of [...nodes].sort()) if (!index.has(node)) visit(node);
  return components;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ? path.resolve(process.argv[2]) : ROOT;
  const started = Date.now();
  const violations = await checkLayers(dir);
  for (const v of violations) console.error(`  ${v.rule}: ${v.from} → ${v.to}`);
  console.log(violations.length === 0 ? `layers: no violations (${Math.round((Date.now() - started) / 1000)} s)` : `layers: ${violations.length} violation(s)`);
  process.exitCode = violations.length === 0 ? 0 : 1;
}
