/** A small read-only window of a sheet around one cell (定位 in browser mode), the cell highlighted, with row numbers and column letters. */
import { useLayoutEffect, useRef } from 'react';
import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { colLetters } from '../../core';
import type { CellContext } from '../../hosts/host';
import type { Strings } from '../../app/i18n';

const useStyles = makeStyles({
  box: { overflowX: 'auto', maxWidth: '100%', marginTop: tokens.spacingVerticalXS, position: 'relative' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, tableLayout: 'fixed' },
  head: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular, padding: '0 4px', textAlign: 'center' },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '1px 4px', maxWidth: '5.5em', overflow: 'hidden',
    textOverflow: 'ellipsis', whiteSpace: 'nowrap',
  },
  target: { outline: `2px solid ${tokens.colorPaletteRedBorder2}`, outlineOffset: '-2px', backgroundColor: tokens.colorPaletteYellowBackground2, fontWeight: tokens.fontWeightSemibold },
});

export function CellContextGrid({ context, t }: { context: CellContext; t: Strings }) {
  const st = useStyles();
  const width = context.rows.reduce((n, r) => Math.max(n, r.length), 0);
  const box = useRef<HTMLDivElement>(null);
  // In a narrow pane the window is wider than the box: bring the cell to the middle.
  useLayoutEffect(() => {
    const el = box.current;
    const cell = el?.querySelector<HTMLElement>('td[aria-current="true"]');
    if (el && cell && el.scrollWidth > el.clientWidth) el.scrollLeft = Math.max(0, cell.offsetLeft + cell.offsetWidth / 2 - el.clientWidth / 2);
  }, [context]);
  return (
    <div ref={box} className={st.box} data-context={`${context.sheet}!${context.cell}`}>
      <Caption1>{t.pane.context(context.sheet, context.cell)}</Caption1>
      <table className={st.table} aria-label={t.pane.context(context.sheet, context.cell)}>
        <thead>
          <tr>
            <th className={st.head} />
            {Array.from({ length: width }, (_, c) => (
              <th key={c} scope="col" className={st.head}>
                {colLetters(context.left + c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {context.rows.map((row, r) => (
            <tr key={r}>
              <th scope="row" className={st.head}>
                {context.top + r + 1}
              </th>
              {Array.from({ length: width }, (_, c) => {
                const here = r === context.at.row && c === context.at.col;
                return (
                  <td key={c} className={here ? mergeClasses(st.cell, st.target) : st.cell} title={row[c] ?? ''} aria-current={here ? 'true' : undefined}>
                    {row[c] ?? ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
