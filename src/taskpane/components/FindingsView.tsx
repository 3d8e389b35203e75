/**
 * Findings with a severity filter, text search, and grouping by project or by rule. Each finding shows its
 * message in the pane's language (English built from its figures where a template exists) and its clause once.
 */
import { useMemo, useState } from 'react';
import {
  Button, Caption1, Input, Link, Radio, RadioGroup, Text, ToggleButton, makeStyles, tokens,
} from '@fluentui/react-components';
import type { ProjectReport } from '../../core/api';
import type { Finding, Severity } from '../../core/model/findings';
import type { Strings } from '../../app/i18n';
import { SEVERITIES, countBySeverity, filterFindings, groupByProject, groupByRule, type FindingGroup } from '../../app/model';
import { findingText } from '../../core/rules/messages.en';
import { SeverityBadge } from './SeverityBadge';
import { SuppressDialog } from './SuppressDialog';
import { useSectionStyles } from './styles';

/** Rows drawn at most; beyond this the reviewer narrows down with the filter (keeps the pane fast). */
export const MAX_ROWS = 300;

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
  itemHead: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  ruleId: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  where: { marginLeft: 'auto' },
  message: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  clause: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, padding: 0 },
});

export interface FindingsViewProps {
  findings: Finding[];
  projects: ProjectReport[];
  onSelect(f: Finding): void;
  onSuppress(f: Finding, reason: string): void;
  t: Strings;
}

export function FindingsView({ findings, projects, onSelect, onSuppress, t }: FindingsViewProps) {
  const s = useSectionStyles();
  const st = useStyles();
  const [severities, setSeverities] = useState<Severity[]>(SEVERITIES);
  const [query, setQuery] = useState('');
  const [groupBy, setGroupBy] = useState<'project' | 'rule'>('project');
  const [suppressing, setSuppressing] = useState<Finding | null>(null);

  const counts = useMemo(() => countBySeverity(findings), [findings]);
  const shown = useMemo(() => filterFindings(findings, { severities, query }, projects), [findings, severities, query, projects]);
  const groups: FindingGroup[] = useMemo(
    () => (groupBy === 'project' ? groupByProject(shown, projects, t.otherGroup) : groupByRule(shown)),
    [shown, groupBy, projects, t],
  );

  let budget = MAX_ROWS;
  return (
    <section aria-label={t.findingsTitle} className={s.section}>
      <div className={s.row}>
        <h2 className={s.heading}>{t.findingsTitle}</h2>
        <Caption1 className={s.hint}>{t.summary(counts.error, counts.warning, counts.info)}</Caption1>
      </div>
      <div className={s.row} role="group" aria-label={t.severityFilter}>
        {SEVERITIES.map((sv) => (
          <ToggleButton
            key={sv}
            size="small"
            shape="circular"
            checked={severities.includes(sv)}
            onClick={() => setSeverities(severities.includes(sv) ? severities.filter((x) => x !== sv) : SEVERITIES.filter((x) => x === sv || severities.includes(x)))}
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
      ) : shown.length === 0 ? (
        <Text>{t.noMatch}</Text>
      ) : (
        groups.map((g) => {
          if (budget <= 0) return null;
          const rows = g.findings.slice(0, budget);
          budget -= rows.length;
          return (
            <div key={g.id} className={st.group} role="group" aria-label={g.title}>
              <div className={st.groupHead}>
                <Text weight="semibold" className={groupBy === 'rule' ? st.ruleId : undefined}>{g.title}</Text>
                {g.subtitle && <Caption1 className={s.hint}>{g.subtitle}</Caption1>}
                <span className={st.counts}>{t.summary(g.counts.error, g.counts.warning, g.counts.info)}</span>
              </div>
              <ul className={st.list}>
                {rows.map((f, i) => (
                  <li key={`${f.file}|${f.sheet}|${f.cell}|${f.ruleId}|${i}`} className={st.item} onClick={() => onSelect(f)} data-rule={f.ruleId}>
                    <div className={st.itemHead}>
                      <SeverityBadge severity={f.severity} t={t} />
                      <span className={st.ruleId}>{f.ruleId}</span>
                      {f.cell && (
                        <Link
                          as="button"
                          className={st.where}
                          aria-label={t.goToCell(f.sheet, f.cell)}
                          onClick={(e) => {
                            e.stopPropagation();
                            onSelect(f);
                          }}
                        >
                          {`${f.sheet}!${f.cell}`}
                        </Link>
                      )}
                    </div>
                    <Text className={st.message}>{findingText(f, t.lang)}</Text>
                    <div className={st.itemHead}>
                      {f.clause && <Caption1 className={st.clause}>{`${t.clause}：${f.clause}`}</Caption1>}
                      <Button
                        size="small"
                        appearance="subtle"
                        className={st.where}
                        onClick={(e) => {
                          e.stopPropagation();
                          setSuppressing(f);
                        }}
                      >
                        {t.suppress}
                      </Button>
                    </div>
                  </li>
                ))}
              </ul>
            </div>
          );
        })
      )}
      {shown.length > MAX_ROWS && <Text className={s.hint}>{t.moreFindings(shown.length - MAX_ROWS)}</Text>}
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
