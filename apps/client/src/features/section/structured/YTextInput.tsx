import { Textarea, TextInput } from '@mantine/core';
import type * as Y from 'yjs';
import { useTranslation } from 'react-i18next';
import { hasBlank, useBlankKeys } from '../../goal-bank/blanks';
import { useYText } from './useYText';

interface YTextInputProps {
  ytext: Y.Text;
  label: string;
  /** The element id the compliance panel scrolls to. */
  id: string;
  testId: string;
  readOnly: boolean;
  multiline?: boolean;
  description?: string;
  error?: string;
  maxLength?: number;
}

/**
 * A labelled Mantine input that edits a Y.Text live (no local draft saved later). Text still holding
 * a `[[name]]` blank is highlighted and says so; Tab walks through its blanks.
 */
export function YTextInput({
  ytext,
  label,
  id,
  testId,
  readOnly,
  multiline = false,
  description,
  error,
  maxLength,
}: YTextInputProps) {
  const { t } = useTranslation();
  const { value, onChange, ref } = useYText(ytext);
  const blank = !readOnly && hasBlank(value);
  const keys = useBlankKeys(blank);
  const common = {
    id,
    label,
    description: blank ? [description, t('goals.blankHint')].filter(Boolean).join(' ') : description,
    classNames: blank ? { input: 'has-blank' } : undefined,
    'data-has-blank': blank ? 'true' : undefined,
    ...keys,
    error,
    value,
    onChange,
    readOnly,
    maxLength,
    'data-testid': testId,
  };
  return multiline ? (
    <Textarea {...common} ref={ref} autosize minRows={2} maxRows={8} />
  ) : (
    <TextInput {...common} ref={ref} />
  );
}
