import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password';

describe('passwordProblem', () => {
  it('takes 8+ characters of three classes', () => {
    expect(passwordProblem('Abcdef12')).toBeNull();
    expect(passwordProblem('Abc12')).toBe('密码至少 8 位');
    expect(passwordProblem('abcdefgh1')).toBe('密码须包含大写字母、小写字母、数字、符号中的至少三类');
  });

  it('refuses a password containing the username, in any case', () => {
    expect(passwordProblem('Zhangsan#2026', 'zhangsan')).toBe('密码不能包含用户名');
    expect(passwordProblem('x#ZHANGSAN9', 'zhangsan')).toBe('密码不能包含用户名');
    expect(passwordProblem('Lisi#2026ab', 'zhangsan')).toBeNull();
  });
});
