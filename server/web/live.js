// Live updates for the explorer (graphql-ws over WebSocket at /graphql): while a drug's resistance
// view is open, the server pushes when a committed curation write changes its paths or candidates,
// and the page redraws it. One subscription pair at a time: a new view replaces the old one.
import { createClient } from 'graphql-ws';

const PATHS = `subscription($drug: ID!, $disease: ID, $hops: Int!) {
  resistancePathsChanged(drug: $drug, disease: $disease, maxHops: $hops, first: 10) { score } }`;
const COMBINATIONS = `subscription($drug: ID!, $disease: ID) {
  combinationTherapiesChanged(drug: $drug, disease: $disease, first: 10) { score } }`;

let client = null;
let active = [];
let timer = null;

/**
 * Watches the view `vars` ({ drug, disease, hops }); `changed` runs once per burst of pushes (a
 * write that changes both paths and candidates redraws once), `failed` when live updates stop.
 */
export function watchView(vars, changed, failed) {
  client ??= createClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    lazy: true,
    retryAttempts: 5,
  });
  for (const dispose of active) dispose();
  const burst = () => {
    clearTimeout(timer);
    timer = setTimeout(changed, 150);
  };
  const sink = { next: burst, error: failed, complete: () => undefined };
  active = [
    client.subscribe({ query: PATHS, variables: vars }, sink),
    client.subscribe({ query: COMBINATIONS, variables: { drug: vars.drug, disease: vars.disease } }, sink),
  ];
}
