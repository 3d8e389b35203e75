/**
 * One card per project: study share and topic share against their thresholds (2/3, 1/3 by default,
 * from the zj2017 parameters) with the day counts behind them, and the budget against the fee cap.
 * A figure the core could not compute shows as 无法计算, never as 0.
 */
import { Badge, Caption1, Card, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ProjectReport } from '../../core/api';
import type { Strings } from '../../app/i18n';
import { feeVerdict, formatDays, formatPercent, formatWan, parseFraction, shareVerdict, type TallyVerdict } from '../../app/model';
import { useSectionStyles } from './styles';

const useStyles = makeStyles({
  cards: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  card: { padding: tokens.spacingVerticalS, rowGap: tokens.spacingVerticalXS },
  line: { display: 'grid', gridTemplateColumns: '6.5em 1fr auto', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  figure: { fontVariantNumeric: 'tabular-nums' },
});

export interface TallyCardsProps {
  projects: ProjectReport[];
  /** Thresholds as fraction text (`2/3`, `1/3`). */
  minStudyShare: string;
  minTopicShare: string;
  t: Strings;
}

function Verdict({ v, pass, fail }: { v: TallyVerdict; pass: string; fail: string }) {
  if (v === 'unknown') return <span aria-hidden />; // the figure column already says 无法计算
  return (
    <Badge appearance="tint" color={v === 'pass' ? 'success' : 'danger'}>
      {v === 'pass' ? pass : fail}
    </Badge>
  );
}

export function TallyCards({ projects, minStudyShare, minTopicShare, t }: TallyCardsProps) {
  const s = useSectionStyles();
  const st = useStyles();
  const study = parseFraction(minStudyShare);
  const topic = parseFraction(minTopicShare);
  return (
    <section aria-label={t.talliesTitle} className={s.section}>
      <h2 className={s.heading}>{t.talliesTitle}</h2>
      {projects.length === 0 && <Text className={s.hint}>{t.noProjects}</Text>}
      <div className={st.cards}>
        {projects.map((p) => {
          const tl = p.tallies;
          const sv = shareVerdict(tl.studyDays, tl.totalDays, study);
          const tv = shareVerdict(tl.topicDays, tl.totalDays, topic);
          const fv = feeVerdict(tl.budgetWan, tl.feeCapWan);
          return (
            <Card key={`${p.file}|${p.key}`} className={st.card} size="small" role="group" aria-label={p.theme || p.key}>
              <Text weight="semibold">{p.theme || p.key}</Text>
              <Caption1 className={s.hint}>{[p.unit, p.sheet].filter(Boolean).join(' · ')}</Caption1>
              <div className={st.line} data-tally="study">
                <Text size={200}>{t.studyShare}</Text>
                <Text size={200} className={st.figure}>
                  {tl.studyShare === null ? t.notComputable : `${formatPercent(tl.studyShare)}（${t.days(formatDays(tl.studyDays), formatDays(tl.totalDays))}，${t.atLeast(minStudyShare)}）`}
                </Text>
                <Verdict v={sv} pass={t.pass} fail={t.fail} />
              </div>
              <div className={st.line} data-tally="topic">
                <Text size={200}>{t.topicShare}</Text>
                <Text size={200} className={st.figure}>
                  {tl.topicShare === null ? t.notComputable : `${formatPercent(tl.topicShare)}（${t.days(formatDays(tl.topicDays), formatDays(tl.totalDays))}，${t.atLeast(minTopicShare)}）`}
                </Text>
                <Verdict v={tv} pass={t.pass} fail={t.fail} />
              </div>
              <div className={st.line} data-tally="fee">
                <Text size={200}>{t.fee}</Text>
                <Text size={200} className={st.figure}>
                  {tl.budgetWan === null
                    ? t.notComputable
                    : tl.feeCapWan === null
                      ? t.feeNoCap(formatWan(tl.budgetWan))
                      : `${t.feeLine(formatWan(tl.budgetWan), formatWan(tl.feeCapWan))}${tl.budgetShareOfCap != null ? `（${formatPercent(tl.budgetShareOfCap)}）` : ''}`}
                </Text>
                <Verdict v={fv} pass={t.withinCap} fail={t.overCap} />
              </div>
            </Card>
          );
        })}
      </div>
    </section>
  );
}
