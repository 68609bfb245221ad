import path from 'node:path';

/** Where files live under STATEX_DATA_DIR. Ids are validated before they reach here. */
export interface StoragePaths {
  root: string;
  incoming(): string;
  uploads(requestId: string): string;
  sites(requestId: string): string;
  site(requestId: string, version: number): string;
  outbox(): string;
}

export function storagePaths(dataDir: string): StoragePaths {
  return {
    root: dataDir,
    incoming: () => path.join(dataDir, 'uploads', '.incoming'),
    uploads: (requestId) => path.join(dataDir, 'uploads', requestId),
    sites: (requestId) => path.join(dataDir, 'sites', requestId),
    site: (requestId, version) => path.join(dataDir, 'sites', requestId, `v${version}`),
    outbox: () => path.join(dataDir, 'outbox'),
  };
}
