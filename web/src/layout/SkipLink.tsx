import type { MouseEvent } from 'react';

/** The id of the main region every page shell gives its <main>. */
export const MAIN_ID = 'main-content';

/**
 * 跳到主要内容: the first Tab stop of every page, shown only when focused, so a keyboard user
 * passes the header and menu in one step. Focus moves itself (no #hash enters the address).
 */
export function SkipLink() {
  const skip = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    document.getElementById(MAIN_ID)?.focus();
  };
  return (
    <a className="skip-link" href={`#${MAIN_ID}`} onClick={skip}>
      跳到主要内容
    </a>
  );
}
