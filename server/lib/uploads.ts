import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** The largest attachment accepted (the multipart plugin enforces the same limit on the stream). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** The file types an attachment may be, with the bytes each must start with. */
const TYPES: Record<string, { mime: string; magic?: number[] }> = {
  '.pdf': { mime: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46] },
  '.png': { mime: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47] },
  '.jpg': { mime: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  '.jpeg': { mime: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  '.doc': { mime: 'application/msword', magic: OLE },
  '.wps': { mime: 'application/vnd.ms-works', magic: OLE },
  '.xls': { mime: 'application/vnd.ms-excel', magic: OLE },
  '.docx': { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: ZIP },
  '.xlsx': { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', magic: ZIP },
  '.pptx': { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', magic: ZIP },
  '.txt': { mime: 'text/plain; charset=utf-8' },
};

export const ALLOWED_UPLOAD_EXTENSIONS = Object.keys(TYPES);

/**
 * Checks an upload's name and first bytes against the allowed types and returns the MIME type to
 * serve it with, or the Chinese reason it is refused. The browser's claimed type is ignored.
 */
export function uploadTypeOf(fileName: string, bytes: Buffer): { mime: string } | { problem: string } {
  const type = TYPES[extname(fileName).toLowerCase()];
  if (!type) return { problem: `仅支持 ${ALLOWED_UPLOAD_EXTENSIONS.join(' ')} 格式` };
  if (bytes.length === 0) return { problem: '文件为空' };
  const matches = type.magic
    ? type.magic.every((b, i) => bytes[i] === b)
    : !bytes.subarray(0, 8192).includes(0);
  return matches ? { mime: type.mime } : { problem: '文件内容与扩展名不符' };
}

/** Where the files live: DATA_DIR/uploads/<committee>/<uuid>. */
export function uploadPath(dataDir: string, storageKey: string): string {
  return join(dataDir, 'uploads', storageKey);
}

/** Writes the bytes under a fresh random key and returns the key and their SHA-256. */
export async function saveUpload(dataDir: string, committeeId: number, bytes: Buffer) {
  const storageKey = `${committeeId}/${randomUUID()}`;
  await mkdir(join(dataDir, 'uploads', String(committeeId)), { recursive: true });
  await writeFile(uploadPath(dataDir, storageKey), bytes, { mode: 0o600 });
  return { storageKey, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Removes stored files whose rows are gone (or never committed); missing files are fine. */
export async function removeUploads(dataDir: string, storageKeys: string[]): Promise<void> {
  await Promise.all(storageKeys.map((k) => rm(uploadPath(dataDir, k), { force: true })));
}
