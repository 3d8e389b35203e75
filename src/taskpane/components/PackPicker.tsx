/**
 * Rule packs as checkboxes whose accessible names are exactly RULES.md's pack names. `common` is always on.
 * Packs the workbook's content suggested (ticked on the first review when none was picked) carry a 建议 badge.
 */
import { Badge, Checkbox, Text } from '@fluentui/react-components';
import type { PackId } from '../../core';
import type { PackInfo } from '../../app/engine';
import type { Strings } from '../../app/i18n';
import { useSectionStyles } from './styles';

export interface PackPickerProps {
  packs: PackInfo[];
  selected: PackId[];
  /** Packs suggested from the content (src/core/suggest.ts), labelled 建议. */
  suggested?: PackId[];
  onChange(selected: PackId[]): void;
  disabled?: boolean;
  t: Strings;
}

export function PackPicker({ packs, selected, suggested = [], onChange, disabled, t }: PackPickerProps) {
  const s = useSectionStyles();
  const toggle = (id: PackId, on: boolean) => {
    const next = packs.map((p) => p.id).filter((p) => p !== 'common' && (p === id ? on : selected.includes(p)));
    onChange(next);
  };
  return (
    <fieldset style={{ border: 0, margin: 0, padding: 0, display: 'flex', flexDirection: 'column' }}>
      <legend className={s.heading}>{t.packsTitle}</legend>
      <Text className={s.hint}>{t.packsHint}</Text>
      {packs.map((p) =>
        p.id === 'common' ? (
          <div key={p.id} className={s.row}>
            <Checkbox checked disabled label={p.name} />
            <Text className={s.hint} aria-hidden>
              {t.commonAlwaysOn}
            </Text>
          </div>
        ) : (
          <div key={p.id} className={s.row}>
            <Checkbox label={p.name} checked={selected.includes(p.id)} disabled={disabled} onChange={(_, d) => toggle(p.id, d.checked === true)} />
            {suggested.includes(p.id) && (
              <Badge appearance="tint" color="informative" data-suggested={p.id}>
                {t.packSuggested}
              </Badge>
            )}
          </div>
        ),
      )}
    </fieldset>
  );
}
