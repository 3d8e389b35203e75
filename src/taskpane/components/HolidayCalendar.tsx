/**
 * The holiday calendar in China as the review uses it (src/core/calendar): per year the State Council notice
 * (文号) it comes from, its holidays (放假) and its 调休 working days, one collapsed line a year so it fits a
 * 350 px pane; then the years the review settings add (`calendar.<年>.holidays|workdays|source`), whose
 * dates the reviewer adds with a date picker and removes as chips.
 */
import { useState } from 'react';
import { Button, Caption1, Caption1Strong, Input, Tag, TagGroup, makeStyles, tokens } from '@fluentui/react-components';
import { HOLIDAY_NOTICES, calendarYears, type CalendarYear, type HolidayLine } from '../../core';
import type { ParamValue } from '../../app/engine';
import type { Strings } from '../../app/i18n';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalXS,
    borderLeft: `3px solid ${tokens.colorNeutralStroke2}`,
  },
  year: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  summary: { cursor: 'pointer', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  body: { paddingLeft: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  work: { color: tokens.colorBrandForeground1 },
  chips: { display: 'flex', flexWrap: 'wrap', rowGap: tokens.spacingVerticalXXS },
  adder: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXXS },
});

/** `2023-10-07` → `10.7` (the year is the row's). */
export function shortDate(d: string): string {
  return `${Number(d.slice(5, 7))}.${Number(d.slice(8, 10))}`;
}

/** The notice's 文号: its first word (`国办发明电〔2022〕16号`). */
export function docNumber(source: string): string {
  return source.split(/[\s；;]/)[0];
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
}

function NoticeLine({ line, t }: { line: HolidayLine; t: Strings }) {
  const st = useStyles();
  const [name, from, to, ...work] = line;
  return (
    <li>
      {name} {from === to ? shortDate(from) : `${shortDate(from)}–${shortDate(to)}`} {t.pane.holidaysOff}
      {work.length > 0 && (
        <span className={st.work} data-workdays={work.join(' ')}>
          ；{t.pane.holidaysWork} {work.map(shortDate).join('、')}
        </span>
      )}
    </li>
  );
}

export interface HolidayCalendarProps {
  /** The review settings' parameters (calendar keys among them). */
  values: Record<string, ParamValue>;
  onParam(key: string, value: ParamValue | undefined): void;
  disabled?: boolean;
  t: Strings;
}

export function HolidayCalendar({ values, onParam, disabled, t }: HolidayCalendarProps) {
  const st = useStyles();
  const [draft, setDraft] = useState('');
  const added: CalendarYear[] = calendarYears(values).sort((a, b) => a.year - b.year);
  const addedYears = new Set(added.map((y) => y.year));

  /** Writes one settings year's date lists (a date is off or worked, never both). */
  const write = (year: number, holidays: string[], workdays: string[]) => {
    const list = (ds: string[]) => (ds.length > 0 ? [...new Set(ds)].sort() : undefined);
    onParam(`calendar.${year}.holidays`, list(holidays));
    onParam(`calendar.${year}.workdays`, list(workdays));
  };
  const add = (working: boolean) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft)) return;
    const year = Number(draft.slice(0, 4));
    const y = added.find((a) => a.year === year) ?? { holidays: [], workdays: [] };
    const off = y.holidays.filter((d) => d !== draft);
    const work = y.workdays.filter((d) => d !== draft);
    if (working) work.push(draft);
    else off.push(draft);
    write(year, off, work);
    setDraft('');
  };
  const chips = (y: CalendarYear, working: boolean) => {
    const list = working ? y.workdays : y.holidays;
    if (list.length === 0) return null;
    return (
      <>
        <Caption1>{working ? t.pane.holidaysWork : t.pane.holidaysOff}</Caption1>
        <TagGroup
          className={st.chips}
          aria-label={`${y.year} ${working ? t.pane.holidaysWork : t.pane.holidaysOff}`}
          onDismiss={(_, d) =>
            working
              ? write(
                  y.year,
                  y.holidays,
                  y.workdays.filter((x) => x !== d.value),
                )
              : write(
                  y.year,
                  y.holidays.filter((x) => x !== d.value),
                  y.workdays,
                )
          }
        >
          {[...list].sort().map((d) => (
            <Tag
              key={d}
              value={d}
              size="small"
              appearance={working ? 'outline' : 'brand'}
              dismissible={!disabled}
              dismissIcon={{ 'aria-label': t.pane.paramRemove(d) }}
            >
              {d}
            </Tag>
          ))}
        </TagGroup>
      </>
    );
  };

  return (
    <div className={st.root} data-calendar="china">
      <Caption1Strong>{t.pane.holidaysTitle}</Caption1Strong>
      <Caption1>{t.pane.holidaysHint}</Caption1>
      {HOLIDAY_NOTICES.map((n) => {
        const off = n.holidays.reduce((s, [, from, to]) => s + daysBetween(from, to), 0);
        const work = n.holidays.reduce((s, l) => s + l.length - 3, 0);
        return (
          <details key={n.year} className={st.year} data-year={n.year} data-origin="shipped">
            <summary className={st.summary} title={n.source}>
              {n.year} · {docNumber(n.source)}
              {addedYears.has(n.year) ? t.pane.holidaysOverrides : ''}
            </summary>
            <div className={st.body}>
              <Caption1>{n.source}</Caption1>
              <Caption1>{t.pane.holidaysDays(off, work)}</Caption1>
              <ul className={st.lines}>
                {n.holidays.map((l) => (
                  <NoticeLine key={l[0]} line={l} t={t} />
                ))}
              </ul>
            </div>
          </details>
        );
      })}
      {added.length > 0 && <Caption1Strong>{t.pane.holidaysAdded}</Caption1Strong>}
      {added.map((y) => (
        <details key={y.year} className={st.year} data-year={y.year} data-origin="settings" open>
          <summary className={st.summary}>
            {y.year} · {docNumber(y.source)}
          </summary>
          <div className={st.body}>
            <SourceInput year={y.year} value={y.source} onParam={onParam} disabled={disabled} t={t} />
            {chips(y, false)}
            {chips(y, true)}
          </div>
        </details>
      ))}
      {!disabled && (
        <>
          <Caption1>{t.pane.holidaysAddTitle}</Caption1>
          <div className={st.adder}>
            <Input size="small" type="date" aria-label={t.pane.holidaysAddDate} value={draft} onChange={(_, d) => setDraft(d.value)} />
            <Button size="small" disabled={!draft} onClick={() => add(false)}>
              {t.pane.holidaysAddOff}
            </Button>
            <Button size="small" disabled={!draft} onClick={() => add(true)}>
              {t.pane.holidaysAddWork}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}

function SourceInput({
  year,
  value,
  onParam,
  disabled,
  t,
}: {
  year: number;
  value: string;
  onParam: HolidayCalendarProps['onParam'];
  disabled?: boolean;
  t: Strings;
}) {
  const [text, setText] = useState(value);
  const commit = () => {
    if (text.trim() !== value) onParam(`calendar.${year}.source`, text.trim() || undefined);
  };
  return (
    <Input
      size="small"
      aria-label={t.pane.holidaysSourceLabel(String(year))}
      value={text}
      disabled={disabled}
      onChange={(_, d) => setText(d.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
    />
  );
}
