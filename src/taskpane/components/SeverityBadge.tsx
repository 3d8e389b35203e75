import { Badge } from '@fluentui/react-components';
import type { Severity } from '../../core';
import type { Strings } from '../../app/i18n';

const COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export function SeverityBadge({ severity, t }: { severity: Severity; t: Strings }) {
  return (
    <Badge appearance={severity === 'info' ? 'tint' : 'filled'} color={COLOR[severity]} shape="rounded" size="medium">
      {t.severity[severity]}
    </Badge>
  );
}
