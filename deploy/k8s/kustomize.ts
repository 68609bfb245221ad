/**
 * The subset of kustomize these manifests use, for machines without a kustomize binary:
 * `resources` (files and directories with a kustomization), `namespace`, `labels` (metadata only),
 * `images` (newName, newTag) and `patches` by path (strategic merge: maps merged, lists of named
 * items merged by name, other lists replaced). `deploy/validate.ts` compares its output with
 * `kubectl kustomize` where that exists.
 *
 *   node deploy/k8s/kustomize.ts deploy/k8s/overlays/eu
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';

export type Manifest = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string; labels?: Record<string, string> } } & Record<string, unknown>;

interface Kustomization {
  namespace?: string;
  resources?: string[];
  labels?: { pairs: Record<string, string>; includeSelectors?: boolean; includeTemplates?: boolean }[];
  images?: { name: string; newName?: string; newTag?: string }[];
  patches?: { path: string }[];
}

const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'PersistentVolume', 'StorageClass', 'IngressClass', 'CustomResourceDefinition']);
const SUPPORTED = new Set(['apiVersion', 'kind', 'namespace', 'resources', 'labels', 'images', 'patches']);

export function readYamlDocuments(file: string): Manifest[] {
  const docs = parseAllDocuments(readFileSync(file, 'utf8'));
  return docs.map((doc) => {
    if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors.map((e) => e.message).join('; ')}`);
    return doc.toJS() as Manifest;
  }).filter((m) => m !== null);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Strategic merge, the part these manifests need. */
export function strategicMerge(target: unknown, patch: unknown): unknown {
  if (isPlainObject(target) && isPlainObject(patch)) {
    const out: Record<string, unknown> = { ...target };
    for (const [key, value] of Object.entries(patch)) out[key] = key in out ? strategicMerge(out[key], value) : value;
    return out;
  }
  if (Array.isArray(target) && Array.isArray(patch) && [...target, ...patch].every((item) => isPlainObject(item) && typeof item.name === 'string')) {
    const out = target.map((item) => {
      const match = patch.find((p) => (p as { name: string }).name === (item as { name: string }).name);
      return match ? strategicMerge(item, match) : item;
    });
    for (const p of patch) if (!target.some((t) => (t as { name: string }).name === (p as { name: string }).name)) out.push(p);
    return out;
  }
  return patch;
}

function setImages(value: unknown, images: NonNullable<Kustomization['images']>): unknown {
  if (Array.isArray(value)) return value.map((v) => setImages(v, images));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if ((key === 'containers' || key === 'initContainers') && Array.isArray(child)) {
      out[key] = child.map((c: Record<string, unknown>) => {
        const image = String(c.image ?? '');
        const [name, tag] = image.split(':') as [string, string | undefined];
        const rule = images.find((i) => i.name === name);
        if (!rule) return c;
        const newTag = rule.newTag ?? tag;
        return { ...c, image: `${rule.newName ?? name}${newTag ? `:${newTag}` : ''}` };
      });
    } else out[key] = setImages(child, images);
  }
  return out;
}

export function kustomize(dir: string): Manifest[] {
  const file = ['kustomization.yaml', 'kustomization.yml'].map((f) => path.join(dir, f)).find((f) => statSync(f, { throwIfNoEntry: false })?.isFile());
  if (!file) throw new Error(`${dir}: no kustomization.yaml`);
  const k = readYamlDocuments(file)[0] as unknown as Kustomization;
  const unknown = Object.keys(k).filter((key) => !SUPPORTED.has(key));
  if (unknown.length > 0) throw new Error(`${file}: this renderer does not support ${unknown.join(', ')}`);

  let manifests: Manifest[] = [];
  for (const resource of k.resources ?? []) {
    const target = path.join(dir, resource);
    manifests.push(...(statSync(target).isDirectory() ? kustomize(target) : readYamlDocuments(target)));
  }
  for (const { path: patchPath } of k.patches ?? []) {
    for (const patch of readYamlDocuments(path.join(dir, patchPath))) {
      const index = manifests.findIndex((m) => m.kind === patch.kind && m.metadata.name === patch.metadata.name);
      if (index < 0) throw new Error(`${path.join(dir, patchPath)}: patch for ${patch.kind}/${patch.metadata.name} matches no resource`);
      manifests[index] = strategicMerge(manifests[index], patch) as Manifest;
    }
  }
  if (k.namespace) {
    const namespace = k.namespace;
    manifests = manifests.map((m) =>
      m.kind === 'Namespace' ? { ...m, metadata: { ...m.metadata, name: namespace } } : CLUSTER_SCOPED.has(m.kind) ? m : { ...m, metadata: { ...m.metadata, namespace } },
    );
  }
  for (const { pairs, includeSelectors, includeTemplates } of k.labels ?? []) {
    if (includeSelectors || includeTemplates) throw new Error(`${file}: labels with includeSelectors/includeTemplates are not supported`);
    manifests = manifests.map((m) => ({ ...m, metadata: { ...m.metadata, labels: { ...m.metadata.labels, ...pairs } } }));
  }
  if (k.images) manifests = manifests.map((m) => setImages(m, k.images as NonNullable<Kustomization['images']>) as Manifest);
  return manifests;
}

if (import.meta.main) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node deploy/k8s/kustomize.ts <directory with kustomization.yaml>');
  process.stdout.write(kustomize(dir).map((m) => stringify(m)).join('---\n'));
}
