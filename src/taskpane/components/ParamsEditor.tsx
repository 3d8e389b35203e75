/**
 * The review date and the parameters of the chosen packs, each by its type (src/app/engine.ts ParamKind, read
 * from the pack's zod schema): a switch for yes/no, a number input with its unit, a date picker, lists as
 * chips (dates added with a date picker), shares and month-days as checked text. The holiday calendar
 * (zj2017.holidays) is shown per year with where it comes from.
 */
import { useState } from 'react';
import { Button, Caption1, Caption1Strong, Field, Input, Switch, Tag, TagGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { PackId } from '../../core';
import { paramText, parseParam, type PackInfo, type ParamSpec, type ParamValue } from '../../app/engine';
import type { Strings } from '../../app/i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  pack: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  numberRow: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  number: { width: '7em' },
  chips: { display: 'flex', flexWrap: 'wrap', rowGap: tokens.spacingVerticalXXS },
  adder: { display: 'flex', columnGap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalXXS },
  calendar: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, padding: tokens.spacingVerticalXS, borderLeft: `3px solid ${tokens.colorNeutralStroke2}` },
});

export interface ParamsEditorProps {
  packs: PackInfo[];
  selected: PackId[];
  asOf: string;
  onAsOf(date: string): void;
  /** Overrides by `${pack}.${key}`. */
  values: Record<string, ParamValue>;
  onParam(key: string, value: ParamValue | undefined): void;
  disabled?: boolean;
  t: Strings;
}

interface InputProps {
  spec: ParamSpec;
  id: string;
  label: string;
  value: ParamValue;
  /** The new value; undefined when it equals the default (the override is dropped). */
  set(v: ParamValue): void;
  disabled?: boolean;
  t: Strings;
}

/** Holidays by year, in order: { '2024': ['2024-10-01', …] }. */
export function byYear(dates: string[]): [string, string[]][] {
  const m = new Map<string, string[]>();
  for (const d of [...dates].sort()) {
    const y = d.slice(0, 4);
    const list = m.get(y);
    if (list) list.push(d);
    else m.set(y, [d]);
  }
  return [...m];
}

function ListInput({ spec, label, value, set, disabled, t }: InputProps) {
  const st = useStyles();
  const items = Array.isArray(value) ? value : [];
  const dates = spec.kind === 'dates';
  const [draft, setDraft] = useState('');
  const add = () => {
    const v = draft.trim();
    if (!v || items.includes(v)) return;
    set(dates ? [...items, v].sort() : [...items, v]);
    setDraft('');
  };
  const chips = (list: string[]) => (
    <TagGroup
      className={st.chips}
      aria-label={label}
      onDismiss={(_, d) => set(items.filter((x) => x !== d.value))}
    >
      {list.map((x) => (
        <Tag key={x} value={x} size="small" appearance="outline" dismissible={!disabled} dismissIcon={{ 'aria-label': t.pane.paramRemove(x) }}>
          {x}
        </Tag>
      ))}
    </TagGroup>
  );
  return (
    <div>
      {dates ? (
        // The holiday calendar: per year, with its source.
        <div className={st.calendar} data-calendar={spec.key}>
          <Caption1Strong>{t.pane.holidaysTitle}</Caption1Strong>
          {items.length === 0 && <Caption1>{t.pane.holidaysNone}</Caption1>}
          {byYear(items).map(([y, list]) => (
            <div key={y} data-year={y}>
              <Caption1>{t.pane.holidaysYear(y, list.length)}</Caption1>
              {chips(list)}
            </div>
          ))}
          <Caption1 italic>{t.pane.holidaysSource}</Caption1>
        </div>
      ) : (
        chips(items)
      )}
      {!disabled && (
        <div className={st.adder}>
          <Input
            size="small"
            type={dates ? 'date' : 'text'}
            aria-label={`${label} ${t.pane.paramAdd}`}
            placeholder={dates ? undefined : t.pane.paramAddPlaceholder}
            value={draft}
            onChange={(_, d) => setDraft(d.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') add();
            }}
          />
          <Button size="small" onClick={add} disabled={!draft.trim()}>
            {t.pane.paramAdd}
          </Button>
        </div>
      )}
    </div>
  );
}

function TextInput({ spec, id, label, value, set, disabled, t, onInvalid }: InputProps & { onInvalid(text: string | null): void }) {
  const st = useStyles();
  const [text, setText] = useState(paramText(value));
  const commit = () => {
    const v = parseParam(text, spec.defaultValue);
    const ok = v !== null && (spec.kind !== 'monthDay' || /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(String(v)));
    onInvalid(ok ? null : text);
    if (ok) set(v);
  };
  const unit = t.pane.paramUnits[`${spec.pack}.${spec.key}`];
  const input = (
    <Input
      id={id}
      size="small"
      className={spec.kind === 'number' ? st.number : undefined}
      type={spec.kind === 'number' ? 'number' : spec.kind === 'date' ? 'date' : 'text'}
      inputMode={spec.kind === 'number' ? 'numeric' : undefined}
      aria-label={label}
      value={text}
      disabled={disabled}
      onChange={(_, d) => setText(d.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
    />
  );
  if (spec.kind !== 'number' || !unit) return input;
  return (
    <div className={st.numberRow}>
      {input}
      <Text size={200}>{unit}</Text>
    </div>
  );
}

function ParamInput({ spec, value, onParam, disabled, t }: { spec: ParamSpec; value: ParamValue | undefined; onParam: ParamsEditorProps['onParam']; disabled?: boolean; t: Strings }) {
  const key = `${spec.pack}.${spec.key}`;
  const label = t.paramLabels[key] ?? spec.label;
  const [invalid, setInvalid] = useState<string | null>(null);
  const current = value ?? spec.defaultValue;
  const set = (v: ParamValue) => onParam(key, paramText(v) === paramText(spec.defaultValue) ? undefined : v);
  const id = `param-${spec.pack}-${spec.key}`;
  const props: InputProps = { spec, id, label, value: current, set, disabled, t };
  if (spec.kind === 'switch') {
    return (
      <Switch
        label={`${label}（${t.paramDefault(typeof spec.defaultValue === 'boolean' && spec.defaultValue ? t.pane.paramOn : t.pane.paramOff)}）`}
        checked={current === true}
        disabled={disabled}
        onChange={(_, d) => set(d.checked)}
        data-param={key}
      />
    );
  }
  const list = spec.kind === 'list' || spec.kind === 'dates' || (spec.kind === undefined && Array.isArray(spec.defaultValue));
  return (
    <Field
      label={list ? label : { children: label, htmlFor: id }}
      hint={list && spec.kind === 'dates' ? undefined : t.paramDefault(paramText(spec.defaultValue) || '—')}
      validationState={invalid !== null ? 'error' : 'none'}
      validationMessage={invalid !== null ? t.paramInvalid(label, invalid) : undefined}
      size="small"
      data-param={key}
    >
      {list ? <ListInput {...props} /> : <TextInput {...props} onInvalid={setInvalid} />}
    </Field>
  );
}

export function ParamsEditor({ packs, selected, asOf, onAsOf, values, onParam, disabled, t }: ParamsEditorProps) {
  const st = useStyles();
  const [open, setOpen] = useState(false);
  const specs = packs.filter((p) => p.id === 'common' || selected.includes(p.id)).flatMap((p) => p.params.map((spec) => ({ spec, pack: p })));
  return (
    <div className={st.root}>
      <Field label={t.asOf} hint={t.pane.asOfAffects} size="small">
        <Input type="date" size="small" value={asOf} disabled={disabled} onChange={(_, d) => d.value && onAsOf(d.value)} />
      </Field>
      {specs.length > 0 && (
        <div>
          <Button appearance="transparent" size="small" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? t.paramsHide : t.paramsShow(specs.length)}
          </Button>
          {open &&
            packs
              .filter((p) => p.params.length > 0 && (p.id === 'common' || selected.includes(p.id)))
              .map((p) => (
                <div key={p.id} className={st.pack}>
                  <Text weight="semibold" size={200}>
                    {p.name}
                  </Text>
                  {p.params.map((spec) => (
                    <ParamInput key={spec.key} spec={spec} value={values[`${p.id}.${spec.key}`]} onParam={onParam} disabled={disabled} t={t} />
                  ))}
                </div>
              ))}
        </div>
      )}
    </div>
  );
}
