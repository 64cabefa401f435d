import { BoldOutlined, OrderedListOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Space, Typography, theme } from 'antd';
import { type ClipboardEvent, useEffect, useRef } from 'react';

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

/** Chromium writes <div> per line; the whitelist keeps <p>, so lines stay lines after saving. */
const normalise = (html: string) =>
  html
    .replace(/<div>/gi, '<p>')
    .replace(/<\/div>/gi, '</p>')
    .replace(/^(<br>|<p><br><\/p>)$/i, '');

/** The placeholder of an empty editor (in the theme's placeholder colour), and paragraph spacing. */
const editorCss = (placeholder: string) =>
  `.rich-text-editor:empty::before{content:attr(data-placeholder);color:${placeholder}}
.rich-text-editor p,.rich-text p{margin:0 0 4px}`;

type Command = 'bold' | 'insertOrderedList' | 'insertUnorderedList';

export interface RichTextEditorProps {
  value?: string;
  onChange?: (html: string) => void;
  placeholder?: string;
  /** The accessible name (the form label's text). */
  label: string;
  id?: string;
}

/**
 * A small editor for 情况/分析/建议: paragraphs, bold and lists, which is all the whitelist keeps.
 * Pasted content arrives as plain text, so nothing foreign enters the page before the server
 * sanitises it.
 */
export function RichTextEditor({ value = '', onChange, placeholder, label, id }: RichTextEditorProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { token } = theme.useToken();
  useEffect(() => {
    const el = ref.current;
    // Only an outside change (loading a draft) rewrites the DOM: typing must keep its caret.
    if (el && normalise(el.innerHTML) !== value) el.innerHTML = value;
  }, [value]);
  const emit = () => onChange?.(normalise(ref.current?.innerHTML ?? ''));
  const run = (command: Command) => {
    ref.current?.focus();
    document.execCommand('defaultParagraphSeparator', false, 'p');
    document.execCommand(command);
    emit();
  };
  const paste = (e: ClipboardEvent<HTMLDivElement>) => {
    e.preventDefault();
    document.execCommand('insertText', false, e.clipboardData.getData('text/plain'));
  };
  const tool = (command: Command, icon: React.ReactNode, title: string) => (
    <Button
      size="small"
      type="text"
      icon={icon}
      title={title}
      aria-label={title}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => run(command)}
    />
  );
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
        {tool('bold', <BoldOutlined />, '加粗')}
        {tool('insertOrderedList', <OrderedListOutlined />, '编号列表')}
        {tool('insertUnorderedList', <UnorderedListOutlined />, '项目列表')}
      </Space>
      {/* biome-ignore lint/a11y/useSemanticElements: a rich-text field has no native element */}
      <div
        ref={ref}
        id={id}
        role="textbox"
        tabIndex={0}
        aria-multiline="true"
        aria-label={label}
        contentEditable
        suppressContentEditableWarning
        data-placeholder={placeholder}
        className="rich-text-editor"
        onInput={emit}
        onBlur={emit}
        onPaste={paste}
        onFocus={() => document.execCommand('defaultParagraphSeparator', false, 'p')}
        style={{ minHeight: '7.5rem', padding: '0.375rem 0.6875rem', outline: 'none', lineHeight: 1.8 }}
      />
    </div>
  );
}
