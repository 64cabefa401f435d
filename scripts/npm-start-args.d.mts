/** Node's arguments for the server as `npm start` gives them (see npm-start-args.mjs). */
export function npmStartArgs(): string[];
