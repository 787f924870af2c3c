// The explorer page at /: search with typeahead, click-to-expand neighbourhoods, resistance paths
// and combination candidates for a drug and disease, and an evidence panel for any edge.
// Bundled at build time by esbuild (scripts/build-web.mjs); it talks only to /graphql.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { watchView } from './live.js';

cytoscape.use(fcose);

const $ = (id) => document.getElementById(id);
const esc = (s) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );
/** By sign −1, 0 (direction unknown), +1: an edge's colour, and a label picked from [neg, unknown, pos]. */
const signColour = (sign) => (sign < 0 ? '#c0392b' : sign > 0 ? '#2e8b57' : '#8a94a0');
const signLabel = (sign, [neg, unknown, pos]) =>
  sign < 0
    ? `<span class="sign-neg">${neg}</span>`
    : sign > 0
      ? `<span class="sign-pos">${pos}</span>`
      : `<span class="sign-unknown">${unknown}</span>`;

async function gql(query, variables = {}) {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

const KIND_COLOR = {
  GENE: '#4a90d9',
  GENE_FAMILY: '#6fa8dc',
  DRUG: '#e67e22',
  DRUG_CLASS: '#c0392b',
  MIRNA: '#8e44ad',
  PATHWAY: '#95a5a6',
  PROCESS: '#7f8c8d',
  DISEASE: '#c0392b',
  COMBINATION: '#d35400',
  CELL_LINE: '#16a085',
  VARIANT: '#e84393',
};
const KIND_SHAPE = {
  DRUG: 'round-rectangle',
  DRUG_CLASS: 'round-rectangle',
  MIRNA: 'diamond',
  PROCESS: 'hexagon',
  PATHWAY: 'hexagon',
  DISEASE: 'octagon',
  COMBINATION: 'round-rectangle',
  VARIANT: 'triangle',
};

const cy = cytoscape({
  container: $('cy'),
  wheelSensitivity: 0.3,
  minZoom: 0.2,
  maxZoom: 3,
  style: [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 11,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': 110,
        'background-color': (n) => KIND_COLOR[n.data('kind')] ?? '#999',
        shape: (n) => KIND_SHAPE[n.data('kind')] ?? 'ellipse',
        width: 22,
        height: 22,
        'text-background-color': '#fff',
        'text-background-opacity': 0.75,
        'text-background-padding': 1,
      },
    },
    { selector: 'node[?expanded]', style: { 'border-width': 2, 'border-color': '#17324d' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f1c40f' } },
    {
      selector: 'edge',
      style: {
        width: (e) => 1 + 4 * (e.data('belief') ?? 0),
        'curve-style': 'bezier',
        opacity: 0.8,
        'line-color': (e) => signColour(e.data('sign')),
        'target-arrow-color': (e) => signColour(e.data('sign')),
        'target-arrow-shape': (e) => (e.data('sign') < 0 ? 'tee' : e.data('sign') > 0 ? 'triangle' : 'circle'),
        label: 'data(short)',
        'font-size': 8,
        color: '#5b6b7c',
        'text-rotation': 'autorotate',
      },
    },
    {
      selector: 'edge.path',
      style: { 'line-color': '#f1c40f', 'target-arrow-color': '#f1c40f', width: 6, opacity: 1, 'z-index': 10 },
    },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#f1c40f' } },
    { selector: '.faded', style: { opacity: 0.18 } },
  ],
});

const SHORT = {
  TARGETS: 'targets',
  REGULATES: 'regulates',
  PARTICIPATES_IN: 'in',
  CONFERS_RESISTANCE_TO: 'resistance',
  SENSITIZES_TO: 'sensitizes',
  BIOMARKER_OF: 'biomarker',
  ASSOCIATED_WITH: 'assoc.',
  MEMBER_OF: 'member',
  OVERCOMES_RESISTANCE_TO: 'overcomes',
  SYNERGIZES_WITH: 'synergy',
};

function status(text) {
  $('status').textContent = text;
}

function addElements(nodes, edges) {
  const added = [];
  for (const n of nodes) {
    if (!cy.getElementById(n.id).length)
      added.push({ group: 'nodes', data: { id: n.id, label: n.label, kind: n.kind, name: n.name } });
  }
  for (const e of edges) {
    if (!cy.getElementById(e.id).length) {
      added.push({ group: 'edges', data: { ...e, short: SHORT[e.predicate] ?? e.predicate } });
    }
  }
  if (added.length) {
    cy.add(added);
    cy.layout({
      name: 'fcose',
      animate: false,
      randomize: false,
      nodeRepulsion: 9000,
      idealEdgeLength: 90,
      packComponents: true,
    }).run();
  }
  status(`${cy.nodes().length} nodes, ${cy.edges().length} edges`);
  return added.length;
}

async function expand(id) {
  status('expanding…');
  const data = await gql(
    `query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 1, limit: 40) { truncated
       nodes { entityId label kind name } edges { statementId source target predicate sign belief evidenceCount } } }`,
    { ids: [id] },
  );
  addElements(
    data.neighborhood.nodes.map(({ entityId, ...n }) => ({ ...n, id: entityId })),
    data.neighborhood.edges.map(({ statementId, ...e }) => ({ ...e, id: statementId })),
  );
  cy.getElementById(id).data('expanded', true);
  if (data.neighborhood.truncated)
    status(`${cy.nodes().length} nodes, ${cy.edges().length} edges (neighbourhood cut to the 40 strongest)`);
}

const NODE_DETAILS = `query($id: ID!) { node(id: $id) { id name kind
  ... on Gene { symbol aliases hgncId entrezId ensemblId uniprotId }
  ... on Drug { synonyms agentType approvalStatus }
  ... on MiRNA { aliases sequence }
  ... on Disease { aliases xrefs }
  ... on Process { aliases note }
  ... on Variant { aliases geneSymbol hgvsp alterationType externalId note } } }`;

async function showNode(id) {
  const { node } = await gql(NODE_DETAILS, { id });
  if (!node) return;
  const names = node.aliases ?? node.synonyms ?? [];
  $('details').innerHTML = `
    <h3>${esc(node.symbol ?? node.name)} <span class="meta">${esc(node.kind.toLowerCase())}</span></h3>
    <p>${esc(node.name)}</p>
    ${node.alterationType ? `<p class="meta">Variant of ${esc(node.geneSymbol)} · ${esc(node.hgvsp ?? 'exact change not recorded')} · ${esc(node.alterationType.toLowerCase())}${node.externalId ? ` · ${esc(node.externalId)}` : ''}</p>` : ''}
    <p class="meta">${esc(node.id)}${node.entrezId ? ` · NCBI Gene ${esc(node.entrezId)}` : ''}${node.ensemblId ? ` · ${esc(node.ensemblId)}` : ''}${node.uniprotId ? ` · UniProt ${esc(node.uniprotId)}` : ''}</p>
    ${names.length ? `<p class="meta">Also known as: ${names.map(esc).join(', ')}</p>` : ''}
    ${node.note ? `<p class="meta">${esc(node.note)}</p>` : ''}
    <p class="hint">Click an edge to see its evidence.</p>`;
}

const EDGE_DETAILS = `query($id: ID!) { statement(id: $id) { id predicate sign belief mechanism tier
  subject { id name } object { id name }
  context { setting note qualifier disease { name } resistanceType variantOrigin alterations { name } }
  conflicts { real resolution explanation statements { id subject { name } predicate object { name } } }
  evidence(first: 20) { totalCount edges { node { id status level modelSystem direction rating sentence sentenceKey curator
    evidenceType significance
    source { ... on Publication { id pmid doi title year journal url } } } } } } }`;

function sourceLink(src) {
  if (!src) return '';
  const text = esc(src.title ?? src.id);
  if (src.pmid)
    return `<a href="https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(src.pmid)}/" target="_blank" rel="noopener">PMID ${esc(src.pmid)}</a> · ${text}`;
  if (src.doi)
    return `<a href="https://doi.org/${esc(src.doi)}" target="_blank" rel="noopener">DOI ${esc(src.doi)}</a> · ${text}`;
  if (src.url) return `<a href="${esc(src.url)}" target="_blank" rel="noopener">${text}</a>`;
  return text;
}

/** Resistance type, variant origin and the variants a statement requires, when it has any. */
function variantContext(ctx) {
  const parts = [
    ctx.resistanceType && `${ctx.resistanceType.toLowerCase()} resistance`,
    ctx.variantOrigin && ctx.variantOrigin.toLowerCase(),
    ctx.alterations?.length && `only in tumours carrying ${ctx.alterations.map((v) => v.name).join(' + ')}`,
  ].filter(Boolean);
  return parts.length ? `<p class="meta">${parts.map(esc).join(' · ')}</p>` : '';
}

/** The statement's conflicts: real ones marked, resolved ones (variant level, disease) said so. */
function conflictList(s) {
  if (!s.conflicts?.length) return '';
  const other = (c) =>
    c.statements
      .filter((x) => x.id !== s.id)
      .map((x) => `${esc(x.subject.name)} ${esc(x.predicate)} ${esc(x.object.name)}`)
      .join('; ') || 'its own evidence';
  return `<ul class="conflicts">${s.conflicts
    .map(
      (c) =>
        `<li class="${c.real ? 'real' : 'resolved'}">${c.real ? '<span class="badge CONFLICT">real conflict</span>' : `<span class="meta">${esc(c.resolution.toLowerCase().replace('_', ' '))}</span>`} with ${other(c)}: ${esc(c.explanation)}</li>`,
    )
    .join('')}</ul>`;
}

async function showEdge(statementId) {
  const { statement: s } = await gql(EDGE_DETAILS, { id: statementId });
  if (!s) return;
  const sign = signLabel(s.sign, ['−1 (inhibits)', '0 (direction unknown)', '+1 (activates)']);
  const ctx = s.context ?? {};
  $('details').innerHTML = `
    <h3>${esc(s.subject.name)} → ${esc(s.object.name)}</h3>
    <p>${esc(s.predicate)} · sign ${sign} · belief ${s.belief.toFixed(3)}${s.mechanism ? ` · mechanism ${esc(s.mechanism)}` : ''}</p>
    <p class="meta">${esc(s.id)}${ctx.disease ? ` · in ${esc(ctx.disease.name)}` : ''}${ctx.setting ? ` · ${esc(ctx.setting)}` : ''}</p>
    ${variantContext(ctx)}
    ${conflictList(s)}
    ${ctx.note ? `<p class="meta">Note${ctx.qualifier ? ` (${esc(ctx.qualifier)})` : ''}: ${esc(ctx.note)}</p>` : ''}
    <h3>Evidence (${s.evidence.totalCount})</h3>
    ${s.evidence.edges
      .map(
        ({ node: e }) => `<div class="evidence" data-evidence="${esc(e.id)}">
          <div class="meta">${esc(e.status)} · level ${esc(e.level)} · ${esc(e.modelSystem.toLowerCase().replace('_', ' '))} · ${esc(e.direction.toLowerCase())} · rating ${esc(e.rating)}${e.evidenceType ? ` · ${esc(e.evidenceType.toLowerCase())}` : ''}${e.significance ? ` · ${esc(e.significance.toLowerCase().replace(/_/g, ' '))}` : ''}${e.sentenceKey ? ` · ${esc(e.sentenceKey)}` : ''}</div>
          ${e.sentence ? `<blockquote>“${esc(e.sentence)}”</blockquote>` : ''}
          <div class="meta">${sourceLink(e.source)}</div></div>`,
      )
      .join('')}`;
}

cy.on('tap', 'node', async (evt) => {
  const id = evt.target.id();
  await showNode(id);
  if (!evt.target.data('expanded')) await expand(id);
});
cy.on('tap', 'edge', (evt) => showEdge(evt.target.id()));

// Search with typeahead.
let searchTimer;
let searchSeq = 0;
const input = $('search');
const list = $('suggestions');

async function suggest(text) {
  const seq = ++searchSeq;
  if (text.trim().length < 2) {
    list.hidden = true;
    return;
  }
  const { search } = await gql(
    `query($q: String!) { search(query: $q, first: 8) { score matched matchType node { id name kind ... on Gene { symbol } } } }`,
    { q: text },
  );
  if (seq !== searchSeq) return;
  list.innerHTML = search
    .map(
      (h, i) => `<li role="option" data-id="${esc(h.node.id)}" class="${i === 0 ? 'active' : ''}">
        <span>${esc(h.node.symbol ?? h.node.name)} <span class="matched">${h.matched !== (h.node.symbol ?? h.node.name) ? `(${esc(h.matched)})` : ''}</span></span>
        <span class="kind">${esc(h.node.kind)}</span></li>`,
    )
    .join('');
  list.hidden = search.length === 0;
}

async function choose(id) {
  list.hidden = true;
  await expand(id);
  cy.$(':selected').unselect();
  cy.getElementById(id).select();
  cy.animate({ center: { eles: cy.getElementById(id) }, duration: 200 });
  await showNode(id);
}

input.addEventListener('input', () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => suggest(input.value).catch((e) => status(e.message)), 150);
});
input.addEventListener('keydown', (e) => {
  const items = [...list.querySelectorAll('li')];
  const at = items.findIndex((li) => li.classList.contains('active'));
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    items[at]?.classList.remove('active');
    items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.classList.add('active');
  } else if (e.key === 'Enter' && items.length) {
    e.preventDefault();
    choose(items[Math.max(at, 0)].dataset.id).catch((err) => status(err.message));
  } else if (e.key === 'Escape') list.hidden = true;
});
list.addEventListener('click', (e) => {
  const li = e.target.closest('li');
  if (li) choose(li.dataset.id).catch((err) => status(err.message));
});

// Resistance paths and combination candidates.
const PATHS = `query($drug: ID!, $disease: ID, $hops: Int!) {
  resistancePaths(drug: $drug, disease: $disease, maxHops: $hops, first: 10) { sign score hops truncated
    variants { name }
    nodes { id name kind ... on Gene { symbol } } edges { source target predicate sign belief statement { id } } }
  combinationTherapies(drug: $drug, disease: $disease, first: 10) { basis score bestLevel
    partner { id name kind } requiredAlterations { name } partnerTargets { id name ... on Gene { symbol } }
    evidence { level modelSystem sentence source { ... on Publication { pmid doi title } } }
    rationale { sign nodes { id name ... on Gene { symbol } } } } }`;

const label = (n) => n.symbol ?? n.name;

function highlight(paths) {
  cy.elements().removeClass('path faded');
  if (!paths.length) return;
  cy.elements().addClass('faded');
  for (const p of paths) {
    for (const n of p.nodes) cy.getElementById(n.id).removeClass('faded').addClass('path');
    for (const e of p.edges) cy.getElementById(e.statement.id).removeClass('faded').addClass('path');
  }
}

/** Redraws of the open view that a live update caused (the browser test reads it). */
let liveUpdates = 0;

async function showResistance(event, pushed = false) {
  event?.preventDefault();
  status(pushed ? 'a curation change altered this view: redrawing…' : 'finding resistance paths…');
  $('paths').innerHTML = '';
  $('combinations').innerHTML = '';
  const vars = { drug: $('drug').value, disease: $('disease').value || null, hops: Number($('hops').value) };
  try {
    const data = await gql(PATHS, vars);
    if (!pushed)
      watchView(
        vars,
        () => showResistance(null, true).catch((err) => status(err.message)),
        () => status('live updates stopped (reload the page to resume)'),
      );
    const paths = data.resistancePaths;
    for (const p of paths) {
      addElements(
        p.nodes.map((n) => ({ id: n.id, label: label(n), kind: n.kind, name: n.name })),
        p.edges.map((e) => ({
          id: e.statement.id,
          source: e.source,
          target: e.target,
          predicate: e.predicate,
          sign: e.sign,
          belief: e.belief,
        })),
      );
    }
    highlight(paths);
    $('paths').innerHTML = `<h3>Resistance paths${paths[0]?.truncated ? ' (search cut: lower max hops)' : ''}</h3>
      <ul class="list">${paths
        .map(
          (p, i) => `<li data-path="${i}">${signLabel(p.sign, ['− counteracts', '? direction unknown', '+ promotes'])}
           · score ${p.score.toFixed(3)}${p.variants.length ? ` · <span class="badge VARIANT">variant-level: only with ${p.variants.map((v) => esc(v.name)).join(' + ')}</span>` : ''}<br>${p.nodes.map((n) => esc(label(n))).join(' → ')}</li>`,
        )
        .join('')}</ul>`;
    $('paths')
      .querySelectorAll('li')
      .forEach((li) =>
        li.addEventListener('click', () => {
          $('paths')
            .querySelectorAll('li')
            .forEach((x) => x.classList.remove('selected'));
          li.classList.add('selected');
          highlight([paths[Number(li.dataset.path)]]);
        }),
      );
    const combos = data.combinationTherapies;
    $('combinations').innerHTML = `<h3>Combination candidates</h3><ul class="list">${combos
      .map(
        (
          c,
          i,
        ) => `<li data-combo="${i}"><span class="badge ${c.basis}">${c.basis === 'EVIDENCE_BACKED' ? 'evidence' : 'inferred'}</span>
          <b>${esc(c.partner.name)}</b> · score ${c.score.toFixed(3)}${c.bestLevel ? ` · level ${esc(c.bestLevel)}` : ''}
          ${c.requiredAlterations.length ? `<div class="meta">only in tumours carrying ${c.requiredAlterations.map((v) => esc(v.name)).join(' + ')}</div>` : ''}
          <div class="meta">targets ${c.partnerTargets.map((t) => esc(label(t))).join(', ') || '—'} · ${c.evidence.length} evidence</div></li>`,
      )
      .join('')}</ul>`;
    $('combinations')
      .querySelectorAll('li')
      .forEach((li) =>
        li.addEventListener('click', () => {
          const c = combos[Number(li.dataset.combo)];
          $('details').innerHTML = `<h3>${esc(c.partner.name)} with ${esc($('drug').value)}</h3>
          <p><span class="badge ${c.basis}">${esc(c.basis)}</span> score ${c.score.toFixed(3)}</p>
          ${c.rationale.length ? `<h3>Why</h3><ul>${c.rationale.map((p) => `<li>${p.nodes.map((n) => esc(label(n))).join(' → ')}</li>`).join('')}</ul>` : ''}
          <h3>Evidence</h3>${c.evidence
            .map(
              (e) =>
                `<div class="evidence"><div class="meta">level ${esc(e.level)} · ${esc(e.modelSystem.toLowerCase())}</div>${e.sentence ? `<blockquote>“${esc(e.sentence)}”</blockquote>` : ''}<div class="meta">${sourceLink(e.source)}</div></div>`,
            )
            .join('')}`;
        }),
      );
    if (pushed) liveUpdates++;
    status(
      `${paths.length} paths, ${combos.length} combination candidates${pushed ? ` · updated live at ${new Date().toLocaleTimeString()}` : ''}`,
    );
  } catch (err) {
    $('paths').innerHTML = `<p class="error">${esc(err.message)}</p>`;
    status('');
  }
}
$('resistance-form').addEventListener('submit', showResistance);

window.explorer = {
  cy,
  gql,
  expand,
  showEdge,
  showResistance,
  get liveUpdates() {
    return liveUpdates;
  },
};
status('ready');
