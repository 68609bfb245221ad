/** The upload limits, checked in the browser before anything is sent (the API checks them again). */
export interface FileLimits {
  maxFiles: number;
  maxBytes: number;
}

export type FileProblem = { kind: 'too-many'; maxFiles: number } | { kind: 'too-large'; totalMb: number; maxMb: number };

export const toMb = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/** The first rule the chosen files (plus a voice note's bytes) break, or null. */
export function checkFiles(files: readonly { size: number }[], limits: FileLimits, extraBytes = 0): FileProblem | null {
  if (files.length > limits.maxFiles) return { kind: 'too-many', maxFiles: limits.maxFiles };
  const total = files.reduce((sum, file) => sum + file.size, extraBytes);
  if (total > limits.maxBytes) return { kind: 'too-large', totalMb: toMb(total), maxMb: toMb(limits.maxBytes) };
  return null;
}

/** "340 KB" or "4.2 MB", for the file list. */
export const formatSize = (bytes: number): string => (bytes < 1024 * 1024 ? `${Math.max(1, Math.ceil(bytes / 1024))} KB` : `${toMb(bytes)} MB`);
