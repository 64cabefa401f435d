import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

/** One kind of work the caller owes (server/platform/todos.ts), with the page where it is done. */
export interface Todo {
  key: string;
  label: string;
  count: number;
  link: string;
  urgent: boolean;
}

/** The caller's to-dos: the home page and the header bell read this one query, so they agree. */
export const todosQuery = queryOptions({
  queryKey: ['todos'],
  queryFn: async () => (await api.get<{ items: Todo[] }>('/api/todos')).items,
});

export function useTodos() {
  return useQuery({ ...todosQuery, refetchInterval: 60_000 });
}
