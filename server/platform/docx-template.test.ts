import { Packer } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../errors';
import { line, officeDocument } from './docx-kit';
import { checkTemplate, fillTemplate } from './docx-template';

const vocabulary = { values: ['received', 'registered'], loops: { keyProposals: ['title', 'leader'] } };

async function template(lines: string[]) {
  return Buffer.from(await Packer.toBuffer(officeDocument('t', [lines.map((l) => line(l))])));
}

async function text(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
}

function refusal(run: () => void): AppError {
  try {
    run();
  } catch (err) {
    return err as AppError;
  }
  throw new Error('not refused');
}

describe('docx templates', () => {
  it('fills figures and loops, keeping the text around them', async () => {
    const t = await template([
      '收到提案{received}件，立案{registered}件。',
      '{#keyProposals}',
      '{title}（{leader}领衔）',
      '{/keyProposals}',
      '办公室写的一段。',
    ]);
    checkTemplate(t, vocabulary);
    const out = await text(
      fillTemplate(t, {
        received: '178',
        registered: '176',
        keyProposals: [
          { title: '甲', leader: '张主席' },
          { title: '乙', leader: '李书记' },
        ],
      }),
    );
    expect(out).toContain('收到提案178件，立案176件。');
    expect(out).toContain('甲（张主席领衔）\n乙（李书记领衔）');
    expect(out).toContain('办公室写的一段。');
  });

  it('refuses an unknown placeholder, also inside a loop, naming it', async () => {
    const t1 = await template(['收到{received}件，{打错了}']);
    const e1 = refusal(() => checkTemplate(t1, vocabulary));
    expect(e1.status).toBe(400);
    expect(e1.message).toContain('{打错了}');
    const t2 = await template(['{#keyProposals}{title}{leeder}{/keyProposals}']);
    expect(refusal(() => checkTemplate(t2, vocabulary)).message).toContain('{leeder}');
  });

  it('refuses a malformed tag and a file that is not a .docx', async () => {
    const t = await template(['{#keyProposals}{title}']);
    const e = refusal(() => checkTemplate(t, vocabulary));
    expect(e.status).toBe(400);
    expect(e.message).toContain('循环 {#keyProposals} 缺少结束标记 {/keyProposals}');
    expect(refusal(() => checkTemplate(Buffer.from('not a zip'), vocabulary)).message).toContain('.docx');
  });
});
