import { z } from 'zod';
import { WORK_REPORT_KINDS } from '../../../domain/work-reports';
import { dateTime, responseFor } from '../../http/response';
import type { TemplatesResult } from './routes';

const placeholder = z.object({ name: z.string(), label: z.string(), definition: z.string() });

/** GET /api/work-reports/templates: routes.ts `TemplatesResult`. */
export const templatesSchema = responseFor<TemplatesResult>()(
  z.object({
    documents: z.array(
      z.object({
        kind: z.enum(WORK_REPORT_KINDS),
        label: z.string(),
        period: z.enum(['year', 'term']),
        versions: z.array(
          z.object({ id: z.number(), fileName: z.string(), sizeBytes: z.number(), createdAt: dateTime }),
        ),
      }),
    ),
    placeholders: z.object({ values: z.array(placeholder), loops: z.array(placeholder) }),
    committee: z.object({ id: z.number(), name: z.string() }),
    abilities: z.object({ uploadTemplate: z.boolean() }),
  }),
);

export const uploadedSchema = z.object({ versionId: z.number() });
