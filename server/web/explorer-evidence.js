// The details panel: a node's identifiers, an edge's statement with its evidence (sentence, source
// link, level, model system, curator), and, for a signed-in curator, a form to submit evidence.
import { esc, gql, token } from './explorer-api.js';

const $ = (id) => document.getElementById(id);

export const signLabel = (sign, [neg, unknown, pos]) =>
  sign < 0
    ? `<span class="sign-neg">${neg}</span>`
    : sign > 0
      ? `<span class="sign-pos">${pos}</span>`
      : `<span class="sign-unknown">${unknown}</span>`;

export function sourceLink(src) {
  if (!src) return '';
  const text = esc(src.title ?? src.id);
  if (src.pmid)
    return `<a href="https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(src.pmid)}/" target="_blank" rel="noopener">PMID ${esc(src.pmid)}</a> · ${text}`;
  if (src.doi)
    return `<a href="https://doi.org/${esc(src.doi)}" target="_blank" rel="noopener">DOI ${esc(src.doi)}</a> · ${text}`;
  if (src.url) return `<a href="${esc(src.url)}" target="_blank" rel="noopener">${text}</a>`;
  return text;
}

const NODE_DETAILS = `query($id: ID!) { node(id: $id) { id name kind
  ... on Gene { symbol aliases hgncId entrezId ensemblId uniprotId }
  ... on Drug { synonyms agentType approvalStatus }
  ... on MiRNA { aliases sequence }
  ... on Disease { aliases xrefs }
  ... on Process { aliases note }
  ... on Variant { aliases geneSymbol hgvsp alterationType externalId note } } }`;

export async function showNode(id) {
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
    <p class="hint">Click an edge (or press E with a node selected) to see its evidence.</p>`;
}

const EDGE_DETAILS = `query($id: ID!) { statement(id: $id) { id predicate sign belief mechanism tier
  subject { id name } object { id name }
  context { setting note qualifier disease { name } resistanceType variantOrigin alterations { name } }
  conflicts { real resolution explanation statements { id subject { name } predicate object { name } } }
  evidence(first: 20) { totalCount edges { node { id status level modelSystem direction rating sentence sentenceKey curator
    evidenceType significance
    source { ... on Publication { id pmid doi title year journal url } } } } } } }`;

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

const lower = (s) =>
  esc(
    String(s ?? '')
      .toLowerCase()
      .replace(/_/g, ' '),
  );

const evidenceItem = (e) => `<div class="evidence" data-evidence="${esc(e.id)}">
  <div class="meta">level <b>${esc(e.level)}</b> · ${lower(e.modelSystem)} · ${lower(e.direction)} · rating ${esc(e.rating)} · ${lower(e.status)}${e.evidenceType ? ` · ${lower(e.evidenceType)}` : ''}${e.significance ? ` · ${lower(e.significance)}` : ''}${e.sentenceKey ? ` · ${esc(e.sentenceKey)}` : ''}</div>
  ${e.sentence ? `<blockquote>“${esc(e.sentence)}”</blockquote>` : ''}
  <div class="meta">${sourceLink(e.source)}</div>
  <div class="meta">curator <span class="curator">${esc(e.curator)}</span></div></div>`;

const options = (values) => values.map((v) => `<option>${v}</option>`).join('');

/** The submit-evidence form: shown to a signed-in curator; anyone else is told how to sign in. */
function submitForm(statementId) {
  if (!token.get())
    return '<p class="hint">Curators: sign in with your token (top right) to submit evidence for this edge.</p>';
  return `<form id="submit-evidence" data-statement="${esc(statementId)}">
    <h3>Submit evidence</h3>
    <label>Sentence from the source <textarea name="sentence" required rows="3"></textarea></label>
    <label>PMID or DOI <input name="source" required placeholder="40715090 or 10.1000/xyz" /></label>
    <label>Level <select name="level">${options(['A', 'B', 'C', 'D', 'E'])}</select></label>
    <label>Model system <select name="modelSystem">${options(['CELL_LINE', 'ORGANOID', 'XENOGRAFT', 'PATIENT_COHORT', 'SINGLE_CELL'])}</select></label>
    <label>Direction <select name="direction">${options(['SUPPORTS', 'REFUTES'])}</select></label>
    <label>Rating (1–5) <input name="rating" type="number" min="1" max="5" value="3" required /></label>
    <button type="submit">Submit for review</button>
    <p id="submit-result" role="status"></p>
  </form>`;
}

const SUBMIT = `mutation($input: SubmitEvidenceInput!) { submitEvidence(input: $input) { id status version } }`;

async function submit(form) {
  const f = new FormData(form);
  const src = String(f.get('source')).trim();
  const input = {
    statementId: form.dataset.statement,
    source: /^\d+$/.test(src) ? { pmid: src } : { doi: src },
    sentence: String(f.get('sentence')),
    level: f.get('level'),
    modelSystem: f.get('modelSystem'),
    direction: f.get('direction'),
    rating: Number(f.get('rating')),
  };
  const out = $('submit-result');
  try {
    const { submitEvidence: e } = await gql(SUBMIT, { input });
    out.className = 'ok';
    out.textContent = `Submitted ${e.id} (${e.status.toLowerCase()}): an editor reviews it before it counts.`;
  } catch (err) {
    out.className = 'error';
    out.textContent = err.message;
  }
}

export async function showEdge(statementId) {
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
    ${s.evidence.edges.map(({ node }) => evidenceItem(node)).join('')}
    ${submitForm(s.id)}`;
  $('submit-evidence')?.addEventListener('submit', (e) => {
    e.preventDefault();
    submit(e.target);
  });
}

/** The curator sign-in in the header: a token checked with `me`, kept for this tab only. */
export function signIn() {
  const form = $('signin');
  const field = $('token');
  const who = $('who');
  const show = async () => {
    if (!token.get()) {
      who.textContent = 'not signed in';
      return;
    }
    try {
      const { me } = await gql('{ me { id role } }');
      who.textContent = me ? `signed in as ${me.id} (${me.role.toLowerCase()})` : 'not signed in';
    } catch (err) {
      token.set(null);
      who.textContent = err.message;
    }
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    token.set(field.value.trim() || null);
    field.value = '';
    show();
  });
  show();
}
