import type { FieldCipher } from '../../lib/crypto';
import { shanghaiDate } from '../../lib/working-days';

/**
 * The codes of check-in. A sitting's QR code on the hall's screen carries a token that changes
 * every SLOT_SECONDS and is accepted for GRACE_SLOTS more, so a photo sent to a friend soon
 * expires. A member's own code (委员码) is good for one Beijing day. Both are SM3-HMACs under the
 * server's key, so nobody can make one without it.
 */
export const SLOT_SECONDS = 30;
const GRACE_SLOTS = 2;

const slotOf = (at: Date) => Math.floor(at.getTime() / 1000 / SLOT_SECONDS);
const macOf = (cipher: FieldCipher, text: string) => cipher.mac(text).slice(0, 20);

/** The token the screen shows now, and until when it is shown. */
export function sittingToken(cipher: FieldCipher, sittingId: number, at: Date) {
  const slot = slotOf(at);
  return {
    token: `${slot}.${macOf(cipher, `checkin:${sittingId}:${slot}`)}`,
    refreshAt: new Date((slot + 1) * SLOT_SECONDS * 1000),
  };
}

/** Whether a scanned token is the sitting's, made now or at most GRACE_SLOTS ago. */
export function sittingTokenValid(cipher: FieldCipher, sittingId: number, token: string, at: Date): boolean {
  const [slotText, mac] = token.split('.');
  const slot = Number(slotText);
  if (!Number.isSafeInteger(slot) || !mac) return false;
  const current = slotOf(at);
  if (slot > current || slot < current - GRACE_SLOTS) return false;
  return mac === macOf(cipher, `checkin:${sittingId}:${slot}`);
}

/** Six digits a person can read out or type, derived from the member's code of the day. */
const digitsOf = (mac: string) => String(Number.parseInt(mac.slice(0, 10), 16) % 1_000_000).padStart(6, '0');

/** A member's 委员码 for the day: `<memberId>-<6 digits>`, shown as a QR and as text. */
export function memberCode(cipher: FieldCipher, memberId: number, at: Date) {
  const day = shanghaiDate(at);
  return { code: `${memberId}-${digitsOf(macOf(cipher, `member:${memberId}:${day}`))}`, validOn: day };
}

/** The member a 委员码 of today stands for, or null for a wrong or stale code. */
export function memberOfCode(cipher: FieldCipher, code: string, at: Date): number | null {
  const match = /^(\d{1,10})-(\d{6})$/.exec(code.trim());
  if (!match) return null;
  const memberId = Number(match[1]);
  return memberCode(cipher, memberId, at).code === code.trim() ? memberId : null;
}
