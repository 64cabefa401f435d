import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sm3, sm4 } from 'sm-crypto-v2';

/** SM4-GCM for sensitive fields at rest, SM3 for digests and HMACs (GB/T 39786). */
export interface FieldCipher {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  /** Keyed digest for equality look-ups (login by phone) without decrypting. */
  digest(plain: string): string;
  /** SM3-HMAC, used to chain the audit log. */
  mac(data: string): string;
}

export function createFieldCipher(keyHex: string): FieldCipher {
  const key = keyHex.toLowerCase();
  return {
    encrypt(plain) {
      const iv = randomBytes(12).toString('hex');
      const { output, tag } = sm4.encrypt(plain, key, { mode: 'gcm', iv, outputTag: true });
      return `${iv}:${output}:${tag}`;
    },
    decrypt(stored) {
      const [iv, output, tag] = stored.split(':');
      return sm4.decrypt(output, key, { mode: 'gcm', iv, tag });
    },
    digest(plain) {
      return sm3(`digest:${plain}`, { key, mode: 'hmac' });
    },
    mac(data) {
      return sm3(data, { key, mode: 'hmac' });
    },
  };
}

/**
 * The SM4 key comes from the environment; without one, a key is generated into the data
 * directory on first start (mode 0600) and reused after.
 */
export function resolveFieldKey(envKey: string | undefined, dataDir: string): string {
  if (envKey) return envKey;
  const file = join(dataDir, 'sm4.key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const key = randomBytes(16).toString('hex');
  writeFileSync(file, key, { mode: 0o600 });
  return key;
}

/** SM3 of a session token: the table never holds a usable token. */
export function tokenDigest(token: string): string {
  return sm3(token);
}

export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}
