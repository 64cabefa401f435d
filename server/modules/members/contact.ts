import { maskIdNumber, maskPhone } from '../../../domain/mask';
import type { FieldCipher } from '../../lib/crypto';

/**
 * The stored form of a member's phone and ID number: SM4-encrypted, a masked copy for lists
 * and exports, and keyed digests for login by phone and for refusing duplicates.
 */
export function memberContactColumns(cipher: FieldCipher, phone: string | null, idNumber: string | null) {
  return { ...memberPhoneColumns(cipher, phone), ...memberIdNumberColumns(cipher, idNumber) };
}

/**
 * The keyed digests alone, to look for duplicates without encrypting. The ID number's digest
 * is namespaced so it never equals a phone's.
 */
export function memberContactDigests(cipher: FieldCipher, phone: string | null, idNumber: string | null) {
  return {
    phoneDigest: phone ? cipher.digest(phone) : null,
    idNumberDigest: idNumber ? cipher.digest(`id:${idNumber}`) : null,
  };
}

/** The phone's stored columns alone, for an update that changes only the phone. */
export function memberPhoneColumns(cipher: FieldCipher, phone: string | null) {
  return {
    phoneEnc: phone ? cipher.encrypt(phone) : null,
    phoneMask: phone ? maskPhone(phone) : null,
    phoneDigest: memberContactDigests(cipher, phone, null).phoneDigest,
  };
}

/** The ID number's stored columns alone, for an update that changes only the ID number. */
export function memberIdNumberColumns(cipher: FieldCipher, idNumber: string | null) {
  return {
    idNumberEnc: idNumber ? cipher.encrypt(idNumber) : null,
    idNumberMask: idNumber ? maskIdNumber(idNumber) : null,
    idNumberDigest: memberContactDigests(cipher, null, idNumber).idNumberDigest,
  };
}
