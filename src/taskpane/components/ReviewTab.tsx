/**
 * The 审核 tab: packs and parameters, the 审核 and 清除标记 buttons, live checking, templates, progress,
 * sheet recognition, findings, tallies and suppressed findings. All state about a review lives here;
 * the host does the reading and marking, the engine (core) the reviewing.
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Button, Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger, MessageBar, MessageBarBody, Switch,
  Tooltip, makeStyles, tokens,
} from '@fluentui/react-components';
import { PACK_NAMES, type PackId, type ProjectReport, type WorkbookReview } from '../../core';
import type { Finding } from '../../core';
import type { SheetKind } from '../../core';
import type { HostCapabilities, Progress, TemplateKind, WorkbookHost } from '../../hosts/host';
import { EMPTY_SETTINGS, optionsFrom, reviewAll, type Engine, type PaneSettings, type ParamValue } from '../../app/engine';
import { isCancelled } from '../../app/engineWorker';
import { describeError } from '../../app/errors';
import type { Strings } from '../../app/i18n';
import { splitSuppressed, suppressionKey, type Suppression } from '../../app/display';
import { FilePicker } from './FilePicker';
import { FindingsView } from './FindingsView';
import { Pager, pageOf } from './Pager';
import { PackPicker } from './PackPicker';
import { ParamsEditor } from './ParamsEditor';
import { SheetPanel } from './SheetPanel';
import { SuppressedList } from './SuppressedList';
import { TallyCards, verdictScope } from './TallyCards';
import { LiveBusyIndicator, MessageLine, progressStore, type StatusMessage } from './Status';
import { RESULT_SHEET } from '../../core';
import { readPicked } from '../files';
import { useSectionStyles } from './styles';
import { afterFrame } from '../afterFrame';

/** Live checking waits this long after the last change before reviewing again. */
export const LIVE_DEBOUNCE_MS = 800;
const TEMPLATE_ORDER: TemplateKind[] = ['demand-form', 'demand-list', 'schedule', 'participants', 'standards'];
/** Tally cards per page (one card per project; 300 files may hold thousands). */
export const TALLY_PAGE = 20;
/**
 * The results are first drawn in parts, each committed in its own task after the browser has drawn the one
 * before: the findings, then the tallies, then the sheets. At once, 300 files' results were one commit of
 * 25–30 ms CPU followed by one task of style and layout of 60–90 ms (both over 200 ms on a loaded machine).
 */
export const RESULT_PARTS = 3;

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  progress: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  bar: { marginTop: tokens.spacingVerticalS },
  results: { scrollMarginTop: tokens.spacingVerticalS, outlineStyle: 'none' },
  resultsHead: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, paddingTop: tokens.spacingVerticalM },
});

type Message = StatusMessage;

export interface ReviewTabProps {
  host: WorkbookHost;
  engine: Engine;
  t: Strings;
  /** Today's date, ISO (tests pass a fixed one). */
  today?: string;
}

function isoToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function ReviewTab({ host, engine, t, today }: ReviewTabProps) {
  const s = useSectionStyles();
  const st = useStyles();
  // Files opened in the pane (browser mode) rather than the application's open workbook.
  const local = host.files ?? null;

  const [settings, setSettings] = useState<PaneSettings>(EMPTY_SETTINGS);
  const [asOf, setAsOf] = useState(today ?? isoToday());
  const [caps, setCaps] = useState<HostCapabilities | null>(null);
  const [reviews, setReviews] = useState<WorkbookReview[] | null>(null);
  const [findings, setFindings] = useState<Finding[]>([]);
  // Whether the tab works (and on what at first); the run's progress reports go to `progress`, not to this state.
  const [busy, setBusy] = useState<Progress | null>(null);
  const [progress] = useState(progressStore);
  const [message, setMessage] = useState<Message>(null);
  const [live, setLive] = useState(false);
  const [includeInfo, setIncludeInfo] = useState(false);
  const [files, setFiles] = useState<string[]>(local ? local.fileNames() : []);
  // Packs suggested from the content: asked for while the reviewer has picked none (RULES.md "Rule packs").
  const [suggested, setSuggested] = useState<PackId[]>([]);
  const [packsTouched, setPacksTouched] = useState(false);
  const [tallyPage, setTallyPage] = useState(0);
  // The run in progress, for 取消 (checked between workbooks; the engine's worker is stopped at once).
  const running = useRef<{ cancelled: boolean } | null>(null);
  // Whether a review runs (shows 取消): state, since the ref is not read while rendering.
  const [reviewing, setReviewing] = useState(false);
  // After a review the results come into view (the pane is narrow: they start below the fold).
  const resultsRef = useRef<HTMLDivElement>(null);
  const [reveal, setReveal] = useState(0);
  // How many parts of the results are drawn (RESULT_PARTS): once all are, later reviews redraw them at once
  // (their components stay mounted, keeping the sheet panel's page).
  const [parts, setParts] = useState(1);
  useEffect(() => {
    const el = resultsRef.current;
    if (!reveal || !el) return;
    if (typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'start', behavior: 'smooth' });
    el.focus({ preventScroll: true });
  }, [reveal]);

  useEffect(() => {
    if (reviews === null || parts >= RESULT_PARTS) return;
    return afterFrame(() => startTransition(() => setParts((n) => n + 1)));
  }, [reviews, parts]);

  const fail = useCallback((e: unknown) => setMessage({ intent: 'error', text: describeError(e, t) }), [t]);

  // Settings kept in the workbook, and what this Excel can do — loaded once per host, not again when the
  // language changes (that would drop the packs ticked since).
  const tRef = useRef(t);
  useEffect(() => {
    tRef.current = t;
  }, [t]);
  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        setCaps(await host.capabilities());
      } catch (e) {
        if (!cancelled) setMessage({ intent: 'error', text: describeError(e, tRef.current) });
      }
      try {
        const loaded = engine.readSettings(await host.loadSettings());
        if (cancelled) return;
        setSettings(loaded);
        if (loaded.asOf) setAsOf(loaded.asOf);
      } catch (e) {
        if (!cancelled) setMessage({ intent: 'warning', text: tRef.current.settingsInvalid(e instanceof Error ? e.message : String(e)) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [host, engine]);

  const persist = useCallback(
    async (next: PaneSettings) => {
      setSettings(next);
      try {
        await host.saveSettings(engine.storeSettings(next));
      } catch (e) {
        setMessage({ intent: 'warning', text: t.settingsSaveFailed(describeError(e, t)) });
      }
    },
    [host, engine, t],
  );

  const { active, suppressed } = useMemo(() => splitSuppressed(findings, settings.suppressions), [findings, settings.suppressions]);
  const projects: ProjectReport[] = useMemo(() => (reviews ?? []).flatMap((r) => r.projects), [reviews]);
  const scope = useMemo(() => verdictScope(reviews ?? []), [reviews]);

  const run = useCallback(
    async (override?: Partial<PaneSettings>) => {
      let current: PaneSettings = { ...settings, ...override, asOf };
      const suggest = current.packs.length === 0 && !packsTouched;
      if (local && local.fileNames().length === 0) {
        setMessage({ intent: 'info', text: t.noFiles });
        return;
      }
      setMessage(null);
      progress.set(null);
      setBusy({ fraction: 0, step: t.stepRead });
      const started = Date.now();
      const signal = { cancelled: false };
      running.current = signal;
      setReviewing(true);
      try {
        const result = await reviewAll(host, engine, optionsFrom(current, engine, { suggestWhenNone: suggest }), current.suppressions, {
          includeInfo,
          labels: { read: t.stepRead, review: t.stepReview, mark: t.stepMark },
          onProgress: (p) => {
            if (!signal.cancelled) progress.set(p);
          },
          extraFindings: local ? () => local.unreadable() : undefined,
          signal,
        });
        if (signal.cancelled) return;
        let done = t.done(result.active.length, Date.now() - started);
        if (suggest) {
          // tick what the content suggested (the reviews ran those), and say so; the reviewer may change them
          const ids = engine.packs.map((p) => p.id).filter((id) => result.reviews.some((r) => r.packs?.suggested.includes(id)));
          if (ids.length > 0) {
            current = { ...current, packs: ids };
            setSuggested(ids);
            done += ` ${t.packsSuggested(ids.map((id) => PACK_NAMES[id]).join('、'))}`;
          }
        }
        // The results drawn as a transition: React draws them in slices, yielding to the browser between
        // (a single render of them was one task of 40 ms CPU, over 200 ms on a loaded machine).
        startTransition(() => {
          setReviews(result.reviews);
          setFindings(result.findings);
          setTallyPage(0);
          setMessage({ intent: 'success', text: done });
          setReveal((n) => n + 1);
        });
        await persist(current);
      } catch (e) {
        if (signal.cancelled || isCancelled(e)) setMessage({ intent: 'info', text: t.pane.cancelled });
        else fail(e);
      } finally {
        if (running.current === signal) {
          running.current = null;
          setReviewing(false);
          setBusy(null);
        }
      }
    },
    [settings, asOf, local, host, engine, includeInfo, t, persist, fail, packsTouched, progress],
  );

  // Live checking: re-review after the cells stop changing for a moment.
  const runRef = useRef(run);
  // eslint-disable-next-line react-hooks/refs -- the latest-callback ref: the change listener calls the newest run without re-subscribing
  runRef.current = run;
  useEffect(() => {
    if (!live || !host.onChange) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => void) | undefined;
    let stopped = false;
    host
      .onChange((sheet) => {
        if (sheet === RESULT_SHEET) return; // our own output (src/core/report/results.ts)
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => void runRef.current(), LIVE_DEBOUNCE_MS);
      })
      .then((off) => {
        if (stopped) off();
        else unsubscribe = off;
      })
      .catch((e) => {
        fail(e);
        setLive(false);
      });
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      unsubscribe?.();
    };
  }, [live, host, fail]);

  const remark = async (suppressions: Suppression[]) => {
    try {
      await host.applyMarks(splitSuppressed(findings, suppressions).active, { includeInfo });
    } catch (e) {
      fail(e);
    }
  };

  const suppress = async (f: Finding, reason: string) => {
    const entry: Suppression = { ruleId: f.ruleId, sheet: f.sheet, cell: f.cell, reason, at: new Date().toISOString(), message: f.message };
    const next = [...settings.suppressions.filter((x) => suppressionKey(x) !== suppressionKey(f)), entry];
    await persist({ ...settings, suppressions: next });
    await remark(next);
  };

  const restore = async (sp: Suppression) => {
    const next = settings.suppressions.filter((x) => suppressionKey(x) !== suppressionKey(sp));
    await persist({ ...settings, suppressions: next });
    await remark(next);
  };

  /** 取消: the pane answers at once; the worker's review stops, and a review on the page stops before the next workbook. */
  const cancel = () => {
    const r = running.current;
    if (!r) return;
    r.cancelled = true;
    running.current = null;
    setReviewing(false);
    engine.cancel?.();
    setBusy(null);
    setMessage({ intent: 'info', text: t.pane.cancelled });
  };

  const clear = async () => {
    progress.set(null);
    setBusy({ fraction: null, step: t.clearing });
    try {
      await host.clearMarks();
      setMessage({ intent: 'success', text: t.cleared });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  };

  const insertTemplate = async (kind: TemplateKind) => {
    try {
      await host.insertTemplate(kind);
      const name = t.templateKinds[kind];
      setMessage({ intent: 'success', text: local ? t.templateDownloaded(name) : t.templateInserted(name) });
    } catch (e) {
      fail(e);
    }
  };

  const select = async (f: Finding) => {
    if (!f.cell) return;
    try {
      await host.selectCell(f.file, f.sheet, f.cell);
    } catch (e) {
      fail(e);
    }
  };

  const setSheetKind = (sheet: string, kind: SheetKind | undefined) => {
    const sheetKinds = { ...settings.sheetKinds };
    if (kind === undefined) delete sheetKinds[sheet];
    else sheetKinds[sheet] = kind;
    void run({ sheetKinds });
  };

  // A functional update: one edit may set several keys (a calendar year's holidays and workdays).
  const setParam = (key: string, value: ParamValue | undefined) => {
    setSettings((s) => {
      const params = { ...s.params };
      if (value === undefined) delete params[key];
      else params[key] = value;
      return { ...s, params };
    });
  };

  const threshold = (key: string, fallback: string) => {
    const v = settings.params[key] ?? engine.packs.flatMap((p) => p.params).find((p) => `${p.pack}.${p.key}` === key)?.defaultValue;
    return v === undefined ? fallback : String(v);
  };

  const downloadMarked = async () => {
    if (!local) return;
    try {
      await local.downloadMarked(active);
      const n = files.length;
      setMessage({ intent: 'success', text: n > 1 ? t.pane.downloadedZip(n) : t.downloaded(n) });
    } catch (e) {
      fail(e);
    }
  };

  const tallies = pageOf(projects, tallyPage, TALLY_PAGE);
  const working = busy !== null;
  const liveAvailable = !!host.onChange && (caps?.changeEvents ?? false);

  return (
    <div>
      {caps?.notice && (
        <MessageBar intent="warning" className={st.bar}>
          <MessageBarBody>{caps.notice}</MessageBarBody>
        </MessageBar>
      )}

      {local && (
        <FilePicker
          files={files}
          disabled={working}
          onFiles={async (list) => {
            local.addFiles(await readPicked(list));
            setFiles(local.fileNames());
            // “请先打开…” no longer holds once there are files.
            setMessage((m) => (m?.text === t.noFiles ? null : m));
          }}
          onRemove={(name) => {
            local.removeFile(name);
            setFiles(local.fileNames());
          }}
          t={t}
        />
      )}

      <section className={s.section} aria-label={t.packsTitle}>
        <PackPicker
          packs={engine.packs}
          selected={settings.packs}
          suggested={suggested}
          disabled={working}
          onChange={(packs) => {
            setPacksTouched(true);
            setSettings({ ...settings, packs });
          }}
          t={t}
        />
        <ParamsEditor packs={engine.packs} selected={settings.packs} asOf={asOf} onAsOf={setAsOf} values={settings.params} onParam={setParam} disabled={working} t={t} />
      </section>

      <section className={s.section}>
        <div className={st.actions}>
          <Button appearance="primary" onClick={() => void run()} disabled={working}>
            {t.review}
          </Button>
          {working && reviewing && (
            <Button onClick={cancel}>{t.pane.cancel}</Button>
          )}
          {/* Browser mode keeps no marks in a workbook (they go into the downloaded copies): nothing to clear. */}
          {!local && (
            <Button onClick={() => void clear()} disabled={working}>
              {t.clearMarks}
            </Button>
          )}
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <MenuButton disabled={working}>{t.templates}</MenuButton>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                {TEMPLATE_ORDER.map((k) => (
                  <MenuItem key={k} onClick={() => void insertTemplate(k)}>
                    {t.templateKinds[k]}
                  </MenuItem>
                ))}
              </MenuList>
            </MenuPopover>
          </Menu>
        </div>
        <div className={st.actions}>
          {!local && (
            <Tooltip content={liveAvailable ? t.liveCheckHint : t.liveUnavailable} relationship="description">
              <Switch label={t.liveCheck} checked={live} disabled={!liveAvailable} onChange={(_, d) => setLive(d.checked)} />
            </Tooltip>
          )}
          <Switch label={t.includeInfo} checked={includeInfo} onChange={(_, d) => setIncludeInfo(d.checked)} />
        </div>
        {busy && <LiveBusyIndicator className={st.progress} store={progress} start={busy} fallback={t.reviewing} />}
        {message && (
          <MessageLine message={message} errorTitle={t.errorTitle} onDismiss={() => setMessage(null)} dismissLabel={t.dismiss} />
        )}
      </section>

      {reviews === null ? (
        <p className={s.hint}>{t.notRun}</p>
      ) : (
        <div ref={resultsRef} tabIndex={-1} className={st.results} aria-label={t.pane.resultsTitle} role="region">
          {local && files.length > 0 && (
            <div className={st.resultsHead}>
              <Button appearance="primary" onClick={() => void downloadMarked()} disabled={working}>
                {t.downloadMarked}
              </Button>
            </div>
          )}
          <FindingsView
            findings={active}
            projects={projects}
            onSelect={(f) => void select(f)}
            onSuppress={(f, r) => void suppress(f, r)}
            context={
              local?.cellContextAsync
                ? (f) => local.cellContextAsync!(f.file, f.sheet, f.cell)
                : local?.cellContext
                  ? (f) => local.cellContext!(f.file, f.sheet, f.cell)
                  : undefined
            }
            t={t}
          />
          {parts >= 2 && (
            <TallyCards projects={tallies.rows} scope={scope} minStudyShare={threshold('zj2017.minStudyShare', '2/3')} minTopicShare={threshold('zj2017.minTopicShare', '1/3')} t={t} />
          )}
          {parts >= 2 && projects.length > TALLY_PAGE && (
            <Pager page={tallies.page} pages={tallies.pages} from={tallies.from} to={tallies.to} total={projects.length} onPage={setTallyPage} t={t} />
          )}
          {parts >= 3 && (
            <SheetPanel workbooks={reviews.map((r) => ({ file: r.parsed.file, recognition: r.parsed.recognition }))} overrides={settings.sheetKinds} onKind={setSheetKind} disabled={working} t={t} />
          )}
        </div>
      )}
      <SuppressedList suppressions={settings.suppressions} matched={suppressed} onRestore={(sp) => void restore(sp)} t={t} />
    </div>
  );
}
