import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dataKeys, type Db, type Tx } from '@statex/db';
import { eq, inArray } from 'drizzle-orm';

/**
 * What a request's personal data is sealed with. `request`: brief, email, name, the change text,
 * documents and streamed document text — deleted at erasure and expiry. `inputs`: text read from
 * the customer's files and voice transcripts — deleted as well when standard privacy drops it.
 */
export type KeyScope = 'request' | 'inputs';
export const KEY_SCOPES: readonly KeyScope[] = ['request', 'inputs'];

const SEALED_PREFIX = 'sx1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
// A process may hold a data key this long after another process deleted it (erasure elsewhere).
const CACHE_TTL_MS = 60_000;
const CACHE_MAX = 2_000;

/** AES-256-GCM with `aad` bound in: a sealed value moved to another field or request does not open. */
export function seal(key: Buffer, aad: string, plaintext: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return SEALED_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** Opens a value made by `seal`; throws when the key, the aad or the bytes are wrong. */
export function unseal(key: Buffer, aad: string, sealed: string): string {
  if (!sealed.startsWith(SEALED_PREFIX)) throw new Error('not a sealed value');
  const raw = Buffer.from(sealed.slice(SEALED_PREFIX.length), 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}

export const isSealed = (value: string): boolean => value.startsWith(SEALED_PREFIX);

/** Two independent keys from the master secret: one wraps data keys, one keys the pseudonyms. */
export function deriveKeys(masterSecret: string): { wrapKey: Buffer; pseudonymKey: Buffer } {
  const ikm = Buffer.from(masterSecret, 'utf8');
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', ikm, Buffer.alloc(0), info, KEY_BYTES));
  return { wrapKey: derive('statex/data-key-wrap/v1'), pseudonymKey: derive('statex/pseudonym/v1') };
}

/**
 * Keyed HMAC-SHA-256 of a canonical value (an email's canonical mailbox, an IP's network key):
 * without the secret, a dictionary of addresses does not reverse it, unlike a plain hash.
 */
export function keyedPseudonym(pseudonymKey: Buffer, kind: string, canonical: string): string {
  return `${kind}:${createHmac('sha256', pseudonymKey).update(`${kind}\u0000${canonical}`).digest('base64url')}`;
}

/**
 * The master secret: STATEX_SECRET, or one generated once into `<dataDir>/keys/master.key`
 * (mode 0600) so an embedded installation needs no setting. Every process sharing a database must
 * share it — production requires the setting.
 */
export async function loadMasterSecret(configured: string | undefined, dataDir: string): Promise<string> {
  if (configured) return configured;
  const file = path.join(dataDir, 'keys', 'master.key');
  const existing = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (existing !== null) {
    const secret = existing.trim();
    if (secret.length < 32) throw new Error(`${file} holds no usable secret (under 32 characters); restore it or delete it with the data it protects`);
    return secret;
  }
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString('base64url');
  // `wx`: two processes starting at once — the second fails here and reads the first one's secret.
  try {
    await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadMasterSecret(undefined, dataDir);
    throw error;
  }
  await chmod(file, 0o600);
  return secret;
}

/**
 * Seals personal fields with per-request data keys and deletes those keys to make the data
 * unreadable everywhere at once (crypto-shredding). Data keys live in `data_keys`, wrapped by a
 * key derived from the master secret; the database never holds a personal field or a data key in
 * clear. Deleting a key row and compacting (`compact`) removes the wrapped key from the database's
 * files as well.
 */
export class PersonalDataVault {
  private readonly wrapKey: Buffer;
  private readonly pseudonymKey: Buffer;
  private readonly cache = new Map<string, { key: Buffer; until: number }>();
  private readonly compactTables: () => Promise<void>;
  private compacting: Promise<void> | null = null;
  private compactAgain = false;

  constructor(masterSecret: string, options: { compact?: () => Promise<void> } = {}) {
    const keys = deriveKeys(masterSecret);
    this.wrapKey = keys.wrapKey;
    this.pseudonymKey = keys.pseudonymKey;
    this.compactTables = options.compact ?? (async () => {});
  }

  /** HMAC pseudonym of a canonical value (see `keyedPseudonym`). */
  pseudonym(kind: string, canonical: string): string {
    return keyedPseudonym(this.pseudonymKey, kind, canonical);
  }

  /** Creates the request's data keys, in the caller's transaction (with the request row). */
  async createKeys(tx: Db | Tx, requestId: string): Promise<void> {
    const rows = KEY_SCOPES.map((scope) => {
      const id = keyId(scope, requestId);
      const key = randomBytes(KEY_BYTES);
      this.remember(id, key);
      return { id, requestId, wrapped: seal(this.wrapKey, `data-key:${id}`, key.toString('base64')) };
    });
    await tx.insert(dataKeys).values(rows).onConflictDoNothing();
  }

  /** Seals `plaintext` (null stays null) for one field of a request. Throws when the key is gone. */
  async seal(db: Db | Tx, requestId: string, scope: KeyScope, field: string, plaintext: string | null): Promise<string | null> {
    if (plaintext === null) return null;
    const key = await this.key(db, requestId, scope);
    if (!key) throw new Error(`the ${scope} data key of request ${requestId} no longer exists`);
    return seal(key, `${field}:${requestId}`, plaintext);
  }

  /**
   * Opens a sealed field; null when the value is null or its key was deleted (erased, expired,
   * dropped). A value stored before sealing existed is returned as it is.
   */
  async open(db: Db | Tx, requestId: string, scope: KeyScope, field: string, sealed: string | null): Promise<string | null> {
    if (sealed === null) return null;
    if (!isSealed(sealed)) return sealed;
    const key = await this.key(db, requestId, scope);
    return key ? unseal(key, `${field}:${requestId}`, sealed) : null;
  }

  async hasKey(db: Db | Tx, requestId: string, scope: KeyScope): Promise<boolean> {
    return (await this.key(db, requestId, scope)) !== null;
  }

  /** Deletes data keys (every scope of `requestIds`, or the given scope only). Compaction is separate. */
  async shred(db: Db | Tx, requestIds: string[], scope?: KeyScope): Promise<void> {
    if (requestIds.length === 0) return;
    const ids = requestIds.flatMap((r) => (scope ? [keyId(scope, r)] : KEY_SCOPES.map((s) => keyId(s, r))));
    for (const id of ids) this.cache.delete(id);
    if (scope) await db.delete(dataKeys).where(inArray(dataKeys.id, ids));
    else await db.delete(dataKeys).where(inArray(dataKeys.requestId, requestIds));
  }

  /**
   * Rewrites the tables that held shredded keys and erased rows so nothing of them stays in the
   * database's files. Calls made while one runs are folded into one more run.
   */
  compact(): Promise<void> {
    if (this.compacting) {
      this.compactAgain = true;
      return this.compacting;
    }
    this.compacting = (async () => {
      try {
        do {
          this.compactAgain = false;
          await this.compactTables();
        } while (this.compactAgain);
      } finally {
        this.compacting = null;
      }
    })();
    return this.compacting;
  }

  private async key(db: Db | Tx, requestId: string, scope: KeyScope): Promise<Buffer | null> {
    const id = keyId(scope, requestId);
    const cached = this.cache.get(id);
    if (cached && cached.until > Date.now()) return cached.key;
    const [row] = await db.select({ wrapped: dataKeys.wrapped }).from(dataKeys).where(eq(dataKeys.id, id)).limit(1);
    if (!row) {
      this.cache.delete(id);
      return null;
    }
    const key = Buffer.from(unseal(this.wrapKey, `data-key:${id}`, row.wrapped), 'base64');
    this.remember(id, key);
    return key;
  }

  private remember(id: string, key: Buffer): void {
    if (this.cache.size >= CACHE_MAX) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(id, { key, until: Date.now() + CACHE_TTL_MS });
  }
}

const keyId = (scope: KeyScope, requestId: string): string => `${scope}:${requestId}`;
