// The first screen, over the empty canvas: a worked example, search hints and the latest curation.
import { esc, gql } from './explorer-api.js';

const HINTS = ['CAV1', 'miR-7', 'EGFR T790M', 'BGB324', 'sorafenib'];

/** The last few committed curation changes (the events feed is oldest first: read to its end). */
async function recentCuration(n = 5) {
  let after = null;
  let last = [];
  for (let page = 0; page < 20; page++) {
    const { events } = await gql(
      `query($after: String) { events(after: $after, first: 100) { edges { node { at actor action statementIds } }
        pageInfo { endCursor hasNextPage } } }`,
      { after },
    );
    last = [...last, ...events.edges.map((e) => e.node)].slice(-n);
    if (!events.pageInfo.hasNextPage) break;
    after = events.pageInfo.endCursor;
  }
  return last.reverse();
}

/**
 * Fills the welcome panel; `go(state)` opens a view: { drug, disease } for the example, { search }
 * for a hint, { statement } for a curation change.
 */
export async function drawHome(el, go) {
  el.innerHTML = `<h2>Why does a drug stop working, and what could be combined with it?</h2>
    <p>Start with the worked example, or search for a gene, drug, miRNA or variant above.</p>
    <button type="button" id="example">Worked example: sorafenib resistance in hepatocellular carcinoma</button>
    <p class="meta">Shows the signed paths that end in resistance (green promotes, red counteracts) and
      the combination partners the graph proposes, each with its evidence.</p>
    <h3>Try a search</h3>
    <p>${HINTS.map((h) => `<button type="button" class="chip" data-search="${esc(h)}">${esc(h)}</button>`).join(' ')}</p>
    <h3>Recent curation</h3><ul id="recent" class="plain"><li class="meta">loading…</li></ul>`;
  el.querySelector('#example').addEventListener('click', () => go({ drug: 'sorafenib', disease: 'HCC' }));
  el.querySelectorAll('[data-search]').forEach((b) =>
    b.addEventListener('click', () => go({ search: b.dataset.search })),
  );
  const recent = await recentCuration().catch(() => []);
  el.querySelector('#recent').innerHTML = recent.length
    ? recent
        .map(
          (e) =>
            `<li><span class="meta">${esc(e.at.slice(0, 10))}</span> ${esc(e.actor)} · ${esc(e.action.toLowerCase().replace(/_/g, ' '))}${e.statementIds[0] ? ` · <button type="button" class="link" data-statement="${esc(e.statementIds[0])}">${esc(e.statementIds[0])}</button>` : ''}</li>`,
        )
        .join('')
    : '<li class="meta">No curation changes yet.</li>';
  el.querySelectorAll('[data-statement]').forEach((b) =>
    b.addEventListener('click', () => go({ statement: b.dataset.statement })),
  );
}
