import {
  AlignmentType,
  Document,
  type FileChild,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';

/**
 * The house style of the office's printed documents: A4 with the margins of the official
 * document standard (GB/T 9704: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), 仿宋 body text
 * at 四号 and 宋体 bold titles. Every .docx the platform produces is built from these pieces.
 */
const MM = 56.7; // twips per millimetre
const BODY_FONT = { ascii: 'FangSong', eastAsia: '仿宋', hAnsi: 'FangSong' };
const TITLE_FONT = { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' };

/** A Word document of one or more sections (each section starts on a new page). */
export function officeDocument(title: string, sections: FileChild[][]): Document {
  return new Document({
    title,
    creator: '同心 Tongxin',
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: 28 }, paragraph: { spacing: { line: 420 } } },
      },
    },
    sections: sections.map((children) => ({
      properties: {
        page: {
          margin: { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM },
        },
      },
      children,
    })),
  });
}

/** A centred bold title line (二号 by default), optionally starting a new page. */
export function titleLine(text: string, size = 44, pageBreakBefore = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 200 },
    pageBreakBefore,
    children: [new TextRun({ text, bold: true, size, font: TITLE_FONT })],
  });
}

/** A bold section heading such as 一、情况. */
export function heading(text: string): Paragraph {
  return new Paragraph({
    spacing: { before: 240, after: 120 },
    children: [new TextRun({ text, bold: true, font: TITLE_FONT })],
  });
}

/** Empty lines, to place a cover page's title. */
export function gap(lines: number): Paragraph[] {
  return Array.from({ length: lines }, () => new Paragraph({ children: [] }));
}

/** A plain paragraph, optionally right-aligned (signatures, dates, the number). */
export function line(text: string, align: 'left' | 'right' | 'center' = 'left'): Paragraph {
  const alignment = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER }[
    align
  ];
  return new Paragraph({ alignment, children: [new TextRun({ text })] });
}

/** A two-column form: labels on the left, values (one paragraph per line) on the right. */
export function formTable(rows: [string, string | string[]][]): Table {
  const cell = (lines: string[], width: number, bold = false) =>
    new TableCell({
      width: { size: width, type: WidthType.PERCENTAGE },
      verticalAlign: VerticalAlignTable.CENTER,
      children: lines.map(
        (text) =>
          new Paragraph({ children: [new TextRun({ text, bold, size: 24 })], spacing: { line: 360 } }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          children: [cell([label], 18, true), cell(Array.isArray(value) ? value : [value], 82)],
        }),
    ),
  });
}

/** A table with a bold header row (the compilation's contents). */
export function listTable(header: string[], widths: number[], rows: string[][]): Table {
  const row = (cells: string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: cells.map(
        (text, i) =>
          new TableCell({
            width: { size: widths[i], type: WidthType.PERCENTAGE },
            children: [new Paragraph({ children: [new TextRun({ text, bold, size: 24 })] })],
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(header, true), ...rows.map((r) => row(r, false))],
  });
}
