import type { Page } from '@playwright/test';

/** The login form as a person sees it: found by its labels and the button's text. */
export function loginForm(page: Page) {
  return {
    username: page.getByLabel('用户名'),
    password: page.getByLabel('密码', { exact: true }),
    // Ant Design spaces a two-character button label ("登 录").
    submit: page.getByRole('button', { name: /^登\s*录$/ }),
  };
}

/** Opens the login page and submits the form; the caller asserts what follows. */
export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  const form = loginForm(page);
  await form.username.fill(username);
  await form.password.fill(password);
  await form.submit.click();
}
