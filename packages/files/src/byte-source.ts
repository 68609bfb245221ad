import { open, type FileHandle } from 'node:fs/promises';

/** Random-access reads over a file on disk or bytes in memory, so detection never loads a whole upload. */
export type ByteSource = {
  readonly size: number;
  /** Up to `length` bytes from `offset`; fewer at the end of the data. */
  readAt(offset: number, length: number): Promise<Uint8Array>;
  close(): Promise<void>;
};

export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.byteLength,
    async readAt(offset, length) {
      return bytes.subarray(offset, Math.min(offset + length, bytes.byteLength));
    },
    async close() {},
  };
}

export async function fileSource(path: string): Promise<ByteSource> {
  const handle: FileHandle = await open(path, 'r');
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new Error(`${path} is not a regular file`);
    return {
      size: stats.size,
      async readAt(offset, length) {
        const wanted = Math.max(0, Math.min(length, stats.size - offset));
        const buffer = new Uint8Array(wanted);
        let filled = 0;
        while (filled < wanted) {
          const { bytesRead } = await handle.read(buffer, filled, wanted - filled, offset + filled);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
        return buffer.subarray(0, filled);
      },
      close: () => handle.close(),
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
