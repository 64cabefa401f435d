const RELOADED_AT = 'tongxin.reloadedForChunks';
/** A second failure this soon after reloading is not a stale tab: the page then says it failed. */
const RELOAD_GUARD_MS = 10_000;

/**
 * A deployment replaces the hashed chunks a tab opened before it still asks for. When Vite cannot
 * load one, the tab loads the new version once, instead of failing on the next page it opens.
 */
export function reloadOnStaleChunks() {
  window.addEventListener('vite:preloadError', (event) => {
    const last = Number(sessionStorage.getItem(RELOADED_AT) ?? 0);
    if (Date.now() - last < RELOAD_GUARD_MS) return;
    event.preventDefault();
    sessionStorage.setItem(RELOADED_AT, String(Date.now()));
    window.location.reload();
  });
}
