/** The task pane's frame: Fluent provider, title, the language switch, the tab list (审核 first) and the selected tab. */
import { useState } from 'react';
import { Button, FluentProvider, Tab, TabList, Text, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { WorkbookHost } from '../../hosts/host';
import type { Engine } from '../../app/engine';
import type { Strings } from '../../app/i18n';
import type { Lang } from '../../app/language';
import { TABS, type PaneTab } from '../tabs';

const useStyles = makeStyles({
  // On a div inside the provider, never on the provider itself: Fluent copies the provider's classes onto every
  // portal (menus, popovers, dialogs), and a full-height white layer there blanked the pane whenever a menu opened.
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  header: {
    display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
  },
  logo: { width: '20px', height: '20px' },
  title: { flexGrow: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  body: { padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXL}`, maxWidth: '720px', minWidth: 0 },
  tabs: { paddingLeft: tokens.spacingHorizontalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
});

export interface AppProps {
  host: WorkbookHost;
  engine: Engine;
  t: Strings;
  today?: string;
  tabs?: PaneTab[];
  /** Switches the pane's language (the 中文/English button); absent: no switch shown. */
  onLanguage?(lang: Lang): void;
}

export function App({ host, engine, t, today, tabs = TABS, onLanguage }: AppProps) {
  const st = useStyles();
  const [tab, setTab] = useState(tabs[0].value);
  // A tab is mounted when first opened and then kept (hidden), so a merge's files and results survive a look at another tab.
  const [opened, setOpened] = useState<string[]>([tabs[0].value]);
  const current = tabs.find((x) => x.value === tab) ?? tabs[0];
  const other: Lang = t.lang === 'zh' ? 'en' : 'zh';
  return (
    <FluentProvider theme={webLightTheme} lang={t.lang === 'zh' ? 'zh-CN' : 'en'}>
      <div className={st.root}>
        <header className={st.header}>
          <img src="assets/icon-32.png" alt="" className={st.logo} />
          <Text as="h1" weight="semibold" size={400} className={st.title}>
            {t.appTitle}
          </Text>
          {onLanguage && (
            <Button size="small" appearance="subtle" lang={other === 'zh' ? 'zh-CN' : 'en'} aria-label={t.pane.switchLanguage} onClick={() => onLanguage(other)}>
              {other === 'zh' ? '中文' : 'English'}
            </Button>
          )}
        </header>
        <TabList
          className={st.tabs}
          selectedValue={tab}
          onTabSelect={(_, d) => {
            const v = String(d.value);
            setTab(v);
            setOpened((o) => (o.includes(v) ? o : [...o, v]));
          }}
          size="small"
        >
          {tabs.map((x) => (
            <Tab key={x.value} value={x.value}>
              {x.label(t)}
            </Tab>
          ))}
        </TabList>
        {tabs
          .filter((x) => opened.includes(x.value))
          .map((x) => (
            <main key={x.value} className={st.body} role="tabpanel" aria-label={x.label(t)} hidden={x.value !== current.value}>
              {x.render({ host, engine, t, today })}
            </main>
          ))}
      </div>
    </FluentProvider>
  );
}
