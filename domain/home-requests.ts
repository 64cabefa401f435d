/**
 * What the home page asks the server for first: the caller's to-dos and the figures of their role.
 * The server names them as preloads in the page it serves at / to a signed-in user
 * (server/http/web-index.ts) and the web app's queries fetch these addresses, so the two agree.
 */
export const HOME_REQUESTS = { todos: '/api/todos', summary: '/api/dashboard/summary' } as const;
