/**
 * Drug–target action words as DGIdb, DrugCentral and Hetionet write them, and the interaction type
 * each is loaded as (domain/vocabulary.ts INTERACTION_TYPE; the type fixes the sign). Words that
 * say nothing about direction (substrate, releasing agent, other/unknown) load as UNKNOWN, sign 0.
 */
import type { InteractionType } from '../../domain/vocabulary.js';

export const ACTIONS: Record<string, InteractionType> = {
  inhibitor: 'INHIBITOR',
  antagonist: 'ANTAGONIST',
  blocker: 'BLOCKER',
  'channel blocker': 'BLOCKER',
  agonist: 'AGONIST',
  activator: 'ACTIVATOR',
  'positive modulator': 'MODULATOR',
  modulator: 'MODULATOR',
  binder: 'BINDER',
  'negative modulator': 'INHIBITOR',
  'inverse agonist': 'ANTAGONIST',
  'allosteric modulator': 'MODULATOR',
  'positive allosteric modulator': 'MODULATOR',
  'negative allosteric modulator': 'INHIBITOR',
  'allosteric antagonist': 'ANTAGONIST',
  opener: 'ACTIVATOR',
  'antisense oligonucleotide': 'INHIBITOR',
  cofactor: 'BINDER',
  inducer: 'ACTIVATOR',
  'partial agonist': 'AGONIST',
  suppressor: 'INHIBITOR',
  stimulator: 'ACTIVATOR',
  antibody: 'BINDER',
  vaccine: 'BINDER',
  cleavage: 'INHIBITOR',
  ligand: 'BINDER',
  substrate: 'UNKNOWN',
  'releasing agent': 'UNKNOWN',
  'product of': 'UNKNOWN',
  'other/unknown': 'UNKNOWN',
};
