import { BoldOutlined, OrderedListOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Placeholder } from '@tiptap/extensions';
import { Slice } from '@tiptap/pm/model';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Button, Space, Typography, theme } from 'antd';
import { useEffect, useRef } from 'react';
import { wordListsToHtml } from './wordPaste';

/**
 * Stored rich text. The server sanitises every write against a whitelist of attribute-free tags
 * (server/lib/rich-text.ts), so what it returns is safe to render as markup.
 */
export function RichText({ html, empty = '（未填写）' }: { html: string | null; empty?: string }) {
  if (!html?.trim()) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <div
      className="rich-text"
      style={{ lineHeight: 1.8, overflowWrap: 'anywhere' }}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server's whitelist on write
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

/** The placeholder of an empty editor (in the theme's placeholder colour), and paragraph spacing. */
const editorCss = (placeholder: string) =>
  `.rich-text-editor p.is-editor-empty:first-child::before{content:attr(data-placeholder);color:${placeholder};float:left;height:0;pointer-events:none}
.rich-text-editor{outline:none;min-height:7.5rem;padding:0.375rem 0.6875rem;line-height:1.8}
.rich-text-editor p,.rich-text p{margin:0 0 4px}
.rich-text-editor ol,.rich-text-editor ul{padding-inline-start:1.5em;margin:0 0 4px}`;

/** Only what the server's whitelist keeps (server/lib/rich-text.ts): no code, links, rules or big headings. */
const EXTENSIONS = (placeholder?: string) => [
  StarterKit.configure({
    code: false,
    codeBlock: false,
    horizontalRule: false,
    link: false,
    heading: { levels: [3, 4] },
  }),
  Placeholder.configure({ placeholder: placeholder ?? '' }),
];

const LIST_NODES = new Set(['orderedList', 'bulletList']);

export interface RichTextEditorProps {
  value?: string;
  onChange?: (html: string) => void;
  placeholder?: string;
  /** The accessible name (the form label's text). */
  label: string;
  id?: string;
}

/**
 * The editor for 情况/分析/建议, replies and agendas: TipTap (ProseMirror) with paragraphs, bold,
 * italics and lists. Pasted HTML keeps its paragraphs and lists (Word's list paragraphs become
 * real lists, wordPaste.ts) and loses everything the editor's schema does not know; the server
 * sanitises whatever arrives all the same.
 */
export function RichTextEditor({ value = '', onChange, placeholder, label, id }: RichTextEditorProps) {
  const { token } = theme.useToken();
  // The editor is made once; the form may hand a new onChange on each render.
  const changed = useRef(onChange);
  changed.current = onChange;
  const editor = useEditor({
    extensions: EXTENSIONS(placeholder),
    content: value,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        class: 'rich-text-editor',
        ...(id ? { id } : {}),
      },
      transformPastedHTML: wordListsToHtml,
      // A pasted list would have its first item merged into the paragraph at the caret: keep it a list.
      transformPasted: (slice) =>
        LIST_NODES.has(slice.content.firstChild?.type.name ?? '')
          ? new Slice(slice.content, 0, slice.openEnd)
          : slice,
    },
    onUpdate: ({ editor: e }) => changed.current?.(e.isEmpty ? '' : e.getHTML()),
  });
  useEffect(() => {
    // Only an outside change (loading a draft, reading a Word file) replaces the content: typing keeps its caret.
    if (!editor || editor.isDestroyed) return;
    const current = editor.isEmpty ? '' : editor.getHTML();
    if (current !== value) editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive('bold') ?? false,
      orderedList: e?.isActive('orderedList') ?? false,
      bulletList: e?.isActive('bulletList') ?? false,
    }),
  });
  const tool = (
    name: keyof NonNullable<typeof active>,
    icon: React.ReactNode,
    title: string,
    run: () => void,
  ) => (
    <Button
      size="small"
      type={active?.[name] ? 'default' : 'text'}
      icon={icon}
      title={title}
      aria-label={title}
      aria-pressed={active?.[name] ?? false}
      onMouseDown={(e) => e.preventDefault()}
      onClick={run}
    />
  );
  const chain = () => editor?.chain().focus();
  return (
    // The frame draws the focus ring (GlobalStyles .rich-text-frame) around toolbar and text alike.
    <div
      className="rich-text-frame"
      style={{ border: `1px solid ${token.colorBorder}`, borderRadius: token.borderRadius }}
    >
      <style href="rich-text-editor" precedence="default">
        {editorCss(token.colorTextPlaceholder)}
      </style>
      <Space size={0} style={{ borderBottom: `1px solid ${token.colorSplit}`, padding: 2 }}>
        {tool('bold', <BoldOutlined />, '加粗', () => chain()?.toggleBold().run())}
        {tool('orderedList', <OrderedListOutlined />, '编号列表', () => chain()?.toggleOrderedList().run())}
        {tool('bulletList', <UnorderedListOutlined />, '项目列表', () => chain()?.toggleBulletList().run())}
      </Space>
      <EditorContent editor={editor} />
    </div>
  );
}
