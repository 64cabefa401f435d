import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { idBirthDate, idNumberProblem, phoneProblem } from '../../../../domain/members';
import type { MemberProfile } from './api';

/**
 * The member form's values, rules and request body, apart from its layout: the checks mirror
 * the server's (domain/members.ts) so most mistakes are caught before sending.
 */
export interface MemberFormValues {
  name: string;
  gender: string;
  birthDate: Dayjs | null;
  ethnicity: string;
  party: string;
  sectorId: number;
  position: string;
  specialCommitteeId?: number | null;
  liaisonGroupId?: number | null;
  termId?: number | null;
  employer?: string;
  jobTitle?: string;
  phone?: string;
  idNumber?: string;
  officialOrder: number;
}

/** The same checks the server runs, with the field named in the message. */
export const phoneRule: Rule = {
  validator: (_, v?: string) => {
    const problem = v ? phoneProblem(v.trim()) : null;
    return problem ? Promise.reject(new Error(`手机号${problem}`)) : Promise.resolve();
  },
};
export const idNumberRule: Rule = {
  validator: (_, v?: string) => {
    const problem = v ? idNumberProblem(v.trim().toUpperCase()) : null;
    return problem ? Promise.reject(new Error(`身份证号${problem}`)) : Promise.resolve();
  },
};
export const birthDateRule: Rule = ({ getFieldValue }) => ({
  validator: (_, v: Dayjs | null) => {
    const id = String(getFieldValue('idNumber') ?? '')
      .trim()
      .toUpperCase();
    if (!v || !id || idNumberProblem(id)) return Promise.resolve();
    return v.format('YYYY-MM-DD') === idBirthDate(id)
      ? Promise.resolve()
      : Promise.reject(new Error('出生日期与身份证号中的出生日期不一致'));
  },
});

export function initialValues(m?: MemberProfile): Partial<MemberFormValues> {
  if (!m) return { ethnicity: '汉族', party: '群众', position: '委员', officialOrder: 0 };
  return {
    ...{ name: m.name, gender: m.gender, ethnicity: m.ethnicity, party: m.party, sectorId: m.sectorId },
    ...{ position: m.position, specialCommitteeId: m.specialCommitteeId, liaisonGroupId: m.liaisonGroupId },
    ...{
      termId: m.termId,
      employer: m.employer ?? '',
      jobTitle: m.jobTitle ?? '',
      officialOrder: m.officialOrder,
    },
    birthDate: m.birthDate ? dayjs(m.birthDate) : null,
  };
}

/**
 * The request body. On edit a blank phone or ID number keeps the stored one (the form never
 * holds the whole numbers), so those keys are sent only when typed.
 */
export function toBody(v: MemberFormValues, editing: boolean) {
  const phone = v.phone?.trim();
  const idNumber = v.idNumber?.trim().toUpperCase();
  return {
    ...v,
    birthDate: v.birthDate ? v.birthDate.format('YYYY-MM-DD') : null,
    specialCommitteeId: v.specialCommitteeId ?? null,
    liaisonGroupId: v.liaisonGroupId ?? null,
    termId: v.termId ?? null,
    phone: phone || (editing ? undefined : null),
    idNumber: idNumber || (editing ? undefined : null),
  };
}

/** The 409s for a phone or ID number already used in the committee start with the field's label. */
const DUPLICATE_FIELDS: [string, keyof MemberFormValues][] = [
  ['手机号：', 'phone'],
  ['身份证号：', 'idNumber'],
];

/** Puts a duplicate-contact refusal under its field; false when the message is about something else. */
export function showDuplicate(form: FormInstance<MemberFormValues>, text: string): boolean {
  const hit = DUPLICATE_FIELDS.find(([prefix]) => text.startsWith(prefix));
  if (!hit) return false;
  form.setFields([{ name: hit[1], errors: [text] }]);
  form.scrollToField(hit[1]);
  return true;
}
