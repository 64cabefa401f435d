import type { Document } from 'docx';
import type { FastifyReply } from 'fastify';

/** Sends a Word file as a download with a UTF-8 Chinese file name. */
export function sendWord(reply: FastifyReply, fileName: string, body: Buffer) {
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}.docx`)
    .send(body);
}

/**
 * Packs a document and sends it. The modules that build documents are loaded with the first
 * download (each route's `documents()`), not at start-up: the Word library takes a tenth of a
 * second to load, as exceljs does (server/lib/xlsx.ts).
 */
export async function sendDocx(reply: FastifyReply, fileName: string, doc: Document) {
  const { Packer } = await import('docx');
  return sendWord(reply, fileName, await Packer.toBuffer(doc));
}
