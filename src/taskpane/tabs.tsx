/**
 * The task pane's tabs, in order. 审核 is first; the 合并汇总 (merge) and 继续教育 (CE) tabs are added
 * here by their own parts: append an entry with a label from the i18n files and a render function.
 */
import type { ReactNode } from 'react';
import type { WorkbookHost } from '../hosts/host';
import { CeTab } from './components/CeTab';
import { MergeTab } from './components/MergeTab';
import { ReviewTab } from './components/ReviewTab';
import type { Engine } from '../app/engine';
import type { Strings } from '../app/i18n';

export interface PaneContext {
  host: WorkbookHost;
  engine: Engine;
  t: Strings;
  today?: string;
}

export interface PaneTab {
  value: string;
  label(t: Strings): string;
  render(ctx: PaneContext): ReactNode;
}

export const TABS: PaneTab[] = [
  { value: 'review', label: (t) => t.tabs.review, render: (ctx) => <ReviewTab host={ctx.host} engine={ctx.engine} t={ctx.t} today={ctx.today} /> },
  { value: 'merge', label: (t) => t.tabs.merge, render: (ctx) => <MergeTab host={ctx.host} engine={ctx.engine} t={ctx.t} /> },
  { value: 'ce', label: (t) => t.tabs.ce, render: (ctx) => <CeTab host={ctx.host} engine={ctx.engine} t={ctx.t} /> },
];
