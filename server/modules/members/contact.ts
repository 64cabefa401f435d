import { maskIdNumber, maskPhone } from '../../../domain/mask';
import type { FieldCipher } from '../../lib/crypto';

/**
 * The stored form of a member's phone and ID number: SM4-encrypted, a masked copy for lists
 * and exports, and a keyed digest of the phone for login by phone.
 */
export function memberContactColumns(cipher: FieldCipher, phone: string | null, idNumber: string | null) {
  return {
    phoneEnc: phone ? cipher.encrypt(phone) : null,
    phoneMask: phone ? maskPhone(phone) : null,
    phoneDigest: phone ? cipher.digest(phone) : null,
    idNumberEnc: idNumber ? cipher.encrypt(idNumber) : null,
    idNumberMask: idNumber ? maskIdNumber(idNumber) : null,
  };
}
