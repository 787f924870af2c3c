// The explorer's state in the URL's query string, so a view can be shared and the back button works:
// drug, disease, hops, alterations (comma-separated) and the selected node.

const KEYS = ['drug', 'disease', 'hops', 'alterations', 'node'];

/** The state the current URL holds ({} for the first screen). */
export function readState() {
  const q = new URLSearchParams(location.search);
  const state = {};
  for (const k of KEYS) if (q.get(k)) state[k] = q.get(k);
  return state;
}

const same = (a, b) => KEYS.every((k) => (a[k] ?? '') === (b[k] ?? ''));

/** Records a new view in the history (nothing when the URL already holds it). */
export function pushState(state) {
  if (same(state, readState())) return;
  const q = new URLSearchParams();
  for (const k of KEYS) if (state[k]) q.set(k, state[k]);
  const search = q.toString();
  history.pushState(state, '', search ? `?${search}` : location.pathname);
}

/** Runs `restore(state)` when the user goes back or forward. */
export function onPopState(restore) {
  addEventListener('popstate', () => restore(readState()));
}
