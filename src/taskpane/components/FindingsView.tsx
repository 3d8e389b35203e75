/**
 * Findings with 只看 chips (one severity, or all), text search, grouping by project or by rule, paged so a
 * review of hundreds of files keeps a short page. 定位 selects the cell in the application; where there is no
 * spreadsheet to scroll (browser mode, `context` given) it opens the sheet around the cell under the finding.
 */
import { useEffect, useMemo, useState } from 'react';
import {
  Button, Caption1, Input, Link, Radio, RadioGroup, Text, ToggleButton, makeStyles, mergeClasses, tokens,
} from '@fluentui/react-components';
import type { ProjectReport } from '../../core';
import type { Finding, Severity } from '../../core';
import type { CellContext } from '../../hosts/host';
import type { Strings } from '../../app/i18n';
import { SEVERITIES, findingsModelSteps, runSteps, runStepsAsync, type FindingGroup, type FindingsModel } from '../../app/display';
import { pauseTask } from '../../app/engineProtocol';
import { findingText } from '../../core';
import { CellContextGrid } from './CellContextGrid';
import { Pager } from './Pager';
import { SeverityBadge } from './SeverityBadge';
import { SuppressDialog } from './SuppressDialog';
import { useSectionStyles } from './styles';

/** Findings drawn per page: about a screen and a half in a 350 px pane. */
export const PAGE_SIZE = 25;
/**
 * From this many findings the list is filtered, grouped and sorted in steps with pauses between (a 10 000-project
 * plan has ~100 000: at once, a long task of 100–250 ms on the page's thread), showing 正在整理 meanwhile.
 */
export const ARRANGE_IN_STEPS_FROM = 20_000;

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalS },
  groupHead: {
    display: 'flex', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap',
    paddingBottom: tokens.spacingVerticalXXS, borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  counts: { marginLeft: 'auto', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  item: {
    display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium, cursor: 'pointer', listStyleType: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  itemHead: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  ruleId: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  where: { marginLeft: 'auto', minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  suppress: { flexShrink: 0, minWidth: 'auto' },
  message: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, overflowWrap: 'anywhere' },
  clause: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, padding: 0 },
  chips: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXS },
});

export interface FindingsViewProps {
  findings: Finding[];
  projects: ProjectReport[];
  onSelect(f: Finding): void;
  onSuppress(f: Finding, reason: string): void;
  /** The sheet around a finding's cell, where the pane shows it itself (browser mode); from the worker, a promise. */
  context?(f: Finding): CellContext | null | Promise<CellContext | null>;
  t: Strings;
}

const findingKey = (f: Finding, i: number) => `${f.file}|${f.sheet}|${f.cell}|${f.ruleId}|${i}`;

/** The clause once: not under each finding when its group's heading (by rule) shows it, nor when the message already says it. */
/** The clause under a finding, once: not when grouped by rule (the group shows it), nor when the text already cites it. */
function clauseToShow(f: Finding, text: string, groupedByRule: boolean): string | null {
  if (!f.clause || groupedByRule) return null;
  return text.includes(f.clause) ? null : f.clause;
}

export function FindingsView({ findings, projects, onSelect, onSuppress, context, t }: FindingsViewProps) {
  const s = useSectionStyles();
  const st = useStyles();
  const p = t.pane;
  const [only, setOnly] = useState<Severity | null>(null);
  const [query, setQuery] = useState('');
  const [groupBy, setGroupBy] = useState<'project' | 'rule'>('project');
  const [suppressing, setSuppressing] = useState<Finding | null>(null);
  const [page, setPage] = useState(0);
  // The finding opened with 定位, and the sheet around its cell (undefined while the worker finds it).
  const [opened, setOpened] = useState<{ key: string; ctx: CellContext | null | undefined } | null>(null);

  const filter = useMemo(() => ({ severities: only ? [only] : SEVERITIES, query }), [only, query]);
  const inSteps = findings.length >= ARRANGE_IN_STEPS_FROM;
  const direct = useMemo(
    () => (inSteps ? null : runSteps(findingsModelSteps(findings, filter, projects, groupBy, t.otherGroup))),
    [inSteps, findings, filter, projects, groupBy, t],
  );
  // The arranged model of a long list, with what it was arranged from (a stale one is not shown).
  const [arranged, setArranged] = useState<{ from: unknown[]; model: FindingsModel } | null>(null);
  useEffect(() => {
    if (!inSteps) return;
    let stopped = false;
    const from = [findings, filter, projects, groupBy, t];
    void runStepsAsync(findingsModelSteps(findings, filter, projects, groupBy, t.otherGroup), pauseTask, () => stopped).then((model) => {
      if (model && !stopped) setArranged({ from, model });
    });
    return () => {
      stopped = true;
    };
  }, [inSteps, findings, filter, projects, groupBy, t]);
  const arrangedNow = arranged && [findings, filter, projects, groupBy, t].every((x, i) => arranged.from[i] === x) ? arranged.model : null;
  const model: FindingsModel | null = direct ?? arrangedNow;
  const counts = model?.counts ?? { error: 0, warning: 0, info: 0 };
  const groups: FindingGroup[] = model?.groups ?? [];
  const shownCount = model?.shown ?? 0;
  // A new review, filter or grouping starts again at the first page (set while rendering, as React advises
  // for state that follows props, rather than in an effect that renders twice).
  const [shownFor, setShownFor] = useState({ findings, only, query, groupBy });
  if (shownFor.findings !== findings || shownFor.only !== only || shownFor.query !== query || shownFor.groupBy !== groupBy) {
    setShownFor({ findings, only, query, groupBy });
    setPage(0);
    setOpened(null);
  }

  const pages = Math.max(1, Math.ceil(shownCount / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  // The page's slice of the grouped order, each group with the findings of it on this page.
  const from = current * PAGE_SIZE;
  const to = from + PAGE_SIZE;
  const visible: { group: FindingGroup; rows: Finding[] }[] = [];
  let at = 0;
  for (const g of groups) {
    const start = Math.max(from, at), end = Math.min(to, at + g.findings.length);
    if (start < end) visible.push({ group: g, rows: g.findings.slice(start - at, end - at) });
    at += g.findings.length;
    if (at >= to) break;
  }

  const locate = (f: Finding, key: string) => {
    onSelect(f);
    if (!context) return;
    if (opened?.key === key) {
      setOpened(null);
      return;
    }
    const ctx = context(f);
    if (!(ctx instanceof Promise)) {
      setOpened({ key, ctx });
      return;
    }
    setOpened({ key, ctx: undefined });
    ctx.then(
      (c) => setOpened((o) => (o?.key === key ? { key, ctx: c } : o)),
      () => setOpened((o) => (o?.key === key ? { key, ctx: null } : o)),
    );
  };

  return (
    <section aria-label={t.findingsTitle} className={s.section}>
      <div className={s.row}>
        <h2 className={s.heading}>{t.findingsTitle}</h2>
        <Caption1 className={s.hint}>{model ? t.summary(counts.error, counts.warning, counts.info) : p.arranging}</Caption1>
      </div>
      <div className={st.chips} role="group" aria-label={t.severityFilter} title={p.onlyShowHint}>
        <Caption1>{p.onlyShow}</Caption1>
        <ToggleButton size="small" shape="circular" checked={only === null} onClick={() => setOnly(null)}>
          {p.showAll}
        </ToggleButton>
        {SEVERITIES.map((sv) => (
          <ToggleButton
            key={sv}
            size="small"
            shape="circular"
            data-severity={sv}
            checked={only === sv}
            appearance={only === sv ? 'primary' : 'secondary'}
            onClick={() => setOnly(only === sv ? null : sv)}
          >
            {`${t.severity[sv]} ${counts[sv]}`}
          </ToggleButton>
        ))}
      </div>
      <Input
        size="small"
        type="search"
        aria-label={t.search}
        placeholder={t.searchPlaceholder}
        value={query}
        onChange={(_, d) => setQuery(d.value)}
      />
      <RadioGroup layout="horizontal" aria-label={t.groupBy} value={groupBy} onChange={(_, d) => setGroupBy(d.value as 'project' | 'rule')}>
        <Radio value="project" label={t.byProject} />
        <Radio value="rule" label={t.byRule} />
      </RadioGroup>

      {findings.length === 0 ? (
        <Text>{t.noFindings}</Text>
      ) : !model ? (
        <Text aria-busy="true">{p.arranging}</Text>
      ) : shownCount === 0 ? (
        <Text>{t.noMatch}</Text>
      ) : (
        visible.map(({ group: g, rows }) => (
          <div key={g.id} className={st.group} role="group" aria-label={g.title}>
            <div className={st.groupHead}>
              <Text weight="semibold" className={groupBy === 'rule' ? st.ruleId : undefined}>{g.title}</Text>
              {g.subtitle && <Caption1 className={s.hint}>{groupBy === 'rule' ? `${t.clause}：${g.subtitle}` : g.subtitle}</Caption1>}
              <span className={st.counts}>{t.summary(g.counts.error, g.counts.warning, g.counts.info)}</span>
            </div>
            <ul className={st.list}>
              {rows.map((f, i) => {
                const key = findingKey(f, from + i);
                // in the pane's language (English from the figures where a template exists), without the clause
                const text = findingText(f, t.lang);
                const clause = clauseToShow(f, text, groupBy === 'rule');
                return (
                  <li key={key} className={st.item} onClick={() => locate(f, key)} data-rule={f.ruleId} data-severity={f.severity}>
                    <div className={st.itemHead}>
                      <SeverityBadge severity={f.severity} t={t} />
                      <span className={st.ruleId}>{f.ruleId}</span>
                      {f.cell && (
                        <Link
                          as="button"
                          className={st.where}
                          aria-label={t.goToCell(f.sheet, f.cell)}
                          aria-expanded={context ? opened?.key === key : undefined}
                          title={`${f.sheet}!${f.cell}`}
                          onClick={(e) => {
                            e.stopPropagation();
                            locate(f, key);
                          }}
                        >
                          {`${f.sheet}!${f.cell}`}
                        </Link>
                      )}
                      <Button
                        size="small"
                        appearance="subtle"
                        className={f.cell ? st.suppress : mergeClasses(st.suppress, st.where)}
                        onClick={(e) => {
                          e.stopPropagation();
                          setSuppressing(f);
                        }}
                      >
                        {t.suppress}
                      </Button>
                    </div>
                    <Text className={st.message}>{text}</Text>
                    {clause && <Caption1 className={st.clause}>{`${t.clause}：${clause}`}</Caption1>}
                    {opened?.key === key && opened.ctx !== undefined && (
                      <div onClick={(e) => e.stopPropagation()}>
                        {opened.ctx ? <CellContextGrid context={opened.ctx} t={t} /> : <Caption1 className={s.hint}>{p.contextNone}</Caption1>}
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        ))
      )}
      {shownCount > PAGE_SIZE && <Pager page={current} pages={pages} from={from + 1} to={Math.min(to, shownCount)} total={shownCount} onPage={setPage} t={t} />}
      <SuppressDialog
        finding={suppressing}
        onCancel={() => setSuppressing(null)}
        onConfirm={(f, reason) => {
          setSuppressing(null);
          onSuppress(f, reason);
        }}
        t={t}
      />
    </section>
  );
}
