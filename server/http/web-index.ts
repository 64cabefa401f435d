import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HOME_REQUESTS } from '../../domain/home-requests';

/**
 * The app's index.html for the home page of a signed-in user, with the home's two requests named as
 * preloads: the browser asks for them while it downloads the scripts, instead of after the scripts
 * have run and React has rendered (a second or more on a phone). No script is added: the strict CSP
 * holds. Read again when the build rewrote index.html.
 */
export function homeIndex(webDist: string): () => string {
  const file = join(webDist, 'index.html');
  const links = Object.values(HOME_REQUESTS)
    .map((url) => `<link rel="preload" href="${url}" as="fetch" crossorigin>`)
    .join('');
  let cached: { mtimeMs: number; html: string } | undefined;
  return () => {
    const { mtimeMs } = statSync(file);
    if (cached?.mtimeMs !== mtimeMs) {
      cached = { mtimeMs, html: readFileSync(file, 'utf8').replace('</head>', `${links}</head>`) };
    }
    return cached.html;
  };
}
