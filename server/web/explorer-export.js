// Exports of the current view: the graph as PNG and SVG (cytoscape-svg), as Cytoscape JSON, and the
// resistance paths and combination candidates as CSV.
import { toCsv } from '../../domain/csv.ts';

function download(name, data, type) {
  const blob = data instanceof Blob ? data : new Blob([data], { type });
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const names = (xs) => xs.map((n) => n.symbol ?? n.name).join(' → ');

export function pathsCsv(paths) {
  return toCsv(
    ['rank', 'sign', 'score', 'hops', 'path', 'statements', 'only with variants'],
    paths.map((p, i) => [
      i + 1,
      p.sign,
      p.score,
      p.hops,
      names(p.nodes),
      p.edges.map((e) => e.statement.id).join(' '),
      p.variants.map((v) => v.name).join(' + '),
    ]),
  );
}

export function candidatesCsv(combos) {
  return toCsv(
    [
      'rank',
      'partner',
      'partner id',
      'basis',
      'score',
      'best level',
      'partner targets',
      'evidence',
      'required alterations',
    ],
    combos.map((c, i) => [
      i + 1,
      c.partner.name,
      c.partner.id,
      c.basis,
      c.score,
      c.bestLevel,
      c.partnerTargets.map((t) => t.symbol ?? t.name).join(' '),
      c.evidence.length,
      c.requiredAlterations.map((v) => v.name).join(' + '),
    ]),
  );
}

/**
 * Wires the export menu: `view()` gives { cy, name, paths, combos } for the view on screen (`name`
 * is the file name's stem, e.g. "sorafenib-HCC").
 */
export function exportMenu(menu, view) {
  const actions = {
    png: ({ cy, name }) => download(`${name}.png`, cy.png({ output: 'blob', bg: '#ffffff', scale: 2 })),
    svg: ({ cy, name }) => download(`${name}.svg`, cy.svg({ bg: '#ffffff', full: true }), 'image/svg+xml'),
    json: ({ cy, name }) => download(`${name}.cyjs.json`, JSON.stringify(cy.json(), null, 2), 'application/json'),
    paths: ({ name, paths }) => download(`${name}-paths.csv`, pathsCsv(paths), 'text/csv'),
    candidates: ({ name, combos }) => download(`${name}-candidates.csv`, candidatesCsv(combos), 'text/csv'),
  };
  menu.addEventListener('click', (e) => {
    const b = e.target.closest('button[data-export]');
    if (!b) return;
    actions[b.dataset.export](view());
    menu.open = false;
  });
  menu.addEventListener('toggle', () => {
    const { paths } = view();
    for (const k of ['paths', 'candidates']) menu.querySelector(`[data-export=${k}]`).disabled = !paths;
  });
}
