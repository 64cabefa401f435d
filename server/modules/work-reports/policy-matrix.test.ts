import { ok, runPolicyMatrix, type Side } from '../../test/policy-matrix';
import { defaultTemplate } from './default-template';
import { WORK_REPORT_ROWS } from './policy-rows';

/** A version of the side's template: the office uploads the shipped default once per side. */
const versions = new WeakMap<Side, Promise<number>>();
async function uploadedVersion(s: Side): Promise<number> {
  let v = versions.get(s);
  if (!v) {
    v = (async () => {
      const boundary = '----matrixdocx';
      const payload = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="模板.docx"\r\nContent-Type: application/octet-stream\r\n\r\n`,
        ),
        await defaultTemplate('annualSummary'),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const body = await ok(
        s.c.staff.request({
          method: 'POST',
          url: '/api/work-reports/templates/annualSummary',
          payload,
          headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        }),
        201,
      );
      return body.versionId as number;
    })();
    versions.set(s, v);
  }
  return v;
}

runPolicyMatrix(WORK_REPORT_ROWS, {
  kind: async () => ({ kind: 'annualSummary' }),
  version: async (s) => ({ kind: 'annualSummary', versionId: await uploadedVersion(s) }),
});
