/**
 * Notification kinds a user chooses delivery for (immediately in the bell, or held for one daily
 * digest). A notification's `kind` is `<subject>.<action>` ('proposal.register'); it falls under
 * the entry naming it exactly, else under its subject ('proposal').
 */
export const NOTIFICATION_KINDS = [
  { key: 'proposal', label: '提案进展（审查、交办、答复、测评等）' },
  { key: 'proposal.deadlineReminder', label: '办理时限提醒' },
  { key: 'proposal.overdueNotice', label: '逾期提示' },
  { key: 'meeting', label: '会议活动通知' },
  { key: 'meeting.reminder', label: '会前提醒' },
  { key: 'leaveRequest', label: '请假申请与审批' },
  { key: 'deliberation', label: '网络议政议题开始征集' },
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]['key'];
export const NOTIFICATION_KIND_KEYS = NOTIFICATION_KINDS.map((k) => k.key) as [
  NotificationKind,
  ...NotificationKind[],
];

export const DELIVERY_MODES = ['immediate', 'daily'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];
export const DELIVERY_MODE_LABELS: Record<DeliveryMode, string> = {
  immediate: '即时提醒',
  daily: '每日摘要',
};

/** The kind of the daily digest itself (always delivered at once). */
export const DIGEST_KIND = 'digest.daily';

/** The hour (Beijing time) the daily digest goes out: the start of an office's day. */
export const DIGEST_HOUR = 8;

/** The preference entry a notification kind falls under, or null (always immediate). */
export function preferenceKindOf(kind: string): NotificationKind | null {
  const exact = NOTIFICATION_KINDS.find((k) => k.key === kind);
  if (exact) return exact.key;
  const subject = kind.split('.')[0];
  return NOTIFICATION_KINDS.find((k) => k.key === subject)?.key ?? null;
}

export const notificationKindLabel = (key: string) =>
  NOTIFICATION_KINDS.find((k) => k.key === key)?.label ?? '其他';
