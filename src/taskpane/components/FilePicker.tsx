/**
 * Browser mode: a real `<input type="file" multiple>` (visually a button) to open workbooks, the list of
 * open files (a page at a time), and the download of marked copies once a review has run.
 */
import { useRef, useState } from 'react';
import { Button, Caption1, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Strings } from '../../app/i18n';
import { Pager, pageOf } from './Pager';
import { useSectionStyles } from './styles';

const usePickerStyles = makeStyles({
  picker: {
    position: 'relative', display: 'inline-flex', alignItems: 'center', justifyContent: 'center',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground1,
    fontWeight: tokens.fontWeightSemibold, cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-within': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  // Visually hidden but present and focusable: assistive technology and tests use the real input.
  input: { position: 'absolute', width: '1px', height: '1px', opacity: 0, overflow: 'hidden', clip: 'rect(0 0 0 0)' },
});

const useStyles = makeStyles({
  files: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** A real `<input type="file" multiple>` for workbooks, looking like a button; the same file can be chosen again. */
export function FileInput({ label, disabled, onFiles }: { label: string; disabled?: boolean; onFiles(files: File[]): void }) {
  const st = usePickerStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <label className={st.picker}>
      {label}
      <input
        ref={input}
        className={st.input}
        type="file"
        multiple
        accept=".xlsx,.xls,.csv"
        disabled={disabled}
        aria-label={label}
        onChange={(e) => {
          const list = e.currentTarget.files ? Array.from(e.currentTarget.files) : [];
          if (list.length) onFiles(list);
          // Let the same file be chosen again after a correction.
          if (input.current) input.current.value = '';
        }}
      />
    </label>
  );
}

/** Files listed per page: 300 files' names, each with its remove button, took the page's thread 300–500 ms to draw. */
export const FILE_PAGE = 20;

export interface FilePickerProps {
  files: string[];
  onFiles(files: File[]): void;
  onRemove(name: string): void;
  /** Offer the marked copies here (the 继续教育 tab); the 审核 tab offers them with its results instead. */
  canDownload?: boolean;
  onDownload?(): void;
  disabled?: boolean;
  t: Strings;
}

export function FilePicker({ files, onFiles, onRemove, canDownload, onDownload, disabled, t }: FilePickerProps) {
  const s = useSectionStyles();
  const st = useStyles();
  const [page, setPage] = useState(0);
  const shown = pageOf(files, page, FILE_PAGE);
  return (
    <section aria-label={t.openFiles} className={s.section}>
      <Caption1 className={s.hint}>{t.browserMode}</Caption1>
      <div className={s.row}>
        <FileInput label={t.openFiles} disabled={disabled} onFiles={onFiles} />
        <Caption1 className={s.hint}>{t.filesAccepted}</Caption1>
      </div>
      {files.length > 0 && (
        <>
          <Text size={200}>{t.filesLoaded(files.length)}</Text>
          <ul className={mergeClasses(st.files, s.scrollBox)} aria-label={t.filesLoaded(files.length)}>
            {shown.rows.map((f) => (
              <li key={f}>
                <Text size={200}>{f}</Text>{' '}
                <Button size="small" appearance="transparent" aria-label={t.removeFile(f)} disabled={disabled} onClick={() => onRemove(f)}>
                  ×
                </Button>
              </li>
            ))}
          </ul>
          {files.length > FILE_PAGE && <Pager page={shown.page} pages={shown.pages} from={shown.from} to={shown.to} total={files.length} onPage={setPage} t={t} />}
        </>
      )}
      {canDownload && onDownload && (
        <div>
          <Button appearance="secondary" onClick={onDownload} disabled={disabled}>
            {t.downloadMarked}
          </Button>
        </div>
      )}
    </section>
  );
}
