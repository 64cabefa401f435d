import { describe, expect, it } from 'vitest';
import {
  idCheckChar,
  idNumberProblem,
  isPlausibleBirthDate,
  memberLinkProblem,
  phoneProblem,
  positionRank,
} from './members';
import { nameIndex } from './pinyin';

describe('ID number (GB 11643)', () => {
  it('computes the published example check character', () => {
    expect(idCheckChar('11010519491231002')).toBe('X');
    expect(idNumberProblem('11010519491231002X')).toBeNull();
  });

  it('names what is wrong', () => {
    expect(idNumberProblem('110105194912310021')).toBe('校验位不正确');
    expect(idNumberProblem('11010519491331002X')).toBe('出生日期部分无效');
    expect(idNumberProblem('1101051949123100')).toBe('应为 18 位身份证号码');
    expect(idNumberProblem('11010519491231002x')).toBe('应为 18 位身份证号码');
  });
});

describe('phone and dates', () => {
  it('accepts 11-digit mainland mobiles only', () => {
    expect(phoneProblem('13912345678')).toBeNull();
    expect(phoneProblem('12912345678')).toBe('应为 11 位手机号码');
    expect(phoneProblem('1391234567')).toBe('应为 11 位手机号码');
  });

  it('refuses impossible and future birth dates', () => {
    expect(isPlausibleBirthDate('2000-02-29')).toBe(true);
    expect(isPlausibleBirthDate('1999-02-29')).toBe(false);
    expect(isPlausibleBirthDate('1899-12-31')).toBe(false);
    expect(isPlausibleBirthDate('2999-01-01')).toBe(false);
  });
});

describe('positions and 联系制度', () => {
  it('ranks positions in the official order', () => {
    expect(
      ['委员', '主席', '常委', '秘书长', '副主席'].sort((a, b) => positionRank(a) - positionRank(b)),
    ).toEqual(['主席', '副主席', '秘书长', '常委', '委员']);
  });

  it('allows chairs → 常委 and 常委 → 委员 only', () => {
    expect(memberLinkProblem('主席', '常委')).toBeNull();
    expect(memberLinkProblem('副主席', '常委')).toBeNull();
    expect(memberLinkProblem('常委', '委员')).toBeNull();
    expect(memberLinkProblem('主席', '委员')).toContain('当前为主席联系委员');
    expect(memberLinkProblem('秘书长', '常委')).not.toBeNull();
  });
});

describe('name index', () => {
  it('gives spaced pinyin and initials, ü as v, separators dropped', () => {
    expect(nameIndex('张三')).toEqual({ namePinyin: 'zhang san', nameInitials: 'zs' });
    expect(nameIndex('吕梁')).toEqual({ namePinyin: 'lv liang', nameInitials: 'll' });
    expect(nameIndex('单雄信').namePinyin).toBe('shan xiong xin');
    expect(nameIndex('阿依·买买提').nameInitials).toBe('aymmt');
  });
});
