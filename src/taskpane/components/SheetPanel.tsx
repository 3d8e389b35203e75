/**
 * What each sheet was read as, and why; the reviewer may correct a sheet's kind (the review runs again).
 * A page of workbooks at a time: 300 files' sheets, each with its drop-down, took the page's thread 100–200 ms to draw.
 */
import { useState } from 'react';
import { Button, Caption1, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { SheetKind, SheetRecognition } from '../../core';
import type { Strings } from '../../app/i18n';
import { Pager, pageOf } from './Pager';
import { useSectionStyles } from './styles';

/** Workbooks per page. */
export const SHEET_PAGE = 20;

export const SHEET_KINDS: SheetKind[] = [
  'demand-form', 'demand-list', 'schedule', 'participants', 'standards', 'rates', 'ce-register', 'ce-funds', 'settings', 'ignored',
];

const useStyles = makeStyles({
  item: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 11em', columnGap: tokens.spacingHorizontalS, alignItems: 'center', padding: `${tokens.spacingVerticalXXS} 0` },
  reason: { gridColumn: '1 / span 2', color: tokens.colorNeutralForeground3 },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  // The drop-down fills its 11em column either way; from a zero basis the browser need not measure its ten
  // options' text to size it (20 drop-downs' first layout: 80–200 ms of the page's thread without this).
  select: { flexBasis: 0, minWidth: 0 },
});

export interface SheetPanelProps {
  workbooks: { file: string; recognition: SheetRecognition[] }[];
  /** The reviewer's corrections, by sheet name. */
  overrides: Record<string, SheetKind>;
  onKind(sheet: string, kind: SheetKind | undefined): void;
  disabled?: boolean;
  t: Strings;
}

export function SheetPanel({ workbooks, overrides, onKind, disabled, t }: SheetPanelProps) {
  const s = useSectionStyles();
  const st = useStyles();
  const [page, setPage] = useState(0);
  if (workbooks.length === 0) return null;
  const shown = pageOf(workbooks, page, SHEET_PAGE);
  return (
    <section aria-label={t.sheetsTitle} className={s.section}>
      <div className={s.row}>
        <h2 className={s.heading}>{t.sheetsTitle}</h2>
        {Object.keys(overrides).length > 0 && (
          <Button size="small" appearance="transparent" disabled={disabled} onClick={() => Object.keys(overrides).forEach((k) => onKind(k, undefined))}>
            {t.sheetsReset}
          </Button>
        )}
      </div>
      <Caption1 className={s.hint}>{t.sheetsHint}</Caption1>
      <div className={workbooks.length > 1 ? s.scrollBox : undefined}>
      {shown.rows.map((wb) => (
        <div key={wb.file}>
          {workbooks.length > 1 && <Text weight="semibold" size={200}>{wb.file}</Text>}
          {wb.recognition.map((r) => (
            <div key={r.sheet} className={st.item}>
              <Text className={st.name} title={r.sheet}>{r.sheet}</Text>
              <Select
                size="small"
                select={{ className: st.select }}
                aria-label={t.sheetKindLabel(r.sheet)}
                value={overrides[r.sheet] ?? r.kind}
                disabled={disabled}
                onChange={(_, d) => onKind(r.sheet, d.value as SheetKind)}
              >
                {SHEET_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t.sheetKinds[k]}
                  </option>
                ))}
              </Select>
              {r.reason && <Caption1 className={st.reason}>{r.reason}</Caption1>}
            </div>
          ))}
        </div>
      ))}
      </div>
      {workbooks.length > SHEET_PAGE && (
        <Pager page={shown.page} pages={shown.pages} from={shown.from} to={shown.to} total={workbooks.length} onPage={setPage} t={t} />
      )}
    </section>
  );
}
