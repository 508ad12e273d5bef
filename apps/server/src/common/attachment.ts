import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';

export type AttachmentType = 'application/pdf' | 'application/zip';

/**
 * A file of a student's record (a version, a notice or a report as a PDF, the family's archive) as a
 * download. It must not linger in shared caches or the browser's back button, whoever asked for it.
 */
export function recordAttachment(
  res: Response,
  file: { buffer: Buffer; filename: string },
  type: AttachmentType,
): StreamableFile {
  res.setHeader('Cache-Control', 'no-store');
  return new StreamableFile(file.buffer, {
    type,
    disposition: `attachment; filename="${file.filename}"`,
    length: file.buffer.length,
  });
}
