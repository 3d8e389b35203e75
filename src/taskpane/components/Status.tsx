/**
 * What every tab shows while it works and after: a progress bar with the current step, and one message
 * (success, warning, or an error titled as such and announced as an alert).
 */
import { useSyncExternalStore } from 'react';
import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar } from '@fluentui/react-components';
import type { Progress } from '../../hosts/host';

export type StatusMessage = { intent: 'error' | 'warning' | 'success' | 'info'; text: string } | null;

export function BusyIndicator({ step, fraction, className }: { step: string; fraction?: number | null; className?: string }) {
  return (
    <div className={className}>
      <ProgressBar value={fraction ?? undefined} thickness="large" aria-label={step} />
      <Caption1 aria-live="polite">{step}</Caption1>
    </div>
  );
}

/**
 * The progress of a run, outside React's state: a run of 300 files reports twice a file, and each report set
 * as the tab's state drew the whole tab again (the file list, the packs, the parameters), 60–300 ms a time.
 * Reports go here and only the progress line (LiveBusyIndicator) draws them.
 */
export interface ProgressStore {
  get(): Progress | null;
  set(p: Progress | null): void;
  subscribe(listener: () => void): () => void;
}

export function progressStore(): ProgressStore {
  let value: Progress | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(p) {
      value = p;
      for (const l of [...listeners]) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** BusyIndicator showing the store's latest report, else `start`. */
export function LiveBusyIndicator({ store, start, fallback, className }: { store: ProgressStore; start: Progress; fallback: string; className?: string }) {
  const p = useSyncExternalStore(store.subscribe, store.get, store.get) ?? start;
  return <BusyIndicator className={className} step={p.step || fallback} fraction={p.fraction} />;
}

export function MessageLine({ message, errorTitle, onDismiss, dismissLabel }: { message: NonNullable<StatusMessage>; errorTitle: string; onDismiss?: () => void; dismissLabel?: string }) {
  return (
    <MessageBar intent={message.intent} role={message.intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>
        {message.intent === 'error' && <MessageBarTitle>{errorTitle}</MessageBarTitle>}
        {message.text}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions containerAction={<Button appearance="transparent" size="small" aria-label={dismissLabel} onClick={onDismiss}>×</Button>} />
      )}
    </MessageBar>
  );
}
