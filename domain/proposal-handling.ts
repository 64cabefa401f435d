/**
 * Handling, reply and follow-up vocabulary of proposals (DOMAIN.md §2 steps 4–9), shared by the
 * server and the web: reminder thresholds, the reply file types, and the rule that strips contact
 * data from the public version of a reply.
 */

/**
 * The last reminder before a deadline, in working days. The first one is the committee's
 * `remindBeforeWorkingDays` setting; this one is the "three days left" call every office makes.
 */
export const FINAL_REMINDER_WORKING_DAYS = 3;

/** One reminder per assignment, deadline and threshold: early, final, and the overdue notice. */
export const REMINDER_THRESHOLDS = ['early', 'final', 'overdue'] as const;
export type ReminderThreshold = (typeof REMINDER_THRESHOLDS)[number];

/** The signed reply letter as the unit files it: PDF, Word, or OFD (the national e-document format). */
export const REPLY_FILE_EXTENSIONS = ['.pdf', '.doc', '.docx', '.ofd'] as const;

/** What replaces stripped contact data in the public version. */
export const REDACTED = '[已隐去]';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/** 18-digit resident ID (last character may be X) and the old 15-digit form. */
const ID_NUMBER = /(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;
/** Mobile numbers, with an optional +86 and spaces or hyphens as people write them. */
const MOBILE = /(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?!\d)/g;
/** Landlines written with an area code: (0571)87654321, 0571-87654321, 010-12345678-123. */
const LANDLINE = /(?<!\d)(?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3}-)\s?\d{7,8}(?:-\d{1,6})?(?!\d)/g;
/** A bare local number right after a label such as 电话 or 联系方式. */
const LABELLED_NUMBER = /((?:联系)?(?:电话|手机|座机|传真|方式|Tel|TEL|tel)\s*[:：]?\s*)\d{7,8}(?!\d)/g;

/** A phone number's digits without a country code: 0571-87654321 and (0571)87654321 are one number. */
const phoneDigits = (text: string) => text.replace(/\D/g, '').replace(/^86(?=1\d{10}$)/, '');

/**
 * The public version of a reply drops contact data (个人信息保护法; DOMAIN.md §2 step 5): e-mail
 * addresses, ID numbers, mobile and landline numbers become [已隐去]. Numbers in `keep` stay: the
 * replying unit's own office phone (its 联系电话 in the unit catalogue) is public on purpose, so
 * citizens can call the office. Staff may edit the result further before publishing; their edit
 * is stripped again.
 */
export function stripContactData(text: string, keep: readonly (string | null | undefined)[] = []): string {
  const kept = new Set(keep.filter((k): k is string => Boolean(k)).map(phoneDigits));
  const phone = (m: string) => (kept.has(phoneDigits(m)) ? m : REDACTED);
  return text
    .replace(EMAIL, REDACTED)
    .replace(ID_NUMBER, REDACTED)
    .replace(MOBILE, phone)
    .replace(LANDLINE, phone)
    .replace(LABELLED_NUMBER, (m, label: string) => `${label}${phone(m.slice(label.length))}`);
}

const DAY_MS = 86_400_000;

/** 退回 is open for the committee's number of calendar days from assignment. */
export const withinReturnWindow = (assignedAt: Date, days: number, now: Date) =>
  now.getTime() - assignedAt.getTime() <= days * DAY_MS;
