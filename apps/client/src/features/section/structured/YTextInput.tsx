import { Textarea, TextInput } from '@mantine/core';
import type * as Y from 'yjs';
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

/** A labelled Mantine input that edits a Y.Text live (no local draft saved later). */
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
  const { value, onChange, ref } = useYText(ytext);
  const common = {
    id,
    label,
    description,
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
