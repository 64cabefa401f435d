import { hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id; the enum is ambient const and cannot be imported under isolatedModules.
const ARGON2ID = 2;

/** argon2id with OWASP's memory/time settings. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 });
}

export function verifyPassword(stored: string, password: string): Promise<boolean> {
  return verify(stored, password).catch(() => false);
}
