/** The shape of every list response: one page plus the total for the pager. */
export interface Page<T> {
  items: T[];
  total: number;
  /** `total` is a lower bound: counting stopped there (the pager shows "超过 total − 1 条"). */
  totalCapped?: boolean;
  page: number;
  pageSize: number;
}

export function offsetOf(q: { page: number; pageSize: number }): number {
  return (q.page - 1) * q.pageSize;
}

/** The most rows an export writes: a whole committee's list, never unbounded. */
export const EXPORT_LIMIT = 50_000;
