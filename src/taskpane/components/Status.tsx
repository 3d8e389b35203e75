/**
 * What every tab shows while it works and after: a progress bar with the current step, and one message
 * (success, warning, or an error titled as such and announced as an alert).
 */
import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar } from '@fluentui/react-components';

export type StatusMessage = { intent: 'error' | 'warning' | 'success' | 'info'; text: string } | null;

export function BusyIndicator({ step, fraction, className }: { step: string; fraction?: number | null; className?: string }) {
  return (
    <div className={className}>
      <ProgressBar value={fraction ?? undefined} thickness="large" aria-label={step} />
      <Caption1 aria-live="polite">{step}</Caption1>
    </div>
  );
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
