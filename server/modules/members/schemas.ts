import { z } from 'zod';
import {
  ETHNICITIES,
  GENDERS,
  idBirthDate,
  idNumberProblem,
  MEMBER_STATUSES,
  PARTIES,
  POSITIONS,
  phoneProblem,
} from '../../../domain/members';
import { isoDate, jsonId, optionalText, pageQuery, text, textId } from '../../http/validation';

/** Forms send '' for an empty optional field; treat it as "no value". */
const blankToNull = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), schema.nullish());

const refId = jsonId;
const filterId = textId.optional();

export const phoneInput = z
  .string()
  .trim()
  .refine((v) => !phoneProblem(v), '应为 11 位手机号码');

export const idNumberInput = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine((v, ctx) => {
    const problem = idNumberProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** For a member, `name` is the person's 姓名, not a catalogue's 名称. */
export const MEMBER_LABELS = { name: '姓名' };

/** The editable fields of a member; create adds the defaults, update takes any subset. */
const memberFields = {
  name: text(32),
  gender: z.enum(GENDERS),
  birthDate: blankToNull(isoDate),
  ethnicity: z.enum(ETHNICITIES),
  party: z.enum(PARTIES),
  sectorId: refId,
  position: z.enum(POSITIONS),
  specialCommitteeId: refId.nullish(),
  liaisonGroupId: refId.nullish(),
  termId: refId.nullish(),
  employer: optionalText(100),
  jobTitle: optionalText(100),
  phone: blankToNull(phoneInput),
  idNumber: blankToNull(idNumberInput),
  officialOrder: z.number().int().min(0).max(99_999),
};

/** The ID number encodes the birth date; a form that gives both must agree. */
function birthDateMatchesId(
  v: { birthDate?: string | null; idNumber?: string | null },
  ctx: z.RefinementCtx,
) {
  if (v.birthDate && v.idNumber && idBirthDate(v.idNumber) !== v.birthDate) {
    ctx.addIssue({ code: 'custom', path: ['birthDate'], message: '与身份证号中的出生日期不一致' });
  }
}

export const memberCreateBody = z
  .object({
    ...memberFields,
    ethnicity: memberFields.ethnicity.default('汉族'),
    party: memberFields.party.default('群众'),
    officialOrder: memberFields.officialOrder.default(0),
  })
  .superRefine(birthDateMatchesId);
export type MemberCreateInput = z.infer<typeof memberCreateBody>;

/** PUT changes only the fields it sends; `phone: null` clears the phone, absent keeps it. */
export const memberUpdateBody = z.object(memberFields).partial().superRefine(birthDateMatchesId);
export type MemberUpdateInput = z.infer<typeof memberUpdateBody>;

/** The list filters, shared by the paged list and its export. */
export const memberFilterQuery = z.object({
  q: z.string().trim().max(50, '不能超过 50 个字').optional(),
  sectorId: filterId,
  position: z.enum(POSITIONS).optional(),
  specialCommitteeId: filterId,
  liaisonGroupId: filterId,
  committeeId: filterId,
  termId: filterId,
  status: z.enum(MEMBER_STATUSES).optional(),
  sort: z.enum(['pinyin', 'official']).default('official'),
});
export type MemberFilters = z.infer<typeof memberFilterQuery>;
export const memberListQuery = memberFilterQuery.extend(pageQuery.shape);

export const leaveBody = z.object({ leftDate: isoDate, leftReason: text(200) });

export const activityGroupsBody = z.object({
  activityGroupIds: z.array(refId).max(100, '最多 100 个'),
});

export const linkFilterQuery = z.object({ linkerId: filterId, linkedId: filterId, committeeId: filterId });
export type LinkFilters = z.infer<typeof linkFilterQuery>;
export const linkListQuery = linkFilterQuery.extend(pageQuery.shape);

export const linkBody = z
  .object({ linkerId: refId, linkedId: refId })
  .refine((v) => v.linkerId !== v.linkedId, { path: ['linkedId'], message: '不能与联系人相同' });
