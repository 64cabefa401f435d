import { Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

/**
 * Stored rich text (sanitised to a whitelist of attribute-free tags, server/lib/rich-text.ts)
 * turned into Word paragraphs and tables: paragraphs keep the office's two-character first-line
 * indent, lists are numbered, emphasis survives. Because the input is already sanitised, a small
 * tokenizer suffices; anything unexpected degrades to plain text, never to lost words.
 */

interface Run {
  text: string;
  bold: boolean;
  italics: boolean;
  underline: boolean;
  strike: boolean;
  lineBreak?: boolean;
}

type Kind = 'body' | 'heading' | 'item' | 'quote';
type Block = Paragraph | Table;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the entities the sanitiser and editors write (named and numeric). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
    return Number.isFinite(code) ? String.fromCodePoint(code) : m;
  });
}

const MARKS: Record<string, keyof Omit<Run, 'text' | 'lineBreak'>> = {
  strong: 'bold',
  b: 'bold',
  em: 'italics',
  i: 'italics',
  u: 'underline',
  s: 'strike',
};
const BLOCKS: Record<string, Kind> = {
  p: 'body',
  h3: 'heading',
  h4: 'heading',
  li: 'item',
  blockquote: 'quote',
};

const toRuns = (runs: Run[], bold = false) =>
  runs.map((r) =>
    r.lineBreak
      ? new TextRun({ break: 1 })
      : new TextRun({
          text: r.text,
          bold: r.bold || bold,
          italics: r.italics,
          underline: r.underline ? {} : undefined,
          strike: r.strike,
        }),
  );

/** Walks the tokens once, keeping the open marks, lists and the table being built. */
class Builder {
  readonly out: Block[] = [];
  private runs: Run[] = [];
  private kind: Kind = 'body';
  private prefix = '';
  private readonly marks = { bold: 0, italics: 0, underline: 0, strike: 0 };
  private readonly lists: { ordered: boolean; n: number }[] = [];
  private table: TableRow[] | null = null;
  private row: TableCell[] | null = null;
  private cellHeader = false;

  text(raw: string): void {
    const text = decodeEntities(raw.replace(/\s*\n\s*/g, ''));
    if (!text.trim() && this.runs.length === 0) return;
    const on = (k: keyof typeof this.marks) => this.marks[k] > 0;
    this.runs.push({
      text,
      bold: on('bold'),
      italics: on('italics'),
      underline: on('underline'),
      strike: on('strike'),
    });
  }

  open(tag: string): void {
    const mark = MARKS[tag];
    if (mark) this.marks[mark]++;
    else if (tag === 'br')
      this.runs.push({
        text: '',
        bold: false,
        italics: false,
        underline: false,
        strike: false,
        lineBreak: true,
      });
    else if (tag === 'ol' || tag === 'ul') this.lists.push({ ordered: tag === 'ol', n: 0 });
    else if (tag === 'table') this.table = [];
    else if (tag === 'tr') this.row = [];
    else if (tag === 'td' || tag === 'th') this.startCell(tag === 'th');
    else if (BLOCKS[tag]) this.startBlock(BLOCKS[tag]);
  }

  close(tag: string): void {
    const mark = MARKS[tag];
    if (mark) this.marks[mark] = Math.max(0, this.marks[mark] - 1);
    else if (tag === 'ol' || tag === 'ul') this.lists.pop();
    else if (tag === 'td' || tag === 'th') this.endCell();
    else if (tag === 'tr') this.endRow();
    else if (tag === 'table') this.endTable();
    else if (BLOCKS[tag]) this.flush();
  }

  private startBlock(kind: Kind): void {
    this.flush();
    this.kind = kind;
    const list = this.lists.at(-1);
    if (kind === 'item' && list) {
      list.n++;
      this.prefix = list.ordered ? `${list.n}. ` : '• ';
    }
  }

  /** Ends the paragraph being written (text outside any block forms its own paragraph). */
  flush(): void {
    if (this.row) return;
    const runs = this.runs.filter((r) => r.lineBreak || r.text);
    if (runs.length && runs.some((r) => r.text.trim())) {
      const prefix = this.prefix ? [new TextRun({ text: this.prefix })] : [];
      this.out.push(
        new Paragraph({
          children: [...prefix, ...toRuns(runs, this.kind === 'heading')],
          indent:
            this.kind === 'body'
              ? { firstLineChars: 200 }
              : this.kind === 'quote'
                ? { left: 560 }
                : undefined,
        }),
      );
    }
    this.runs = [];
    this.kind = 'body';
    this.prefix = '';
  }

  private startCell(header: boolean): void {
    this.runs = [];
    this.cellHeader = header;
  }

  private endCell(): void {
    const children = [new Paragraph({ children: toRuns(this.runs, this.cellHeader) })];
    this.row?.push(new TableCell({ children }));
    this.runs = [];
  }

  private endRow(): void {
    if (this.row?.length) this.table?.push(new TableRow({ children: this.row }));
    this.row = null;
  }

  private endTable(): void {
    if (this.table?.length) {
      this.out.push(new Table({ rows: this.table, width: { size: 100, type: WidthType.PERCENTAGE } }));
    }
    this.table = null;
  }
}

/** Word blocks for one rich-text field; an empty field gives no blocks. */
export function htmlToBlocks(html: string): Block[] {
  const b = new Builder();
  for (const m of html.matchAll(/<(\/?)([a-z][a-z0-9]*)\s*\/?>|([^<]+)|</gi)) {
    if (m[2]) {
      const tag = m[2].toLowerCase();
      if (m[1]) b.close(tag);
      else b.open(tag);
    } else {
      b.text(m[3] ?? m[0]);
    }
  }
  b.flush();
  return b.out;
}
