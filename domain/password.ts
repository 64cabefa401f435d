/**
 * 等保 password policy: at least 8 characters from at least three of the four classes, and not
 * containing the account's username (in any case). Returns the Chinese reason it fails, or null.
 */
export function passwordProblem(password: string, username?: string): string | null {
  if (password.length < 8) return '密码至少 8 位';
  if (password.length > 128) return '密码不能超过 128 位';
  if (username && password.toLowerCase().includes(username.toLowerCase())) return '密码不能包含用户名';
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) return '密码须包含大写字母、小写字母、数字、符号中的至少三类';
  return null;
}
