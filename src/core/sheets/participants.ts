/** 人员名单 (FORMS.md): 姓名 with 是否公务员（含参公）, 行前教育日期, 工作单位, … */
import type { Participant, ReadNote } from '../model/records';
import { readDate } from '../values/dates';
import { PARTICIPANT_INDEX, type ParticipantField } from '../values/labels';
import { atRef, noteMessage } from '../values/result';
import { compact } from '../values/text';
import { parseYesNoWord } from '../values/ticks';
import { dataRows, findTableHeader, rowCell, type TableHeader } from './table';
import type { SheetView } from './view';

export type ParticipantHeader = TableHeader<ParticipantField>;

export function findParticipantHeader(v: SheetView, minAny = 1): ParticipantHeader | null {
  return findTableHeader(v, PARTICIPANT_INDEX, ['name'], ['civilServant', 'predeparture', 'workUnit', 'gender', 'position', 'birth', 'age', 'idNumber'], minAny);
}

export interface ParticipantGroup {
  projectText: string | null;
  participants: Participant[];
}

/** Reads the participants, grouped by the project column when there is one. */
export function parseParticipants(v: SheetView, file: string, header: ParticipantHeader, yearFor?: (projectText: string | null) => number | undefined): { groups: ParticipantGroup[]; notes: ReadNote[] } {
  const notes: ReadNote[] = [];
  const groups = new Map<string, ParticipantGroup>();
  const cols = header.columns;
  const projectCol = cols.projectId ?? cols.theme;
  let lastProject = '';
  for (const r of dataRows(v, header.row)) {
    const name = rowCell(v, r, cols.name, header.row);
    if (!name || name.text === '') continue;
    let projectText: string | null = null;
    if (projectCol !== undefined) {
      projectText = rowCell(v, r, projectCol, header.row)?.text || lastProject;
      lastProject = projectText;
    }
    // keyed by the list's header text: no prototype
    const fields: Participant['fields'] = Object.create(null);
    for (const { col, text } of header.labels) {
      const fc = rowCell(v, r, col, header.row);
      if (fc && fc.text !== '') fields[compact(text)] = fc;
    }
    const cs = rowCell(v, r, cols.civilServant, header.row);
    const pre = rowCell(v, r, cols.predeparture, header.row);
    let predeparture: Participant['predeparture'] = null;
    if (pre) {
      const year = yearFor?.(projectText);
      const res = readDate(pre.cell, year !== undefined ? { year } : {});
      if (res.ok && res.note) notes.push({ ref: pre.ref, message: noteMessage('行前教育日期', res.note) });
      predeparture = atRef(res, pre.ref);
    }
    const p: Participant = {
      source: { file, sheet: v.name, row: r },
      projectKey: null,
      name,
      civilServant: cs && cs.text !== '' ? parseYesNoWord(cs.text) : null,
      civilServantRef: cs ? cs.ref : null,
      predeparture,
      fields,
    };
    const key = projectText ?? '';
    const g = groups.get(key) ?? { projectText, participants: [] };
    g.participants.push(p);
    groups.set(key, g);
  }
  return { groups: [...groups.values()], notes };
}
