// The explorer page at /: search with typeahead, click-to-expand neighbourhoods, resistance paths
// and combination candidates for a drug and disease, an evidence panel for any edge, exports, and
// the view in the URL. Bundled by esbuild (scripts/build-web.mjs); it talks only to /graphql.
import { esc, gql } from './explorer-api.js';
import { showEdge, showNode, signIn } from './explorer-evidence.js';
import { exportMenu } from './explorer-export.js';
import { addElements, cy, drawLegend, fetchNeighbourhood, fillLevels } from './explorer-graph.js';
import { drawHome } from './explorer-home.js';
import { showResistance, view } from './explorer-resistance.js';
import { onPopState, pushState, readState } from './explorer-url.js';

const $ = (id) => document.getElementById(id);
const status = (text) => ($('status').textContent = text);
let state = {};

async function expand(id) {
  status('expanding…');
  const { nodes, edges, truncated } = await fetchNeighbourhood(id);
  addElements(nodes, edges);
  cy.getElementById(id).data('expanded', true);
  status(
    `${cy.nodes().length} nodes, ${cy.edges().length} edges${truncated ? ' (neighbourhood cut to the 40 strongest)' : ''}`,
  );
  fillLevels().catch((err) => status(err.message));
}

async function selectNode(id) {
  await showNode(id);
  if (!cy.getElementById(id).data('expanded')) await expand(id);
  cy.$(':selected').unselect();
  cy.getElementById(id).select();
}

/** Draws the view a state describes, from an empty canvas (on load, back and forward). */
async function apply(next) {
  state = next;
  cy.elements().remove();
  view.paths = view.combos = null;
  $('paths').innerHTML = '';
  $('combinations').innerHTML = '';
  $('drug').value = next.drug ?? '';
  $('disease').value = next.disease ?? '';
  $('alterations').value = next.alterations ?? '';
  $('hops').value = next.hops ?? '4';
  if (!next.drug && !next.node)
    $('details').innerHTML = '<p class="hint">Search for an entity, or pick a drug and a disease.</p>';
  if (next.drug) await showResistance(next, status);
  if (next.node) await selectNode(next.node);
  if (!next.drug && !next.node) status('ready');
}

/** Opens a new view and records it in the history. */
async function go(next) {
  pushState(next);
  await apply(next);
}

cy.on('add remove', () => ($('home').hidden = cy.elements().length > 0));
cy.on('tap', 'node', (evt) => {
  const id = evt.target.id();
  pushState({ ...state, node: id });
  state = { ...state, node: id };
  selectNode(id).catch((err) => status(err.message));
});
cy.on('tap', 'edge', (evt) => showEdge(evt.target.id()).catch((err) => status(err.message)));

// Search with typeahead (a combobox: arrows move, Enter opens, Escape closes).
let searchTimer;
let searchSeq = 0;
const input = $('search');
const list = $('suggestions');
const closeList = () => {
  list.hidden = true;
  input.setAttribute('aria-expanded', 'false');
  input.removeAttribute('aria-activedescendant');
};

async function suggest(text) {
  const seq = ++searchSeq;
  if (text.trim().length < 2) return closeList();
  const { search } = await gql(
    `query($q: String!) { search(query: $q, first: 8) { score matched matchType node { id name kind ... on Gene { symbol } } } }`,
    { q: text },
  );
  if (seq !== searchSeq) return;
  list.innerHTML = search
    .map(
      (
        h,
        i,
      ) => `<li role="option" id="hit-${i}" data-id="${esc(h.node.id)}" aria-selected="${i === 0}" class="${i === 0 ? 'active' : ''}">
        <span>${esc(h.node.symbol ?? h.node.name)} <span class="matched">${h.matched !== (h.node.symbol ?? h.node.name) ? `(${esc(h.matched)})` : ''}</span></span>
        <span class="kind">${esc(h.node.kind)}</span></li>`,
    )
    .join('');
  list.hidden = search.length === 0;
  input.setAttribute('aria-expanded', String(!list.hidden));
  if (search.length) input.setAttribute('aria-activedescendant', 'hit-0');
}

const choose = (id) => {
  closeList();
  return go({ node: id }).then(() => cy.animate({ center: { eles: cy.getElementById(id) }, duration: 200 }));
};

input.addEventListener('input', () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => suggest(input.value).catch((e) => status(e.message)), 150);
});
input.addEventListener('keydown', (e) => {
  const items = [...list.querySelectorAll('li')];
  const at = items.findIndex((li) => li.classList.contains('active'));
  if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && items.length) {
    e.preventDefault();
    items[at]?.classList.remove('active');
    items[at]?.setAttribute('aria-selected', 'false');
    const next = items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length];
    next.classList.add('active');
    next.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', next.id);
  } else if (e.key === 'Enter' && items.length && !list.hidden) {
    e.preventDefault();
    choose(items[Math.max(at, 0)].dataset.id).catch((err) => status(err.message));
  } else if (e.key === 'Escape') closeList();
});
list.addEventListener('click', (e) => {
  const li = e.target.closest('li');
  if (li) choose(li.dataset.id).catch((err) => status(err.message));
});

// Keyboard on the graph: arrows move between nodes, Enter opens one, E steps through its edges.
let kbNode = -1;
let kbEdge = -1;
$('cy').addEventListener('keydown', (e) => {
  const nodes = cy
    .nodes(':visible')
    .sort((a, b) => a.position('x') - b.position('x') || a.position('y') - b.position('y'));
  if (!nodes.length) return;
  const current = nodes[kbNode];
  if (['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'].includes(e.key)) {
    e.preventDefault();
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : -1;
    kbNode = (kbNode + step + nodes.length) % nodes.length;
    kbEdge = -1;
    cy.nodes().removeClass('keyboard');
    const n = nodes[kbNode].addClass('keyboard');
    cy.animate({ center: { eles: n }, duration: 100 });
    status(
      `${n.data('label')} (${n.data('kind').toLowerCase()}), ${n.connectedEdges().length} edges: Enter opens it, E its edges`,
    );
  } else if (e.key === 'Enter' && current) {
    e.preventDefault();
    current.emit('tap');
  } else if ((e.key === 'e' || e.key === 'E') && current) {
    const edges = current.connectedEdges();
    if (!edges.length) return;
    kbEdge = (kbEdge + 1) % edges.length;
    cy.$(':selected').unselect();
    const edge = edges[kbEdge].select();
    status(`edge ${kbEdge + 1} of ${edges.length}: ${edge.source().data('label')} → ${edge.target().data('label')}`);
    showEdge(edge.id()).catch((err) => status(err.message));
  } else if (e.key === 'Escape') {
    cy.elements().unselect().removeClass('keyboard');
    kbNode = -1;
  }
});

$('resistance-form').addEventListener('submit', (e) => {
  e.preventDefault();
  go({
    drug: $('drug').value.trim(),
    disease: $('disease').value.trim() || undefined,
    hops: $('hops').value === '4' ? undefined : $('hops').value,
    alterations: $('alterations').value.trim() || undefined,
  }).catch((err) => status(err.message));
});

drawLegend($('legend'));
exportMenu($('export'), () => ({
  cy,
  paths: view.paths,
  combos: view.combos,
  name:
    [state.drug, state.disease, state.node]
      .filter(Boolean)
      .join('-')
      .replace(/[^\w.-]+/g, '_') || 'resistkg',
}));
signIn();
drawHome($('home'), (next) => {
  if (next.search) {
    input.value = next.search;
    input.focus();
    return suggest(next.search);
  }
  if (next.statement) return showEdge(next.statement);
  return go(next);
}).catch((err) => status(err.message));
onPopState((next) => apply(next).catch((err) => status(err.message)));

window.explorer = {
  cy,
  gql,
  expand,
  showEdge,
  get state() {
    return state;
  },
  get liveUpdates() {
    return view.liveUpdates;
  },
};
apply(readState()).catch((err) => status(err.message));
