import { useQueryClient } from '@tanstack/react-query';

/** After a change in the archive every archive query, the to-dos and the bell are read again. */
export function useDutyRefresh() {
  const qc = useQueryClient();
  return () =>
    qc.invalidateQueries({
      predicate: (q) => {
        const k = q.queryKey[0];
        return (
          k === 'todos' ||
          k === 'notifications' ||
          (typeof k === 'string' && k.startsWith('/api/duty-archive'))
        );
      },
    });
}

/** Points as the archive prints them: +10, −30, 0. */
export const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
