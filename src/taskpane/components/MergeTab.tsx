/**
 * The 合并汇总 tab: pick the returned files, merge them (progress; 取消 at once where the engine has a worker, else between files), write 省级汇总 /
 * 单位汇总 / 导入记录 into the open workbook (Excel) or download them (browser mode), show the counts and the
 * rejected rows, and export the 需求表 of the approved projects.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  Button, Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles,
  tokens,
} from '@fluentui/react-components';
import { combinePackUse, PACK_NAMES, readExistingSummary, SHEET_LOG, SHEET_SUMMARY, type ExistingSummary, type MergeResult } from '../../core';
import type { WorkbookGrid } from '../../core';
import type { WorkbookHost } from '../../hosts/host';
import { ZIP_MIME } from '../../app/download';
import { EMPTY_SETTINGS, optionsFrom, type Engine, type PaneSettings } from '../../app/engine';
import { describeError } from '../../app/errors';
import type { Strings } from '../../app/i18n';
import {
  countryChart, demandForms, failedEntries, mergePicked, rejectedEntries, resultAsSummary, type MergeDeps, type PickedFile,
} from '../merge';
import { fileBytes, readPicked } from '../files';
import { sha256Hex } from '../sha256';
import { FileInput } from './FilePicker';
import { LiveBusyIndicator, MessageLine, progressStore, type StatusMessage } from './Status';
import { useSectionStyles } from './styles';

const useStyles = makeStyles({
  files: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: '160px', overflowY: 'auto' },
  counts: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  count: { display: 'flex', flexDirection: 'column' },
  figure: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  table: { tableLayout: 'auto' },
  reason: { color: tokens.colorPaletteRedForeground1 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

type Message = StatusMessage;

/** The counts shown, in this order (MergeCounts keys). */
const COUNT_KEYS = ['filesRead', 'filesFailed', 'projectsIn', 'projectsMerged', 'rejected', 'added', 'changed', 'withdrawn', 'unchanged', 'kept', 'duplicates'] as const;

export interface MergeTabProps {
  host: WorkbookHost;
  engine: Engine;
  t: Strings;
  /** Reading, hashing and the clock (tests replace them). */
  deps?: Partial<MergeDeps>;
  /** A picked File → bytes (jsdom's File has no arrayBuffer; tests pass their own). */
  readFile?: (f: File) => Promise<Uint8Array>;
}

/**
 * The file reader and writer are loaded when first used (as src/hosts/files/read loads SheetJS), so the
 * pane starts without them and tests of other tabs need no TextEncoder.
 */
function fileWriters(): typeof import('../../app/exportFiles') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../../app/exportFiles') as typeof import('../../app/exportFiles');
}

function readBytes(bytes: Uint8Array, fileName: string): WorkbookGrid {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../../hosts/files/read') as typeof import('../../hosts/files/read')).readWorkbookBytes(bytes, fileName);
}

const defaultDeps: MergeDeps = { read: readBytes, sha256: sha256Hex, now: () => new Date().toISOString() };

function hasContent(grid: WorkbookGrid, name: string): boolean {
  const s = grid.sheets.find((x) => x.name.trim() === name);
  return !!s && s.cells.some((r) => r && r.some((c) => c && c.v !== null && c.v !== ''));
}

export function MergeTab({ host, engine, t, deps, readFile = fileBytes }: MergeTabProps) {
  const s = useSectionStyles();
  const st = useStyles();
  const m = t.merge;
  // Files opened in the pane (browser mode): the merge's result is downloaded, not written into a workbook.
  const local = !!host.files;
  const signal = useRef<{ cancelled: boolean } | null>(null);

  const [files, setFiles] = useState<PickedFile[]>([]);
  const [settings, setSettings] = useState<PaneSettings>(EMPTY_SETTINGS);
  const [busy, setBusy] = useState<{ fraction: number | null; step: string; cancellable: boolean } | null>(null);
  // Per-file progress goes to `progress` (only the progress line draws it), not to `busy`.
  const [progress] = useState(progressStore);
  const [cancelling, setCancelling] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [notes, setNotes] = useState<string[]>([]);
  const [result, setResult] = useState<MergeResult | null>(null);

  const fail = useCallback((e: unknown) => setMessage({ intent: 'error', text: describeError(e, t) }), [t]);

  useEffect(() => {
    let stop = false;
    host
      .loadSettings()
      .then((raw) => {
        if (!stop) setSettings(engine.readSettings(raw));
      })
      .catch(() => undefined); // the 审核 tab reports bad settings; the merge then uses the defaults
    return () => {
      stop = true;
    };
  }, [host, engine]);

  const packNames = engine.packs.filter((p) => p.id !== 'common' && settings.packs.includes(p.id)).map((p) => p.name).join('、');

  const addFiles = async (list: File[]) => {
    try {
      const read = await readPicked(list, readFile);
      setFiles((cur) => [...cur.filter((c) => !read.some((r) => r.name === c.name)), ...read]);
      // “请先选择…” no longer holds once files are picked.
      setMessage((cur) => (cur?.text === m.noFiles ? null : cur));
    } catch (e) {
      fail(e);
    }
  };

  /**
   * The 省级汇总 already in the open workbook (Excel), reading only the named sheets; null when there is
   * none. Throws when it is there but unreadable.
   */
  const workbookSummary = async (sheets: string[]): Promise<ExistingSummary | null> => {
    const [grid] = await host.readWorkbooks(undefined, { sheets });
    if (!grid || !hasContent(grid, SHEET_SUMMARY)) return null;
    return readExistingSummary(grid);
  };

  const run = async () => {
    if (files.length === 0) {
      setMessage({ intent: 'info', text: m.noFiles });
      return;
    }
    const sig = { cancelled: false };
    signal.current = sig;
    setCancelling(false);
    setMessage(null);
    setNotes([]);
    progress.set(null);
    setBusy({ fraction: 0, step: m.merging, cancellable: true });
    const started = Date.now();
    try {
      let existing: ExistingSummary | null = null;
      if (!local) {
        setBusy({ fraction: 0, step: m.readingExisting, cancellable: true });
        try {
          existing = await workbookSummary([SHEET_SUMMARY, SHEET_LOG]);
        } catch (e) {
          setMessage({ intent: 'error', text: m.existingUnreadable(e instanceof Error ? e.message : String(e)) });
          return;
        }
      }
      const outcome = await mergePicked(files, {
        engine,
        options: optionsFrom(settings, engine, { suggestWhenNone: true }),
        existing,
        deps: { ...defaultDeps, ...deps },
        pickedSummaryIsExisting: local,
        signal: sig,
        onProgress: (p) => progress.set({ fraction: (0.8 * p.done) / Math.max(1, p.total), step: p.file ? m.step(p.done + 1, p.total, p.file) : m.merging }),
      });
      if (outcome.status === 'cancelled') {
        setMessage({ intent: 'info', text: m.cancelled(outcome.filesDone, files.length) });
        return;
      }
      progress.set(null);
      setBusy({ fraction: 0.8, step: m.writing, cancellable: false });
      if (!host.writeSheets) throw new Error('此宿主不能写入工作表');
      const chart = countryChart(outcome.sheets, m.chartTitle) ?? undefined;
      const report = await host.writeSheets(
        outcome.sheets,
        { chart, fileName: `${SHEET_SUMMARY}.xlsx`, activate: SHEET_SUMMARY },
        (p) => progress.set({ fraction: 0.8 + 0.2 * (p.fraction ?? 0), step: p.step || m.writing }),
      );
      setResult(outcome.result);
      const extra: string[] = [];
      if (outcome.existingFrom) extra.push(m.existingFrom(outcome.existingFrom));
      else if (existing) extra.push(m.existingInWorkbook(existing.rows.length));
      if (report.chartSource) extra.push(m.chartAdded(report.chartSource));
      const packs = combinePackUse(outcome.sources.map((s) => (s.status === 'read' ? s.packs : undefined)));
      const chosen = packs.used.filter((p) => p !== 'common');
      if (packs.fromSuggestion && chosen.length > 0) extra.push(m.packsSuggested(chosen.map((p) => PACK_NAMES[p]).join('、')));
      setNotes([...extra, ...report.notices]);
      setMessage({ intent: 'success', text: `${m.done(Date.now() - started)}${local ? m.doneBrowser : m.doneExcel}` });
    } catch (e) {
      fail(e);
    } finally {
      signal.current = null;
      setBusy(null);
      setCancelling(false);
    }
  };

  const cancel = () => {
    if (signal.current) signal.current.cancelled = true;
    // The file in progress is in the engine's worker: end it now, not after the file.
    engine.cancel?.();
    setCancelling(true);
  };

  /** The summary to export from: the workbook's 省级汇总 as the reviewer left it (Excel), or what was just merged. */
  const exportSource = async (): Promise<ExistingSummary | null> => {
    if (local) return result ? resultAsSummary(result) : null;
    return workbookSummary([SHEET_SUMMARY]);
  };

  const exportForms = async (asZip: boolean) => {
    setMessage(null);
    progress.set(null);
    setBusy({ fraction: null, step: m.export, cancellable: false });
    try {
      const summary = await exportSource();
      if (!summary) {
        setMessage({ intent: 'info', text: m.exportNoSummary });
        return;
      }
      const forms = demandForms(summary);
      if (forms.sheets.length === 0) {
        setMessage({ intent: 'info', text: m.exportNone });
        return;
      }
      if (asZip || local) {
        if (!host.download) throw new Error('此宿主不能下载文件');
        const { zipFiles, outSheetsToXlsx } = fileWriters();
        const bytes = zipFiles(forms.sheets.map((sheet, i) => ({ name: forms.fileNames[i], bytes: outSheetsToXlsx([{ ...sheet, name: '需求表' }]) })));
        await host.download('需求表.zip', bytes, ZIP_MIME);
        setMessage({ intent: 'success', text: m.exportedZip(forms.sheets.length) });
      } else {
        if (!host.writeSheets) throw new Error('此宿主不能写入工作表');
        await host.writeSheets(forms.sheets, { activate: forms.sheets[0].name });
        setMessage({ intent: 'success', text: m.exportedSheets(forms.sheets.length) });
      }
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  };

  const working = busy !== null;
  const rejected = result ? rejectedEntries(result) : [];
  const failed = result ? failedEntries(result) : [];

  return (
    <div>
      <section className={s.section} aria-label={m.pick}>
        <Caption1 className={s.hint}>{local ? m.introBrowser : m.intro}</Caption1>
        <div className={s.row}>
          <FileInput label={m.pick} disabled={working} onFiles={(list) => void addFiles(list)} />
          <Caption1 className={s.hint}>{t.filesAccepted}</Caption1>
        </div>
        {files.length > 0 && (
          <>
            <div className={s.row}>
              <Text size={200}>{m.picked(files.length)}</Text>
              <Button size="small" appearance="subtle" disabled={working} onClick={() => setFiles([])}>
                {m.clearFiles}
              </Button>
            </div>
            <ul className={st.files} aria-label={m.picked(files.length)}>
              {files.map((f) => (
                <li key={f.name}>
                  <Text size={200}>{f.name}</Text>{' '}
                  <Button size="small" appearance="transparent" aria-label={m.removeFile(f.name)} disabled={working} onClick={() => setFiles((cur) => cur.filter((x) => x.name !== f.name))}>
                    ×
                  </Button>
                </li>
              ))}
            </ul>
          </>
        )}
        <Caption1 className={s.hint}>{m.packsUsed(packNames)}</Caption1>
      </section>

      <section className={s.section}>
        <div className={st.actions}>
          <Button appearance="primary" onClick={() => void run()} disabled={working}>
            {m.run}
          </Button>
          {busy?.cancellable && (
            <Button onClick={cancel} disabled={cancelling}>
              {cancelling ? m.cancelling : m.cancel}
            </Button>
          )}
          <Button onClick={() => void exportForms(false)} disabled={working || (local && !result)} aria-describedby="merge-export-hint">
            {m.export}
          </Button>
          {!local && host.download && (
            <Button appearance="subtle" onClick={() => void exportForms(true)} disabled={working} aria-describedby="merge-export-hint">
              {m.exportZip}
            </Button>
          )}
        </div>
        {/* Hints as text, not tooltips: a narrow pane has no room for popups over the buttons. */}
        <Caption1 id="merge-export-hint" className={s.hint}>
          {m.exportHint}
          {!local && host.download ? ` ${m.exportZipHint}` : ''}
        </Caption1>
        {busy && <LiveBusyIndicator store={progress} start={busy} fallback={busy.step} />}
        {message && <MessageLine message={message} errorTitle={t.errorTitle} />}
        {notes.map((n) => (
          <Caption1 key={n} className={s.hint}>
            {n}
          </Caption1>
        ))}
      </section>

      {result && (
        <>
          <section className={s.section} aria-label={m.countsTitle}>
            <h2 className={s.heading}>{m.countsTitle}</h2>
            <div className={st.counts}>
              {COUNT_KEYS.map((k) => (
                <div key={k} className={st.count} data-count={k}>
                  <Caption1>{m.counts[k]}</Caption1>
                  <span className={st.figure}>{result.counts[k]}</span>
                </div>
              ))}
            </div>
          </section>

          {failed.length > 0 && (
            <section className={s.section} aria-label={m.failedTitle(failed.length)}>
              <h2 className={s.heading}>{m.failedTitle(failed.length)}</h2>
              <ul className={st.files}>
                {failed.map((e, i) => (
                  <li key={`${e.file}-${i}`} data-failed={e.file}>
                    <Text size={200} weight="semibold">{e.file}</Text> <Text size={200} className={st.reason}>{e.note}</Text>
                  </li>
                ))}
              </ul>
            </section>
          )}

          <section className={s.section} aria-label={m.rejectedTitle(rejected.length)}>
            <h2 className={s.heading}>{m.rejectedTitle(rejected.length)}</h2>
            {rejected.length === 0 ? (
              <Caption1 className={s.hint}>{m.rejectedNone}</Caption1>
            ) : (
              <Table size="extra-small" className={st.table} aria-label={m.rejectedTitle(rejected.length)}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{m.colFile}</TableHeaderCell>
                    <TableHeaderCell>{m.colSheet}</TableHeaderCell>
                    <TableHeaderCell>{m.colRow}</TableHeaderCell>
                    <TableHeaderCell>{m.colText}</TableHeaderCell>
                    <TableHeaderCell>{m.colReason}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {rejected.map((e, i) => (
                    <TableRow key={`${e.file}-${e.sheet}-${e.row}-${i}`} data-rejected={`${e.file}!${e.sheet}!${e.row ?? ''}`}>
                      <TableCell>{e.file}</TableCell>
                      <TableCell>{e.sheet}</TableCell>
                      <TableCell>{e.row ?? ''}</TableCell>
                      <TableCell>{e.project}</TableCell>
                      <TableCell className={st.reason}>{e.note}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </section>
        </>
      )}
    </div>
  );
}
