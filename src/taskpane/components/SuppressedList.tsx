/** The 已忽略 section: suppressed findings with their reasons, each restorable. */
import { Button, Caption1, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Finding } from '../../core';
import type { Strings } from '../../app/i18n';
import type { Suppression } from '../../app/display';
import { useSectionStyles } from './styles';

const useStyles = makeStyles({
  item: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, padding: `${tokens.spacingVerticalXS} 0`, borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  head: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  id: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  restore: { marginLeft: 'auto' },
  list: { margin: 0, padding: 0, listStyleType: 'none' },
});

export interface SuppressedListProps {
  /** Every stored suppression; `matched` says which of them hid a finding in the last review. */
  suppressions: Suppression[];
  matched: { finding: Finding; suppression: Suppression }[];
  onRestore(s: Suppression): void;
  t: Strings;
}

export function SuppressedList({ suppressions, onRestore, t }: SuppressedListProps) {
  const s = useSectionStyles();
  const st = useStyles();
  return (
    <section aria-label={t.suppressedTitle(suppressions.length)} className={s.section}>
      <h2 className={s.heading}>{t.suppressedTitle(suppressions.length)}</h2>
      {suppressions.length === 0 ? (
        <Text className={s.hint}>{t.suppressedEmpty}</Text>
      ) : (
        <ul className={mergeClasses(st.list, s.scrollBox)}>
          {suppressions.map((sp) => (
            <li key={`${sp.ruleId}|${sp.sheet}|${sp.cell}`} className={st.item}>
              <div className={st.head}>
                <span className={st.id}>{sp.ruleId}</span>
                <Caption1>{`${sp.sheet}!${sp.cell}`}</Caption1>
                <Button size="small" appearance="subtle" className={st.restore} onClick={() => onRestore(sp)} aria-label={`${t.restore} ${sp.ruleId} ${sp.sheet}!${sp.cell}`}>
                  {t.restore}
                </Button>
              </div>
              {sp.message && <Text size={200}>{sp.message}</Text>}
              <Caption1 className={s.hint}>{t.suppressedBy(sp.reason, sp.at.slice(0, 10))}</Caption1>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
