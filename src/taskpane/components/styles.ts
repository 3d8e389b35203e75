/** Shared layout styles (Griffel): a narrow pane, clear sections, calm colours. */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useSectionStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    margin: 0,
  },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  grow: { flexGrow: 1, minWidth: '0' },
  /** A long list (files, sheets, ignored findings) scrolls within a bounded box, so the page stays short. */
  scrollBox: { maxHeight: '200px', overflowY: 'auto', overscrollBehavior: 'contain' },
});
