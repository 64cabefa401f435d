/**
 * Member (委员) enums, labels and validation shared by the server, the import and the web forms.
 * Pure: no Node or DOM imports, so the web validates exactly as the server does.
 */

export const GENDERS = ['男', '女'] as const;
export type Gender = (typeof GENDERS)[number];

/** Positions in the official roster order: the index is the rank used by the official sort. */
export const POSITIONS = ['主席', '副主席', '秘书长', '常委', '委员'] as const;
export type Position = (typeof POSITIONS)[number];

/**
 * Who of the roster may lead a key proposal (领衔督办) besides the 党政领导 catalogue: the committee's
 * own 主席/副主席 (many CPPCCs have their chairs lead key proposals themselves).
 */
export const SUPERVISING_POSITIONS = ['主席', '副主席'] as const;

/** Rank of a position in the official order (0 = 主席); unknown positions sort last. */
export function positionRank(position: string): number {
  const i = POSITIONS.indexOf(position as Position);
  return i < 0 ? POSITIONS.length : i;
}

/** Everyone above a plain 委员 sits on the standing committee (常委会). */
export function isStandingPosition(position: string): boolean {
  return position !== '委员';
}

export const MEMBER_STATUSES = ['active', 'left'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];
export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = { active: '在任', left: '退出' };

/** The 56 ethnic groups as printed on the ID card, 汉族 first. */
// biome-ignore format: ten a line reads like the official table
export const ETHNICITIES = [
  '汉族', '蒙古族', '回族', '藏族', '维吾尔族', '苗族', '彝族', '壮族', '布依族', '朝鲜族',
  '满族', '侗族', '瑶族', '白族', '土家族', '哈尼族', '哈萨克族', '傣族', '黎族', '傈僳族',
  '佤族', '畲族', '高山族', '拉祜族', '水族', '东乡族', '纳西族', '景颇族', '柯尔克孜族', '土族',
  '达斡尔族', '仫佬族', '羌族', '布朗族', '撒拉族', '毛南族', '仡佬族', '锡伯族', '阿昌族', '普米族',
  '塔吉克族', '怒族', '乌孜别克族', '俄罗斯族', '鄂温克族', '德昂族', '保安族', '裕固族', '京族', '塔塔尔族',
  '独龙族', '鄂伦春族', '赫哲族', '门巴族', '珞巴族', '基诺族',
] as const;

/** Political affiliation (政治面貌) as rosters print it. */
export const PARTIES = [
  '中共',
  '民革',
  '民盟',
  '民建',
  '民进',
  '农工党',
  '致公党',
  '九三学社',
  '台盟',
  '无党派人士',
  '群众',
] as const;

/** 11-digit mainland mobile number. */
export function phoneProblem(phone: string): string | null {
  return /^1[3-9]\d{9}$/.test(phone) ? null : '应为 11 位手机号码';
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = '10X98765432';

/** The GB 11643 check character of the first 17 digits of a citizen ID number. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK_CHARS[sum % 11];
}

/** True for a real calendar date written 'YYYY-MM-DD' (no 2月30日). */
export function isCalendarDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/** True for a real calendar date 'YYYY-MM-DD' between 1900-01-01 and today. */
export function isPlausibleBirthDate(iso: string): boolean {
  return isCalendarDate(iso) && iso >= '1900-01-01' && new Date(`${iso}T00:00:00Z`).getTime() <= Date.now();
}

/** The birth date encoded in an 18-digit ID number, as 'YYYY-MM-DD'. */
export function idBirthDate(idNumber: string): string {
  return `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
}

/**
 * 18-character citizen ID number (GB 11643): 17 digits, a valid birth date, and the check
 * character. Returns the Chinese reason it fails, or null. Expects upper-case 'X'.
 */
export function idNumberProblem(idNumber: string): string | null {
  if (!/^\d{17}[\dX]$/.test(idNumber)) return '应为 18 位身份证号码';
  if (!isPlausibleBirthDate(idBirthDate(idNumber))) return '出生日期部分无效';
  if (idCheckChar(idNumber.slice(0, 17)) !== idNumber[17]) return '校验位不正确';
  return null;
}

/**
 * 联系制度: 主席/副主席 follow 常委, 常委 follow 委员. Returns the Chinese reason a pair is
 * not allowed, or null.
 */
export function memberLinkProblem(linkerPosition: string, linkedPosition: string): string | null {
  const chairs = linkerPosition === '主席' || linkerPosition === '副主席';
  if (chairs && linkedPosition === '常委') return null;
  if (linkerPosition === '常委' && linkedPosition === '委员') return null;
  return `联系制度只允许主席、副主席联系常委，常委联系委员（当前为${linkerPosition}联系${linkedPosition}）`;
}
