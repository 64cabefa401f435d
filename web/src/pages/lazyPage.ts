import { type ComponentType, lazy } from 'react';

/**
 * A page of the registry loaded on its first visit: each page is a chunk of its own, so a phone
 * downloads the pages it opens rather than the whole app (and ECharts only with a chart).
 * `lazyPage(() => import('./X'), 'X')` keeps the page's named export and its props.
 */
export function lazyPage<M, K extends keyof M>(load: () => Promise<M>, name: K): M[K] {
  return lazy(async () => ({ default: (await load())[name] as ComponentType<object> })) as M[K];
}
