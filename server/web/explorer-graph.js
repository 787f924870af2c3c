// The explorer's graph: Cytoscape.js with its style (sign by colour and arrow head, belief by width,
// best evidence level in the edge label), a layout that leaves room for labels and then moves apart
// any labels that still overlap, the legend drawn from the same colours, and path highlighting by a
// halo that keeps every edge's sign colour.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { separateBoxes } from '../../domain/declutter.ts';
import { gql } from './explorer-api.js';

cytoscape.use(fcose);
cytoscape.use(svg);

/** Edge colours by sign; the legend is drawn from these. */
export const SIGN_COLOUR = { pos: '#2e8b57', neg: '#c0392b', unknown: '#8a94a0' };
const HALO = '#f1c40f';
export const signColour = (sign) => (sign < 0 ? SIGN_COLOUR.neg : sign > 0 ? SIGN_COLOUR.pos : SIGN_COLOUR.unknown);
const signGlyph = (sign) => (sign < 0 ? '−' : sign > 0 ? '+' : '?');

export const KIND = {
  GENE: ['#4a90d9', 'ellipse', 'gene'],
  GENE_FAMILY: ['#6fa8dc', 'ellipse', 'gene family'],
  DRUG: ['#e67e22', 'round-rectangle', 'drug / agent'],
  DRUG_CLASS: ['#a04000', 'round-rectangle', 'drug class'],
  MIRNA: ['#8e44ad', 'diamond', 'miRNA'],
  VARIANT: ['#e84393', 'triangle', 'variant'],
  PATHWAY: ['#95a5a6', 'hexagon', 'pathway'],
  PROCESS: ['#7f8c8d', 'hexagon', 'process'],
  DISEASE: ['#6c3483', 'octagon', 'disease'],
  COMBINATION: ['#d35400', 'round-rectangle', 'combination'],
  CELL_LINE: ['#16a085', 'ellipse', 'cell line'],
};

/** "+ 0.86 · B": sign, belief and the best accepted evidence level, readable on the edge itself. */
const edgeLabel = (e) =>
  `${signGlyph(e.data('sign'))} ${(e.data('belief') ?? 0).toFixed(2)}${e.data('level') ? ` · ${e.data('level')}` : ''}`;

export const cy = cytoscape({
  container: document.getElementById('cy'),
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
        'text-wrap': 'wrap',
        'text-max-width': 96,
        'background-color': (n) => KIND[n.data('kind')]?.[0] ?? '#999',
        shape: (n) => KIND[n.data('kind')]?.[1] ?? 'ellipse',
        width: 22,
        height: 22,
        'text-background-color': '#fff',
        'text-background-opacity': 0.85,
        'text-background-padding': 2,
        'text-background-shape': 'round-rectangle',
      },
    },
    { selector: 'node[?expanded]', style: { 'border-width': 2, 'border-color': '#17324d' } },
    {
      selector: 'edge',
      style: {
        width: (e) => 1 + 4 * (e.data('belief') ?? 0),
        'curve-style': 'bezier',
        opacity: 0.85,
        'line-color': (e) => signColour(e.data('sign')),
        'line-style': (e) => (e.data('sign') === 0 ? 'dashed' : 'solid'),
        'target-arrow-color': (e) => signColour(e.data('sign')),
        'target-arrow-shape': (e) => (e.data('sign') < 0 ? 'tee' : e.data('sign') > 0 ? 'triangle' : 'circle'),
        label: edgeLabel,
        'font-size': 9,
        // Edge labels appear once zoomed in enough to read them, and always on a chosen path.
        'min-zoomed-font-size': 9,
        color: '#1d2733',
        'text-rotation': 'autorotate',
        'text-background-color': '#fff',
        'text-background-opacity': 0.85,
        'text-background-padding': 1,
      },
    },
    // A highlighted path: a halo under the edge and node, wider and opaque; the colour stays the sign's.
    {
      selector: 'edge.path',
      style: { 'underlay-color': HALO, 'underlay-opacity': 0.55, 'underlay-padding': 4, opacity: 1, 'z-index': 10 },
    },
    {
      selector: 'node.path',
      style: { 'underlay-color': HALO, 'underlay-opacity': 0.6, 'underlay-padding': 6, 'z-index': 10 },
    },
    { selector: 'edge.focus, edge:selected, edge.hover', style: { 'min-zoomed-font-size': 0, 'z-index': 20 } },
    {
      selector: 'edge:selected',
      style: { 'underlay-color': '#17324d', 'underlay-opacity': 0.35, 'underlay-padding': 5 },
    },
    { selector: 'node:selected, node.keyboard', style: { 'border-width': 4, 'border-color': '#17324d' } },
    { selector: '.faded', style: { opacity: 0.18 } },
  ],
});
cy.on('mouseover', 'edge', (e) => e.target.addClass('hover'));
cy.on('mouseout', 'edge', (e) => e.target.removeClass('hover'));

/** The legend under the graph, from the colours and shapes the graph draws with. */
export function drawLegend(el) {
  const item = (cls, colour, text) =>
    `<span><i class="${cls}" data-colour="${colour}" aria-hidden="true"></i>${text}</span>`;
  const kinds = ['GENE', 'DRUG', 'MIRNA', 'VARIANT', 'PROCESS', 'DISEASE'];
  el.innerHTML = [
    item('line pos', SIGN_COLOUR.pos, '→ activates / promotes (+1)'),
    item('line neg', SIGN_COLOUR.neg, '⊣ inhibits / represses (−1)'),
    item('line unknown', SIGN_COLOUR.unknown, '⋯● direction unknown (0)'),
    item('line halo', HALO, 'on the chosen paths'),
    ...kinds.map((k) => item('dot', KIND[k][0], KIND[k][2])),
    '<span>edge label: sign · belief · best level (A best); width = belief</span>',
  ].join('');
  // Through the CSSOM: the page's CSP allows no inline style attributes.
  el.querySelectorAll('[data-colour]').forEach((i) => (i.style.background = i.dataset.colour));
}

/**
 * Lays the graph out with room for labels, then moves apart labels that still overlap, and fits it.
 * `fresh`: nothing had a position yet (all new nodes sit at the origin), so start from a random spread.
 */
export function layout(fresh = false) {
  cy.layout({
    name: 'fcose',
    animate: false,
    randomize: fresh,
    nodeDimensionsIncludeLabels: true,
    nodeRepulsion: 12000,
    idealEdgeLength: 110,
    nodeSeparation: 90,
    packComponents: true,
  }).run();
  const nodes = cy.nodes();
  const boxes = nodes.map((n) =>
    n.boundingBox({ includeLabels: true, includeOverlays: false, includeUnderlays: false }),
  );
  const offsets = separateBoxes(boxes, 6);
  cy.batch(() =>
    nodes.forEach((n, i) => {
      const p = n.position();
      n.position({ x: p.x + offsets[i].dx, y: p.y + offsets[i].dy });
    }),
  );
  cy.fit(undefined, 30);
}

/** Adds nodes ({ id, label, kind, name }) and edges ({ id, source, target, predicate, sign, belief }) not yet drawn. */
export function addElements(nodes, edges) {
  const added = [];
  const fresh = cy.nodes().length === 0;
  const seen = new Set();
  const isNew = (id) => !seen.has(id) && !cy.getElementById(id).length && seen.add(id);
  for (const n of nodes) {
    if (isNew(n.id)) added.push({ group: 'nodes', data: { id: n.id, label: n.label, kind: n.kind, name: n.name } });
  }
  for (const e of edges) {
    if (isNew(e.id)) added.push({ group: 'edges', data: { ...e } });
  }
  if (added.length) {
    // A new node starts beside a node already drawn that it links to, so the layout only refines.
    added.forEach((el, i) => {
      if (el.group !== 'nodes' || fresh) return;
      const link = edges.find((e) => e.source === el.data.id || e.target === el.data.id);
      const anchor = link && cy.getElementById(link.source === el.data.id ? link.target : link.source);
      if (anchor?.length) {
        const p = anchor.position();
        el.position = { x: p.x + 60 * Math.cos(i), y: p.y + 60 * Math.sin(i) };
      }
    });
    cy.add(added);
    layout(fresh);
  }
  return added.length;
}

/** One node's neighbourhood, mapped to the elements addElements draws. */
export async function fetchNeighbourhood(id) {
  const data = await gql(
    `query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 1, limit: 40) { truncated
       nodes { entityId label kind name } edges { statementId source target predicate sign belief evidenceCount } } }`,
    { ids: [id] },
  );
  const { nodes, edges, truncated } = data.neighborhood;
  return {
    nodes: nodes.map(({ entityId, ...n }) => ({ ...n, id: entityId })),
    edges: edges.map(({ statementId, ...e }) => ({ ...e, id: statementId })),
    truncated,
  };
}

const LEVELS = `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Statement {
  evidence(first: 50) { edges { node { level status } } } } } }`;

/** Fills in each drawn edge's best accepted evidence level (one request for all edges without one). */
export async function fillLevels() {
  const ids = cy
    .edges()
    .filter((e) => e.data('level') === undefined)
    .map((e) => e.id());
  if (!ids.length) return;
  const { nodes } = await gql(LEVELS, { ids });
  cy.batch(() => {
    for (const s of nodes) {
      if (!s) continue;
      const levels = (s.evidence?.edges ?? [])
        .map((x) => x.node)
        .filter((e) => e.status === 'ACCEPTED')
        .map((e) => e.level)
        .sort();
      cy.getElementById(s.id).data('level', levels[0] ?? null);
    }
  });
}

/** Highlights the given paths (halo), fades the rest; `focus` also shows their edges' labels. */
export function highlight(paths, focus = false) {
  cy.elements().removeClass('path faded focus');
  if (!paths.length) return;
  cy.elements().addClass('faded');
  for (const p of paths) {
    for (const n of p.nodes) cy.getElementById(n.id).removeClass('faded').addClass('path');
    for (const e of p.edges)
      cy.getElementById(e.statement.id)
        .removeClass('faded')
        .addClass(focus ? 'path focus' : 'path');
  }
}
