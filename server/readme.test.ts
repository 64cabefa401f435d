import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENV_VARIABLES } from './env';
import { DEMO_ACCOUNTS } from './seed/demo-accounts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The cells of the README table rows whose first cell is a `code` name. */
function tableRows(): string[][] {
  return readme
    .split('\n')
    .filter((l) => /^\|\s*`[^`]+`\s*\|/.test(l))
    .map((l) =>
      l
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
}

describe('README', () => {
  it('lists every environment variable server/env.ts reads, and no other', () => {
    const documented = tableRows()
      .map((r) => r[0].replace(/`/g, ''))
      .filter((name) => /^[A-Z0-9_]+$/.test(name));
    const read = ENV_VARIABLES.filter((v) => v !== 'TONGXIN_TEST_TEMPLATE'); // tests only
    expect([...documented].sort()).toEqual([...read].sort());
  });

  it('shows the demo accounts as server/seed/demo-accounts.ts defines them', () => {
    const committees = { district: '清河区政协', city: '海川市政协' };
    const expected = DEMO_ACCOUNTS.map((a) => {
      const [role, qualifier] = a.roleLabel.split(/[（）]/);
      return [
        `\`${a.username}\``,
        role,
        committees[a.committee],
        qualifier ? `${qualifier}：${a.shows}` : a.shows,
      ];
    });
    const documented = tableRows().filter((r) => DEMO_ACCOUNTS.some((a) => r[0] === `\`${a.username}\``));
    expect(documented).toEqual(expected);
  });
});
