/** Asks for the reason before a finding is suppressed (the reason is kept with it in the workbook). */
import { useState } from 'react';
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Text, Textarea,
} from '@fluentui/react-components';
import type { Finding } from '../../core';
import type { Strings } from '../../app/i18n';

export interface SuppressDialogProps {
  finding: Finding | null;
  onCancel(): void;
  onConfirm(finding: Finding, reason: string): void;
  t: Strings;
}

export function SuppressDialog({ finding, onCancel, onConfirm, t }: SuppressDialogProps) {
  const [reason, setReason] = useState('');
  const ok = reason.trim().length > 0;
  return (
    <Dialog
      open={finding !== null}
      onOpenChange={(_, d) => {
        if (!d.open) {
          setReason('');
          onCancel();
        }
      }}
    >
      <DialogSurface aria-describedby={undefined}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (finding && ok) {
              onConfirm(finding, reason.trim());
              setReason('');
            }
          }}
        >
          <DialogBody>
            <DialogTitle>{t.suppressTitle}</DialogTitle>
            <DialogContent style={{ display: 'flex', flexDirection: 'column', rowGap: 8 }}>
              {finding && (
                <Text size={200}>
                  {finding.ruleId} · {finding.sheet}!{finding.cell} — {finding.message}
                </Text>
              )}
              <Field label={t.suppressReason} required>
                <Textarea value={reason} placeholder={t.suppressReasonPlaceholder} onChange={(_, d) => setReason(d.value)} resize="vertical" />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" type="button" onClick={() => { setReason(''); onCancel(); }}>
                {t.cancel}
              </Button>
              <Button appearance="primary" type="submit" disabled={!ok}>
                {t.suppressConfirm}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
