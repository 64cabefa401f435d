import {
  DeleteOutlined,
  FileImageOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  PaperClipOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { Button, type ButtonProps, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import { useMessage } from '../feedback/message';

/**
 * Files on any record (a proposal's attachments, a report's, a 批示's scans, a visit's photos, a
 * claim's proof, a meeting's papers): the download link, the upload button and the delete button.
 * The server checks type, size and who may write again; each write answers with the record, which
 * the caller puts in its cache (`done`).
 */

const size = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** The icon of a file by its type: a signed PDF letter must not look like a Word document. */
function FileIcon({ name }: { name: string }) {
  const ext = name.toLowerCase().split('.').pop();
  if (ext === 'pdf') return <FilePdfOutlined data-testid="file-icon-pdf" />;
  if (ext === 'doc' || ext === 'docx') return <FileWordOutlined data-testid="file-icon-word" />;
  if (['png', 'jpg', 'jpeg'].includes(ext ?? '')) return <FileImageOutlined />;
  return <PaperClipOutlined />;
}

/** A file as a download link with its type's icon and its size. */
export function FileLink({ href, name, bytes }: { href: string; name: string; bytes?: number }) {
  return (
    <Space size={4}>
      <FileIcon name={name} />
      <a href={href} download>
        {name}
      </a>
      {bytes !== undefined && <Typography.Text type="secondary">（{size(bytes)}）</Typography.Text>}
    </Space>
  );
}

/**
 * An upload button: sends the chosen file as multipart `file` to `url` and hands the answer to
 * `done`; says so when it worked (`success`, else 已上传 and the file's name) and shows the server's
 * message when it did not.
 */
export function UploadButton<T>({
  url,
  done,
  label = '上传附件',
  success,
  buttonProps,
}: {
  url: string;
  done: (answer: T) => void;
  label?: string;
  success?: string;
  buttonProps?: ButtonProps;
}) {
  const message = useMessage();
  const [busy, setBusy] = useState(false);
  const upload = async (file: File) => {
    const form = new FormData();
    form.set('file', file);
    setBusy(true);
    try {
      done(await api.upload<T>(url, form));
      message.success(success ?? `已上传 ${file.name}`);
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Upload
      showUploadList={false}
      beforeUpload={(file) => {
        void upload(file);
        return false;
      }}
    >
      <Button icon={<UploadOutlined />} loading={busy} {...buttonProps}>
        {label}
      </Button>
    </Upload>
  );
}

/** A delete button for one file: DELETE `url`, the answer to `done`, the server's message if refused. */
export function DeleteFileButton<T>({
  url,
  name,
  done,
  label = `删除 ${name}`,
}: {
  url: string;
  name: string;
  done: (answer: T) => void;
  label?: string;
}) {
  const message = useMessage();
  const remove = async () => {
    try {
      done(await api.delete<T>(url));
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={label} onClick={remove} />
  );
}
