/**
 * A generic delimited clinical file (one row per patient) with a small YAML mapping
 * (seed/mappings/*.yaml, docs/importing.md): which column is the patient id, which columns to
 * skip, optional declarations (id, name, description, datatype) per column, and the survival
 * endpoints as time and event columns with the study's event codes. Every other column becomes an
 * attribute with its header as id and a datatype read from the values. Bad rows are refused with
 * line numbers and nothing is written; re-importing changes nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Database } from '../../db/database.js';
import {
  eventFlag,
  isMissing,
  parseValue,
  type AttributeDecl,
  type ClinicalValue,
  type Column,
  type Datatype,
  type EndpointDecl,
} from '../../domain/clinical.js';
import { loadCohort } from '../cohort-load.js';
import { ImportError, type Progress } from './lines.js';

export interface ClinicalMapping {
  cohort: {
    id: string;
    name: string;
    description?: string;
    citation?: string;
    source?: string;
    licence?: string;
    synthetic?: boolean;
  };
  /** Default: ',' for .csv files, a tab otherwise. */
  delimiter?: string;
  patientId: string;
  skip?: string[];
  attributes?: { column: string; id?: string; name?: string; description?: string; datatype?: Datatype }[];
  endpoints?: { id: string; name?: string; time: string; event: string; events?: string[]; censored?: string[] }[];
}

/** Splits one delimited line; double-quoted fields may hold the delimiter and doubled quotes. */
export function splitLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"' && cur === '') quoted = true;
    else if (ch === delimiter) {
      cells.push(cur);
      cur = '';
    } else cur += ch;
  }
  cells.push(cur);
  return cells.map((c) => c.trim());
}

const DATATYPES = ['STRING', 'NUMBER', 'BOOLEAN'];

/** The mapping file, checked: every problem is named. */
export function readMapping(file: string): ClinicalMapping {
  if (!existsSync(file)) throw new ImportError(file, ['mapping file not found']);
  const m = parse(readFileSync(file, 'utf8')) as ClinicalMapping | null;
  const problems: string[] = [];
  if (!m?.cohort?.id || !/^[\w-]+$/.test(m.cohort.id)) problems.push('cohort.id is missing or not a plain identifier');
  if (!m?.cohort?.name) problems.push('cohort.name is missing');
  if (!m?.patientId) problems.push('patientId (the patient id column) is missing');
  for (const [i, a] of (m?.attributes ?? []).entries()) {
    if (!a.column) problems.push(`attributes[${i}]: column is missing`);
    if (a.datatype && !DATATYPES.includes(a.datatype))
      problems.push(`attributes[${i}]: datatype ${a.datatype} is not one of ${DATATYPES.join(', ')}`);
  }
  for (const [i, e] of (m?.endpoints ?? []).entries())
    if (!e.id || !e.time || !e.event) problems.push(`endpoints[${i}]: id, time and event are required`);
  if (problems.length) throw new ImportError(file, problems);
  return m!;
}

export async function importClinical(db: Database, file: string, mappingFile: string, log: Progress = () => undefined) {
  const m = readMapping(mappingFile);
  if (!existsSync(file)) throw new ImportError(file, ['file not found']);
  const name = path.basename(file);
  const delimiter = m.delimiter ?? (file.toLowerCase().endsWith('.csv') ? ',' : '\t');
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const header = splitLine(lines[0] ?? '', delimiter);
  const problems: string[] = [];
  const at = (column: string, what: string) => {
    const i = header.indexOf(column);
    if (i < 0) problems.push(`${name} line 1: no column ${JSON.stringify(column)} (${what})`);
    return i;
  };
  const idAt = at(m.patientId, 'patientId');
  const endpointCols = (m.endpoints ?? []).map((e) => ({
    e,
    time: at(e.time, `endpoint ${e.id}`),
    event: at(e.event, `endpoint ${e.id}`),
  }));
  const declared = new Map((m.attributes ?? []).map((a) => [a.column, a]));
  for (const column of declared.keys()) at(column, 'attributes');
  for (const column of m.skip ?? []) at(column, 'skip');
  if (problems.length) throw new ImportError(file, problems);

  const rows = lines
    .slice(1)
    .map((l, k) => ({ line: k + 2, cells: splitLine(l, delimiter) }))
    .filter((r) => r.cells.some((c) => c !== ''));
  for (const r of rows)
    if (r.cells.length !== header.length)
      problems.push(`${name} line ${r.line}: ${r.cells.length} cells for ${header.length} columns`);
  const seen = new Set<string>();
  for (const r of rows) {
    const id = r.cells[idAt] ?? '';
    if (isMissing(id)) problems.push(`${name} line ${r.line}: the patient id (${m.patientId}) is empty`);
    else if (seen.has(id)) problems.push(`${name} line ${r.line}: patient ${id} appears twice`);
    seen.add(id);
  }
  const times = new Set(endpointCols.map((c) => c.time));
  const events = new Map(endpointCols.map((c) => [c.event, c.e]));
  const skip = new Set([m.patientId, ...(m.skip ?? [])]);
  const columns: Column[] = [];
  header.forEach((column, i) => {
    if (skip.has(column) || !column) return;
    const d = declared.get(column);
    const raw = rows.map((r) => r.cells[i] ?? '');
    const present = raw.filter((v) => !isMissing(v));
    const datatype: Datatype =
      d?.datatype ??
      (events.has(i) || (present.length && present.every((v) => Number.isFinite(Number(v)))) ? 'NUMBER' : 'STRING');
    const attribute: AttributeDecl = {
      id: d?.id ?? column,
      name: d?.name ?? column,
      description: d?.description ?? null,
      datatype: events.has(i) ? 'NUMBER' : datatype,
      level: 'PATIENT',
    };
    const values = rows.map((r, k): ClinicalValue => {
      const e = events.get(i);
      if (e) {
        const flag = eventFlag(raw[k], { events: e.events, censored: e.censored });
        if (flag === 'bad')
          problems.push(
            `${name} line ${r.line}: ${column} ${JSON.stringify(raw[k])} is not an event code of ${e.id} (${[...(e.events ?? ['1']), ...(e.censored ?? ['0'])].join(', ')})`,
          );
        return flag === 'bad' ? null : flag;
      }
      const parsed = parseValue(raw[k], attribute.datatype);
      if ('error' in parsed) {
        problems.push(`${name} line ${r.line}: ${column} ${parsed.error}`);
        return null;
      }
      if (times.has(i) && typeof parsed.value === 'number' && parsed.value < 0)
        problems.push(`${name} line ${r.line}: ${column} ${JSON.stringify(raw[k])} is not a non-negative time`);
      return parsed.value;
    });
    columns.push({ attribute, values });
  });
  if (problems.length) throw new ImportError(file, problems);

  const idOf = (column: string) => declared.get(column)?.id ?? column;
  const endpoints: EndpointDecl[] = (m.endpoints ?? []).map((e) => ({
    id: e.id,
    name: e.name ?? e.id,
    timeAttribute: idOf(e.time),
    eventAttribute: idOf(e.event),
  }));
  const cohortId = `RESISTKG:cohort-${m.cohort.id}`;
  await loadCohort(
    db,
    {
      id: cohortId,
      cohort: {
        name: m.cohort.name,
        accession: m.cohort.id,
        description: m.cohort.description ?? null,
        synthetic: m.cohort.synthetic ?? false,
        source: m.cohort.source ?? name,
        citation: m.cohort.citation ?? null,
        licence: m.cohort.licence ?? null,
        genePanel: [],
      },
      patients: rows.map((r) => ({ id: `RESISTKG:patient-${m.cohort.id}-${r.cells[idAt]}`, sourceId: r.cells[idAt]! })),
      samples: [],
      columns,
      endpoints,
    },
    log,
  );
  const skipped = header.filter((h) => (m.skip ?? []).includes(h) || !h);
  const summary = { patients: rows.length, attributes: columns.length, endpoints: endpoints.map((e) => e.id), skipped };
  log(`clinical: ${name} → ${cohortId} ${JSON.stringify(summary)}`);
  return { cohortId, ...summary };
}
