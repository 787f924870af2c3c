// A drug's resistance view: its signed paths drawn and highlighted, and its combination candidates
// listed with their evidence; redrawn live when a curation write changes it (live.js).
import { esc, gql } from './explorer-api.js';
import { signLabel, sourceLink } from './explorer-evidence.js';
import { addElements, fillLevels, highlight } from './explorer-graph.js';
import { watchView } from './live.js';

const $ = (id) => document.getElementById(id);

const PATHS = `query($drug: ID!, $disease: ID, $hops: Int!, $alterations: [ID!]) {
  resistancePaths(drug: $drug, disease: $disease, maxHops: $hops, first: 10, alterations: $alterations) { sign score hops truncated
    variants { name }
    nodes { id name kind ... on Gene { symbol } } edges { source target predicate sign belief statement { id } } }
  combinationTherapies(drug: $drug, disease: $disease, first: 10, alterations: $alterations) { basis score bestLevel
    partner { id name kind } requiredAlterations { name } partnerTargets { id name ... on Gene { symbol } }
    evidence { level modelSystem sentence source { ... on Publication { pmid doi title } } }
    rationale { sign nodes { id name ... on Gene { symbol } } } } }`;

const label = (n) => n.symbol ?? n.name;

/** Makes list items work from the keyboard as they do with a click (Enter or Space). */
export function clickable(li, action) {
  // A focusable list item (a role of button would take it out of its list for screen readers).
  li.tabIndex = 0;
  li.addEventListener('click', action);
  li.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      action();
    }
  });
}

function drawPaths(paths) {
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
      clickable(li, () => {
        $('paths')
          .querySelectorAll('li')
          .forEach((x) => x.classList.remove('selected'));
        li.classList.add('selected');
        highlight([paths[Number(li.dataset.path)]], true);
      }),
    );
}

function drawCombinations(combos, drug) {
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
      clickable(li, () => {
        const c = combos[Number(li.dataset.combo)];
        $('details').innerHTML = `<h3>${esc(c.partner.name)} with ${esc(drug)}</h3>
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
}

/** The view on screen (for the exports) and how many live redraws it has had (the browser test reads it). */
export const view = { paths: null, combos: null, liveUpdates: 0 };

/**
 * Shows the resistance view for { drug, disease, hops, alterations } (alterations comma-separated);
 * `pushed` when a live update asked for the redraw. `status(text)` reports progress.
 */
export async function showResistance(state, status, pushed = false) {
  status(pushed ? 'a curation change altered this view: redrawing…' : 'finding resistance paths…');
  $('paths').innerHTML = '';
  $('combinations').innerHTML = '';
  const alterations = (state.alterations ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const vars = {
    drug: state.drug,
    disease: state.disease || null,
    hops: Number(state.hops ?? 4),
    alterations: alterations.length ? alterations : null,
  };
  try {
    const data = await gql(PATHS, vars);
    if (!pushed)
      watchView(
        { drug: vars.drug, disease: vars.disease, hops: vars.hops },
        () => showResistance(state, status, true).catch((err) => status(err.message)),
        () => status('live updates stopped (reload the page to resume)'),
      );
    const paths = data.resistancePaths;
    addElements(
      paths.flatMap((p) => p.nodes.map((n) => ({ id: n.id, label: label(n), kind: n.kind, name: n.name }))),
      paths.flatMap((p) =>
        p.edges.map((e) => ({
          id: e.statement.id,
          source: e.source,
          target: e.target,
          predicate: e.predicate,
          sign: e.sign,
          belief: e.belief,
        })),
      ),
    );
    highlight(paths);
    drawPaths(paths);
    drawCombinations(data.combinationTherapies, vars.drug);
    Object.assign(view, { paths, combos: data.combinationTherapies });
    fillLevels().catch((err) => status(err.message));
    if (pushed) view.liveUpdates++;
    status(
      `${paths.length} paths, ${data.combinationTherapies.length} combination candidates${pushed ? ` · updated live at ${new Date().toLocaleTimeString()}` : ''}`,
    );
  } catch (err) {
    $('paths').innerHTML = `<p class="error">${esc(err.message)}</p>`;
    status('');
  }
}
