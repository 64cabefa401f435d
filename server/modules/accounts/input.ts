import { z } from 'zod';
import { ROLE_LABELS, ROLES } from '../../../domain/roles';
import { jsonId, pageQuery, text } from '../../http/validation';

/** 'true' / 'false' in a query string; anything else is a 400 naming the filter. */
const flag = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

const optionalId = jsonId.nullish();

/** The role codes of the API, refused in the words of the form's choices. */
const role = z.enum(ROLES, {
  error: (issue) =>
    issue.input == null ? '不能为空' : `须为有效的角色（${ROLES.map((r) => ROLE_LABELS[r]).join('、')}）`,
});

/** An empty phone box means "no phone". */
const phone = z.preprocess(
  (v) => (v === '' ? null : v),
  z
    .string()
    .trim()
    .regex(/^1\d{10}$/, '须为 11 位手机号码')
    .nullish(),
);

export const accountFilters = z.object({
  q: z
    .string()
    .trim()
    .max(50, '不能超过 50 个字')
    .optional()
    .transform((v) => v || undefined),
  role: role.optional(),
  active: flag,
  locked: flag,
});

export const accountListQuery = pageQuery.extend(accountFilters.shape);

const links = {
  departmentId: optionalId,
  memberId: optionalId,
  handlingUnitId: optionalId,
  leaderId: optionalId,
  informantId: optionalId,
};

export const createAccountBody = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-zA-Z0-9_.]{4,32}$/, '须为 4–32 位字母、数字、下划线或点'),
  displayName: text(50),
  role,
  phone,
  ...links,
  canViewSensitive: z.boolean().default(false),
});

export const updateAccountBody = z.object({
  displayName: text(50).optional(),
  role: role.optional(),
  phone,
  ...links,
  canViewSensitive: z.boolean().optional(),
  active: z.boolean().optional(),
});

export const linkOptionsQuery = pageQuery.extend({
  role: z.enum(['staff', 'member', 'unit', 'leader', 'informant']),
  q: z
    .string()
    .trim()
    .max(50, '不能超过 50 个字')
    .optional()
    .transform((v) => v || undefined),
});
