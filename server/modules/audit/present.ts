import type { XlsxColumn } from '../../lib/xlsx';
import type { AuditRow } from './queries';
import { shanghaiTime } from './time';

/** The columns of 审计日志.xlsx, as the 等保 assessor reads them. */
export const auditExportColumns: XlsxColumn<AuditRow>[] = [
  { header: '时间', width: 20, value: (r) => shanghaiTime(r.at) },
  { header: '用户', width: 16, value: (r) => r.username ?? '（未登录）' },
  { header: 'IP', width: 16, value: (r) => r.ip },
  { header: '操作', width: 16, value: (r) => r.action },
  { header: '对象', width: 36, value: (r) => r.target },
  { header: '结果', width: 14, value: (r) => r.result },
];
