import { useTranslation } from 'react-i18next';
import { Badge, SegmentedControl } from '@mantine/core';

export type EditMode = 'edit' | 'suggest';

interface SuggestModeSwitchProps {
  /** The part's name, for the control's label. */
  name: string;
  /** The control's test id (`mode-<part>`). */
  testId: string;
  mode: EditMode;
  /** Both modes are open to this person here; otherwise the mode is shown, not chosen. */
  choosable: boolean;
  onChange: (mode: EditMode) => void;
}

/** "Edit" or "Suggest" for one rich-text part: a choice for those who may do both. */
export function SuggestModeSwitch({ name, testId, mode, choosable, onChange }: SuggestModeSwitchProps) {
  const { t } = useTranslation();
  if (!choosable) {
    return mode === 'suggest' ? (
      <Badge variant="light" color="grape" data-testid={testId} title={t('suggestions.mode.onlyHint')}>
        {t('suggestions.mode.suggesting')}
      </Badge>
    ) : null;
  }
  return (
    <SegmentedControl
      size="xs"
      value={mode}
      onChange={(value) => onChange(value === 'suggest' ? 'suggest' : 'edit')}
      aria-label={t('suggestions.mode.label', { name })}
      data-testid={testId}
      data={[
        { value: 'edit', label: t('suggestions.mode.edit') },
        { value: 'suggest', label: t('suggestions.mode.suggest') },
      ]}
    />
  );
}
