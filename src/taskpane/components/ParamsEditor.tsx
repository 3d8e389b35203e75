/** The review date and the parameters of the chosen packs (defaults from the packs' zod schemas). */
import { useState } from 'react';
import { Button, Field, Input, Text } from '@fluentui/react-components';
import type { PackId } from '../../core/api';
import { paramText, parseParam, type PackInfo, type ParamSpec, type ParamValue } from '../../app/engine';
import type { Strings } from '../../app/i18n';

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

function ParamInput({ spec, value, onParam, disabled, t }: { spec: ParamSpec; value: ParamValue | undefined; onParam: ParamsEditorProps['onParam']; disabled?: boolean; t: Strings }) {
  const key = `${spec.pack}.${spec.key}`;
  const label = t.paramLabels[key] ?? spec.label;
  const [text, setText] = useState(paramText(value ?? spec.defaultValue));
  const [invalid, setInvalid] = useState(false);
  const commit = () => {
    const v = parseParam(text, spec.defaultValue);
    if (v === null) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    onParam(key, paramText(v) === paramText(spec.defaultValue) ? undefined : v);
  };
  return (
    <Field
      label={label}
      hint={t.paramDefault(paramText(spec.defaultValue))}
      validationState={invalid ? 'error' : 'none'}
      validationMessage={invalid ? t.paramInvalid(label, text) : undefined}
      size="small"
    >
      <Input
        size="small"
        value={text}
        disabled={disabled}
        onChange={(_, d) => setText(d.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </Field>
  );
}

export function ParamsEditor({ packs, selected, asOf, onAsOf, values, onParam, disabled, t }: ParamsEditorProps) {
  const [open, setOpen] = useState(false);
  const specs = packs.filter((p) => p.id === 'common' || selected.includes(p.id)).flatMap((p) => p.params.map((spec) => ({ spec, pack: p })));
  return (
    <div style={{ display: 'flex', flexDirection: 'column', rowGap: 8 }}>
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
                <div key={p.id} style={{ display: 'flex', flexDirection: 'column', rowGap: 6, marginTop: 6 }}>
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
