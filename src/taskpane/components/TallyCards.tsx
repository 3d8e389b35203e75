/**
 * One card per project: study share and topic share against their thresholds (2/3, 1/3 by default,
 * from the zj2017 parameters) with the day counts behind them, and the budget against the subsidy at
 * the standard. A figure the core could not compute shows as 无法计算, never as 0. A verdict (达标 /
 * 不达标, 高于资助额) is given only where the rule behind it ran for the project: the ratios under
 * zj2017 for an offline project, the fee under most2022-online for an online one; otherwise the figures
 * are shown as facts (未判定).
 */
import { Badge, Caption1, Card, Text, makeStyles, tokens } from '@fluentui/react-components';
import { PACK_NAMES, type PackId, type ProjectReport, type WorkbookReview } from '../../core';
import type { Strings } from '../../app/i18n';
import { feeVerdict, formatDays, formatPercent, formatWan, parseFraction, shareVerdict, type TallyVerdict } from '../../app/display';
import { useSectionStyles } from './styles';

const useStyles = makeStyles({
  cards: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  card: { padding: tokens.spacingVerticalS, rowGap: tokens.spacingVerticalXS },
  line: { display: 'grid', gridTemplateColumns: '6.5em 1fr auto', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  figure: { fontVariantNumeric: 'tabular-nums' },
});

/** Which tallies of a project are judged: the pack behind each ran for it (and the project is of that pack's mode). */
export interface VerdictScope {
  ratios: boolean;
  fee: boolean;
}
export type ScopeOf = (p: ProjectReport) => VerdictScope;

const RATIO_PACK: PackId = 'zj2017';
const FEE_PACK: PackId = 'most2022-online';

/** The scope of each project from the reviews (packs used per workbook, the project's training mode). */
export function verdictScope(reviews: readonly WorkbookReview[]): ScopeOf {
  const byProject = new Map<string, VerdictScope>();
  for (const r of reviews) {
    const used = r.packs?.used ?? [];
    for (const p of r.parsed.projects) {
      const online = p.mode === 'online';
      byProject.set(`${r.parsed.file}\u0000${p.key}`, { ratios: used.includes(RATIO_PACK) && !online, fee: used.includes(FEE_PACK) && online });
    }
  }
  return (p) => byProject.get(`${p.file}\u0000${p.key}`) ?? { ratios: false, fee: false };
}

export interface TallyCardsProps {
  projects: ProjectReport[];
  /** Which verdicts to give per project (verdictScope of the reviews). */
  scope: ScopeOf;
  /** Thresholds as fraction text (`2/3`, `1/3`). */
  minStudyShare: string;
  minTopicShare: string;
  t: Strings;
}

function Verdict({ v, pass, fail, judged, notJudged, hint }: { v: TallyVerdict; pass: string; fail: string; judged: boolean; notJudged: string; hint: string }) {
  if (v === 'unknown') return <span aria-hidden />; // the figure column already says 无法计算
  if (!judged) {
    return (
      <Badge appearance="outline" color="informative" title={hint}>
        {notJudged}
      </Badge>
    );
  }
  return (
    <Badge appearance="tint" color={v === 'pass' ? 'success' : 'danger'}>
      {v === 'pass' ? pass : fail}
    </Badge>
  );
}

export function TallyCards({ projects, scope, minStudyShare, minTopicShare, t }: TallyCardsProps) {
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
          const judged = scope(p);
          const ratioHint = t.notJudgedHint(PACK_NAMES[RATIO_PACK]);
          return (
            <Card key={`${p.file}|${p.key}`} className={st.card} size="small" role="group" aria-label={p.theme || p.key}>
              <Text weight="semibold">{p.theme || p.key}</Text>
              <Caption1 className={s.hint}>{[p.unit, p.sheet].filter(Boolean).join(' · ')}</Caption1>
              <div className={st.line} data-tally="study">
                <Text size={200}>{t.studyShare}</Text>
                <Text size={200} className={st.figure}>
                  {tl.studyShare === null ? t.notComputable : `${formatPercent(tl.studyShare)}（${t.days(formatDays(tl.studyDays), formatDays(tl.totalDays))}，${t.atLeast(minStudyShare)}）`}
                </Text>
                <Verdict v={sv} pass={t.pass} fail={t.fail} judged={judged.ratios} notJudged={t.notJudged} hint={ratioHint} />
              </div>
              <div className={st.line} data-tally="topic">
                <Text size={200}>{t.topicShare}</Text>
                <Text size={200} className={st.figure}>
                  {tl.topicShare === null ? t.notComputable : `${formatPercent(tl.topicShare)}（${t.days(formatDays(tl.topicDays), formatDays(tl.totalDays))}，${t.atLeast(minTopicShare)}）`}
                </Text>
                <Verdict v={tv} pass={t.pass} fail={t.fail} judged={judged.ratios} notJudged={t.notJudged} hint={ratioHint} />
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
                <Verdict v={fv} pass={t.withinCap} fail={t.overCap} judged={judged.fee} notJudged={t.notJudged} hint={t.notJudgedHint(PACK_NAMES[FEE_PACK])} />
              </div>
            </Card>
          );
        })}
      </div>
    </section>
  );
}
