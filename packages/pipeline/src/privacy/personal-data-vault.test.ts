import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dataKeys, openDatabase, type Database } from '@statex/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyedPseudonym, deriveKeys, loadMasterSecret, PersonalDataVault, seal, unseal } from './personal-data-vault.ts';

const SECRET = 'a-test-master-secret-of-forty-characters!';

describe('sealing', () => {
  const key = Buffer.alloc(32, 7);
  it('round-trips and leaves no plain text in the sealed value', () => {
    const sealed = seal(key, 'brief:r1', 'Zanzibar pottery studio brief');
    expect(sealed).toMatch(/^sx1:/);
    expect(sealed).not.toContain('Zanzibar');
    expect(unseal(key, 'brief:r1', sealed)).toBe('Zanzibar pottery studio brief');
  });
  it('refuses another key, another field or request (aad), and tampered bytes', () => {
    const sealed = seal(key, 'brief:r1', 'secret');
    expect(() => unseal(Buffer.alloc(32, 8), 'brief:r1', sealed)).toThrow();
    expect(() => unseal(key, 'brief:r2', sealed)).toThrow();
    const raw = Buffer.from(sealed.slice(4), 'base64url');
    raw[raw.length - 1]! ^= 1;
    expect(() => unseal(key, 'brief:r1', `sx1:${raw.toString('base64url')}`)).toThrow();
  });
  it('uses a fresh IV each time', () => {
    expect(seal(key, 'a', 'same')).not.toBe(seal(key, 'a', 'same'));
  });
});

describe('keyed pseudonyms (HMAC-SHA-256)', () => {
  const { pseudonymKey } = deriveKeys(SECRET);
  it('is stable for one secret, differs across secrets and kinds, and is not the plain SHA-256', () => {
    const a = keyedPseudonym(pseudonymKey, 'email', 'ann@example.com');
    expect(keyedPseudonym(pseudonymKey, 'email', 'ann@example.com')).toBe(a);
    expect(keyedPseudonym(deriveKeys(`${SECRET}x`).pseudonymKey, 'email', 'ann@example.com')).not.toBe(a);
    expect(keyedPseudonym(pseudonymKey, 'ip', 'ann@example.com')).not.toBe(a);
    const sha = createHash('sha256').update('ann@example.com').digest();
    expect(a).not.toContain(sha.toString('hex').slice(0, 16));
    expect(a).not.toContain(sha.toString('base64url').slice(0, 16));
  });
  it('derives independent wrap and pseudonym keys', () => {
    const keys = deriveKeys(SECRET);
    expect(keys.wrapKey.equals(keys.pseudonymKey)).toBe(false);
    expect(keys.wrapKey).toHaveLength(32);
  });
});

describe('master secret', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'statex-secret-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  it('uses the setting when given', async () => {
    expect(await loadMasterSecret(SECRET, dir)).toBe(SECRET);
  });
  it('is generated once into keys/master.key with mode 0600, then read back', async () => {
    const first = await loadMasterSecret(undefined, dir);
    const file = path.join(dir, 'keys', 'master.key');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(await loadMasterSecret(undefined, dir)).toBe(first);
    expect((await readFile(file, 'utf8')).trim()).toBe(first);
  });
  it('refuses a damaged key file rather than silently making a new one', async () => {
    const other = await mkdtemp(path.join(tmpdir(), 'statex-secret-'));
    await loadMasterSecret(undefined, other);
    await writeFile(path.join(other, 'keys', 'master.key'), 'short\n');
    await expect(loadMasterSecret(undefined, other)).rejects.toThrow(/no usable secret/);
    await rm(other, { recursive: true, force: true });
  });
});

describe('data keys on PGlite', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ dataDir: 'memory://' });
  });
  afterAll(() => database.close());

  it('stores keys only wrapped, opens sealed fields, and after shredding the field reads as null', async () => {
    const vault = new PersonalDataVault(SECRET);
    await vault.createKeys(database.db, 'req1');
    const sealed = await vault.seal(database.db, 'req1', 'request', 'brief', 'Ostrava climbing gym');
    const rows = await database.db.select().from(dataKeys);
    expect(rows.map((r) => r.id).sort()).toEqual(['inputs:req1', 'request:req1']);
    for (const row of rows) expect(row.wrapped).toMatch(/^sx1:/);
    // Another process (no cache) with the same secret opens it through the wrapped key.
    const other = new PersonalDataVault(SECRET);
    expect(await other.open(database.db, 'req1', 'request', 'brief', sealed)).toBe('Ostrava climbing gym');
    // A wrong master secret cannot unwrap the key.
    await expect(new PersonalDataVault(`${SECRET}-wrong`).open(database.db, 'req1', 'request', 'brief', sealed)).rejects.toThrow();
    await vault.shred(database.db, ['req1'], 'inputs');
    expect(await other.hasKey(database.db, 'req1', 'inputs')).toBe(false);
    expect(await other.open(database.db, 'req1', 'request', 'brief', sealed)).toBe('Ostrava climbing gym');
    await vault.shred(database.db, ['req1']);
    expect(await vault.open(database.db, 'req1', 'request', 'brief', sealed)).toBeNull();
    await expect(vault.seal(database.db, 'req1', 'request', 'brief', 'x')).rejects.toThrow(/no longer exists/);
  });

  it('folds compactions asked for while one runs into one more run', async () => {
    let runs = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const vault = new PersonalDataVault(SECRET, {
      compact: async () => {
        runs += 1;
        if (runs === 1) await gate;
      },
    });
    const first = vault.compact();
    void vault.compact();
    void vault.compact();
    release();
    await first;
    expect(runs).toBe(2);
  });
});
