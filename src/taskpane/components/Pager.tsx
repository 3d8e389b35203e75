/** Previous / next with "第 a–b 条，共 n 条": long lists (findings, tally cards, CE rows) shown a page at a time. */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Strings } from '../../app/i18n';

const useStyles = makeStyles({
  pager: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
});

export interface PagerProps {
  /** 0-based. */
  page: number;
  pages: number;
  /** 1-based numbers of the first and last item shown. */
  from: number;
  to: number;
  total: number;
  onPage(page: number): void;
  t: Strings;
}

export function Pager({ page, pages, from, to, total, onPage, t }: PagerProps) {
  const st = useStyles();
  return (
    <nav className={st.pager} aria-label={t.pane.page(from, to, total)}>
      <Button size="small" disabled={page <= 0} onClick={() => onPage(page - 1)}>
        {t.pane.prev}
      </Button>
      <Caption1 aria-live="polite">{t.pane.page(from, to, total)}</Caption1>
      <Button size="small" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
        {t.pane.next}
      </Button>
    </nav>
  );
}

/** The page of `items` and the pager's figures. */
export function pageOf<T>(items: T[], page: number, size: number): { rows: T[]; page: number; pages: number; from: number; to: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(0, page), pages - 1);
  const rows = items.slice(p * size, p * size + size);
  return { rows, page: p, pages, from: p * size + 1, to: p * size + rows.length };
}
