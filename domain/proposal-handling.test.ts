import { describe, expect, it } from 'vitest';
import { REDACTED, stripContactData } from './proposal-handling';

describe('stripContactData', () => {
  it('removes mobile numbers however they are written', () => {
    for (const phone of ['13812345678', '138-1234-5678', '138 1234 5678', '+86 13812345678']) {
      expect(stripContactData(`联系人王科长，手机${phone}。`)).toBe(`联系人王科长，手机${REDACTED}。`);
    }
  });

  it('removes landlines with an area code and bare numbers after a label', () => {
    expect(stripContactData('电话：0571-87654321')).toBe(`电话：${REDACTED}`);
    expect(stripContactData('（0571）87654321转分机')).toBe(`${REDACTED}转分机`);
    expect(stripContactData('联系电话 87654321。')).toBe(`联系电话 ${REDACTED}。`);
  });

  it('removes ID numbers and e-mail addresses', () => {
    expect(stripContactData('身份证号11010519491231002X')).toBe(`身份证号${REDACTED}`);
    expect(stripContactData('请发至 wang.ke@jyj.gov.cn 邮箱')).toBe(`请发至 ${REDACTED} 邮箱`);
  });

  it('keeps amounts, years, dates and document numbers', () => {
    const text = '2026年投入资金12000000元，新建学位1500个，见海教发〔2026〕15号，截至10月8日。';
    expect(stripContactData(text)).toBe(text);
  });

  it('keeps markup intact around what it strips', () => {
    expect(stripContactData('<p>经办人：李明，13912345678</p>')).toBe(`<p>经办人：李明，${REDACTED}</p>`);
  });

  it("keeps the replying unit's own office phone however it is written, and strips the rest", () => {
    const text = '<p>联系电话：(0571)87654321，经办人手机13912345678，座机87650000</p>';
    expect(stripContactData(text, ['0571-87654321', null])).toBe(
      `<p>联系电话：(0571)87654321，经办人手机${REDACTED}，座机${REDACTED}</p>`,
    );
    expect(stripContactData('联系电话 87654321。', ['87654321'])).toBe('联系电话 87654321。');
  });
});
