import type { Gender } from '../../domain/members';
import { idCheckChar } from '../../domain/members';
import type { Rng } from './random';

/** Mobile prefixes of the three carriers; the remaining 8 digits are drawn at random. */
const PHONE_PREFIXES = ['139', '138', '137', '136', '135', '158', '159', '186', '187', '189', '133', '177'];

/**
 * Fictional but well-formed contact data. One issuer serves the whole seed so phone and ID
 * numbers never repeat across the committees it creates.
 */
export function createIdentityIssuer(rng: Rng) {
  const phones = new Set<string>();
  const idNumbers = new Set<string>();
  return {
    /** A distinct 11-digit mobile number. */
    phone(): string {
      for (;;) {
        const phone = rng.pick(PHONE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0');
        if (!phones.has(phone)) {
          phones.add(phone);
          return phone;
        }
      }
    },
    /**
     * A distinct 18-digit citizen ID number (GB 11643): region code, birth date, a sequence
     * whose last digit is odd for men and even for women, and the check character.
     */
    idNumber(regionCode: string, birthDate: string, gender: Gender): string {
      for (;;) {
        const parity = gender === '男' ? 1 : 0;
        const sequence = rng.int(0, 49) * 2 + parity + rng.int(0, 9) * 100;
        const first17 = `${regionCode}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
        const id = first17 + idCheckChar(first17);
        if (!idNumbers.has(id)) {
          idNumbers.add(id);
          return id;
        }
      }
    },
  };
}

export type IdentityIssuer = ReturnType<typeof createIdentityIssuer>;

/**
 * A date in the year `yearsBefore` before the reference year, on a day every month has:
 * birth dates from an age, departure dates from how long ago.
 */
export function dateYearsBefore(rng: Rng, referenceYear: number, yearsBefore: number): string {
  const month = String(rng.int(1, 12)).padStart(2, '0');
  const day = String(rng.int(1, 28)).padStart(2, '0');
  return `${referenceYear - yearsBefore}-${month}-${day}`;
}
