/**
 * The 继续教育 tab: read the registers (the open workbook in Excel, the opened files in browser mode), tally
 * with the ce2007 / cas packs for a year, show per person and year the professional, public (recorded /
 * counted), outbound, total, required hours and the shortfall — shortfall rows highlighted; a row click
 * selects the person's first row; 标记 marks the shortfall rows with the review's reversible marks.
 */
import { Fragment, useCallback, useMemo, useState } from 'react';
import {
  Badge, Button, Caption1, Checkbox, Select, Switch, Table, TableBody, TableCell, TableHeader,
  TableHeaderCell, TableRow, makeStyles, mergeClasses, tokens,
} from '@fluentui/react-components';
import type { WorkbookGrid } from '../../core';
import type { PersonYear } from '../../core';
import type { Finding } from '../../core';
import type { SheetKind } from '../../core';
import type { CellContext, WorkbookHost } from '../../hosts/host';
import { CE_PACK_IDS, fmt, personRowId, runCe, shortfallFindings, type CePack, type CeRun } from '../ce';
import type { Engine } from '../../app/engine';
import { describeError } from '../../app/errors';
import type { Strings } from '../../app/i18n';
import { CellContextGrid } from './CellContextGrid';
import { FilePicker } from './FilePicker';
import { Pager, pageOf } from './Pager';
import { BusyIndicator, MessageLine, type StatusMessage } from './Status';
import { readPicked } from '../files';
import { useSectionStyles } from './styles';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  // A narrow pane (320–350 px): the table keeps one line per row and scrolls sideways, the name column stays in view.
  scroller: { overflowX: 'auto', maxWidth: '100%' },
  table: { tableLayout: 'auto', width: 'max-content', minWidth: '100%' },
  head: { whiteSpace: 'normal', wordBreak: 'keep-all', verticalAlign: 'bottom', minWidth: '2.5em' },
  row: { cursor: 'pointer' },
  short: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    ':hover': { backgroundColor: tokens.colorPaletteRedBackground2 },
  },
  nameCell: { position: 'sticky', left: 0, zIndex: 1, backgroundColor: 'inherit', whiteSpace: 'nowrap' },
  nameHead: { position: 'sticky', left: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1 },
  name: { display: 'inline-block', maxWidth: '4.5em', overflow: 'hidden', textOverflow: 'ellipsis', verticalAlign: 'bottom' },
  badge: { marginLeft: tokens.spacingHorizontalXXS, flexShrink: 0 },
  // The detail stays within the pane's width while the table scrolls sideways.
  detail: { position: 'sticky', left: 0, maxWidth: 'calc(100vw - 48px)', boxSizing: 'border-box', whiteSpace: 'normal', padding: tokens.spacingVerticalXS, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  num: { textAlign: 'right', whiteSpace: 'nowrap' },
  shortfall: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

type Message = StatusMessage;

/** Person-year rows per page (a register may hold thousands). */
export const CE_PAGE = 50;

export interface CeTabProps {
  host: WorkbookHost;
  engine: Engine;
  t: Strings;
}

export function CeTab({ host, engine, t }: CeTabProps) {
  const s = useSectionStyles();
  const st = useStyles();
  const c = t.ce;
  // Files opened in the pane (browser mode) rather than the application's open workbook.
  const local = host.files ?? null;

  const [packs, setPacks] = useState<CePack[]>(['ce2007']);
  const [year, setYear] = useState<number | null>(null);
  const [grids, setGrids] = useState<WorkbookGrid[] | null>(null);
  const [params, setParams] = useState<{ params?: Record<string, unknown>; sheetKinds?: Record<string, SheetKind> }>({});
  const [run, setRun] = useState<CeRun | null>(null);
  const [onlyShort, setOnlyShort] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [marked, setMarked] = useState<Finding[] | null>(null);
  const [files, setFiles] = useState<string[]>(local ? local.fileNames() : []);
  const [page, setPage] = useState(0);
  const [detail, setDetail] = useState<string | null>(null);
  // The register around the opened person's first row, when the engine's worker finds it (browser mode with a worker).
  const [detailContext, setDetailContext] = useState<{ id: string; ctx: CellContext | null } | null>(null);

  const fail = useCallback((e: unknown) => setMessage({ intent: 'error', text: describeError(e, t) }), [t]);

  /** Tallies in the engine's worker when there is one (a large register would hold the page), else here. */
  const tally = async (g: WorkbookGrid[], p: CePack[], y: number | null, extra = params) => {
    const options = { packs: p, year: y, params: extra.params, sheetKinds: extra.sheetKinds };
    const r = engine.ceAsync ? await engine.ceAsync(g, options) : runCe(g, options);
    setRun(r);
    setPage(0);
    setDetail(null);
    if (r.rows === 0) setMessage({ intent: 'info', text: c.noRegister });
    return r;
  };

  const start = async () => {
    setMessage(null);
    setMarked(null);
    if (local && local.fileNames().length === 0) {
      setMessage({ intent: 'info', text: t.noFiles });
      return;
    }
    setBusy(c.running);
    try {
      let extra: typeof params = {};
      try {
        const settings = engine.readSettings(await host.loadSettings());
        extra = { params: settings.params, sheetKinds: settings.sheetKinds };
      } catch {
        // bad settings are reported on the 审核 tab; tally with the defaults
      }
      setParams(extra);
      const g = await host.readWorkbooks();
      setGrids(g);
      const r = await tally(g, packs, year, extra);
      if (year !== null && !r.years.includes(year)) {
        setYear(null);
        await tally(g, packs, null, extra);
      }
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  };

  const change = (p: CePack[], y: number | null) => {
    setPacks(p);
    setYear(y);
    setMarked(null);
    if (grids) tally(grids, p, y).catch(fail);
  };

  const mark = async () => {
    if (!run || !grids) return;
    const findings = shortfallFindings(run);
    if (findings.length === 0) {
      setMessage({ intent: 'info', text: c.markNone });
      return;
    }
    setBusy(c.mark);
    try {
      await host.applyMarks(findings, { includeInfo: false });
      setMarked(findings);
      setMessage({ intent: 'success', text: c.marked(findings.length) });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  };

  const clear = async () => {
    setBusy(c.clear);
    try {
      await host.clearMarks();
      setMarked(null);
      setMessage({ intent: 'success', text: c.cleared });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  };

  const select = async (p: PersonYear) => {
    const id = personRowId(p);
    const opening = detail !== id;
    setDetail((d) => (d === id ? null : id));
    if (opening && local?.cellContextAsync) {
      local.cellContextAsync(p.first.file, p.first.sheet, p.first.cell).then(
        (ctx) => setDetailContext({ id, ctx }),
        () => setDetailContext({ id, ctx: null }),
      );
    }
    try {
      await host.selectCell(p.first.file, p.first.sheet, p.first.cell);
    } catch (e) {
      fail(e);
    }
  };

  const shown = useMemo(() => (run ? run.persons.filter((p) => !onlyShort || p.shortfall > 0) : []), [run, onlyShort]);
  const paged = pageOf(shown, page, CE_PAGE);
  const columns = packs.length > 1 ? 9 : 8;
  const shortCount = run ? run.persons.filter((p) => p.shortfall > 0).length : 0;
  const working = busy !== null;
  const packName = (id: CePack) => engine.packs.find((p) => p.id === id)?.name ?? id;

  return (
    <div>
      {local && (
        <FilePicker
          files={files}
          disabled={working}
          onFiles={async (list) => {
            local.addFiles(await readPicked(list));
            setFiles(local.fileNames());
            setMessage((m) => (m?.text === t.noFiles ? null : m));
          }}
          onRemove={(name) => {
            local.removeFile(name);
            setFiles(local.fileNames());
          }}
          canDownload={marked !== null && files.length > 0}
          onDownload={async () => {
            try {
              await local.downloadMarked(marked ?? []);
              setMessage({ intent: 'success', text: files.length > 1 ? t.pane.downloadedZip(files.length) : t.downloaded(files.length) });
            } catch (e) {
              fail(e);
            }
          }}
          t={t}
        />
      )}

      <section className={s.section} aria-label={c.packs}>
        <Caption1 className={s.hint}>{local ? c.introBrowser : c.intro}</Caption1>
        <div className={st.actions} role="group" aria-label={c.packs}>
          {CE_PACK_IDS.map((id) => (
            <Checkbox
              key={id}
              label={packName(id)}
              checked={packs.includes(id)}
              disabled={working}
              onChange={(_, d) => change(d.checked ? CE_PACK_IDS.filter((x) => x === id || packs.includes(x)) : packs.filter((x) => x !== id), year)}
            />
          ))}
        </div>
        <div className={st.actions}>
          <label htmlFor="ce-year">{c.year}</label>
          <Select
            id="ce-year"
            aria-label={c.year}
            value={year === null ? '' : String(year)}
            disabled={working}
            onChange={(_, d) => change(packs, d.value === '' ? null : Number(d.value))}
          >
            <option value="">{c.allYears}</option>
            {(run?.years ?? []).map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </Select>
        </div>
      </section>

      <section className={s.section}>
        <div className={st.actions}>
          <Button appearance="primary" onClick={() => void start()} disabled={working}>
            {c.run}
          </Button>
          <Button onClick={() => void mark()} disabled={working || !run || shortCount === 0} title={c.markReplaces}>
            {c.mark}
          </Button>
          {/* Browser mode: the marks go into the downloaded copies only; there is nothing in a workbook to clear. */}
          {!local && (
            <Button onClick={() => void clear()} disabled={working}>
              {c.clear}
            </Button>
          )}
          {run && <Switch label={c.onlyShort} checked={onlyShort} onChange={(_, d) => setOnlyShort(d.checked)} />}
        </div>
        {busy && <BusyIndicator step={busy} />}
        {message && <MessageLine message={message} errorTitle={t.errorTitle} />}
        {run && run.rows > 0 && (
          <Caption1 aria-live="polite">
            {c.summary(run.persons.length, shortCount, run.rows)}
            {run.tally.conflicts.length > 0 && ` ${c.conflicts(run.tally.conflicts.length)}`}
          </Caption1>
        )}
      </section>

      {run && shown.length > 0 && (
        <section className={s.section} aria-label={c.table}>
          <div className={st.scroller}>
          <Table size="extra-small" className={st.table} aria-label={c.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={mergeClasses(st.head, st.nameHead)}>{c.colName}</TableHeaderCell>
                <TableHeaderCell className={st.head}>{c.colYear}</TableHeaderCell>
                {packs.length > 1 && <TableHeaderCell className={st.head}>{c.colBasis}</TableHeaderCell>}
                <TableHeaderCell className={st.head}>{c.colTotal}</TableHeaderCell>
                <TableHeaderCell className={st.head}>{c.colRequired}</TableHeaderCell>
                <TableHeaderCell className={st.head}>{c.colShortfall}</TableHeaderCell>
                <TableHeaderCell className={st.head}>{c.colProfessional}</TableHeaderCell>
                <TableHeaderCell className={st.head}>{c.colPublic}</TableHeaderCell>
                <TableHeaderCell className={st.head}>{c.colAbroad}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {paged.rows.map((p) => {
                const short = p.shortfall > 0;
                const id = personRowId(p);
                const context =
                  detail !== id ? null
                  : local?.cellContextAsync ? (detailContext?.id === id ? detailContext.ctx : null)
                  : local?.cellContext ? local.cellContext(p.first.file, p.first.sheet, p.first.cell)
                  : null;
                return (
                  <Fragment key={id}>
                  <TableRow
                    className={short ? mergeClasses(st.row, st.short) : st.row}
                    data-person={p.name}
                    data-shortfall={short ? 'true' : 'false'}
                    tabIndex={0}
                    aria-label={c.select(p.name)}
                    aria-expanded={detail === id}
                    onClick={() => void select(p)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === ' ') void select(p);
                    }}
                  >
                    <TableCell className={st.nameCell} title={[p.name, p.unit].filter(Boolean).join(' · ')}>
                      <span className={st.name}>{p.name}</span>
                      {short && (
                        <Badge size="small" color="danger" appearance="tint" className={st.badge}>
                          {c.shortRow}
                        </Badge>
                      )}
                    </TableCell>
                    <TableCell className={st.num}>{p.year ?? c.unknownYear}</TableCell>
                    {packs.length > 1 && <TableCell className={st.num}>{c.basis[p.basis] ?? p.basis}</TableCell>}
                    <TableCell className={st.num}>{fmt(p.total)}</TableCell>
                    <TableCell className={st.num}>{fmt(p.required)}</TableCell>
                    <TableCell className={short ? mergeClasses(st.num, st.shortfall) : st.num}>{fmt(p.shortfall)}</TableCell>
                    <TableCell className={st.num}>{fmt(p.professional)}</TableCell>
                    <TableCell className={st.num}>
                      {fmt(p.publicRecorded)} / {fmt(p.publicCounted)}
                    </TableCell>
                    <TableCell className={st.num}>{fmt(p.abroad)}</TableCell>
                  </TableRow>
                  {detail === id && (
                    <TableRow data-detail={p.name} aria-label={t.pane.ceDetail(p.name)}>
                      <TableCell colSpan={columns}>
                        <div className={st.detail}>
                          <span>
                            {p.name}
                            {p.leader && <Badge size="small" appearance="tint" className={st.badge}>{c.leader}</Badge>}
                            {p.unit ? <Caption1 className={s.hint}> {p.unit}</Caption1> : null}
                          </span>
                          <Caption1>
                            {`${c.colProfessional} ${fmt(p.professional)} · ${c.colPublic} ${fmt(p.publicRecorded)} / ${fmt(p.publicCounted)} · ${c.colAbroad} ${fmt(p.abroad)}`}
                          </Caption1>
                          <Caption1>{`${c.colTotal} ${fmt(p.total)} · ${c.colRequired} ${fmt(p.required)} · ${c.colShortfall} ${fmt(p.shortfall)}`}</Caption1>
                          {p.unreadableRows > 0 && <Caption1 className={st.shortfall}>{c.unreadableRows(p.unreadableRows)}</Caption1>}
                          {context && <CellContextGrid context={context} t={t} />}
                        </div>
                      </TableCell>
                    </TableRow>
                  )}
                  </Fragment>
                );
              })}
            </TableBody>
          </Table>
          </div>
          {shown.length > CE_PAGE && <Pager page={paged.page} pages={paged.pages} from={paged.from} to={paged.to} total={shown.length} onPage={setPage} t={t} />}
        </section>
      )}
    </div>
  );
}
