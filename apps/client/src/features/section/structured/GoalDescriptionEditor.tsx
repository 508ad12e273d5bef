import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorContent, useEditor } from '@tiptap/react';
import { Group, Text } from '@mantine/core';
import type * as Y from 'yjs';
import { editorExtensions } from '../../../editor/extensions';
import type { SuggestionAuthor } from '../../../editor/suggestions';
import { uiLocale } from '../../goal-bank/uiLocale';
import { GlossaryHighlight } from '../../glossary/glossaryHighlight';
import { GlossaryAtCursor, useGlossaryLocale } from '../../glossary/GlossaryAtCursor';
import { SuggestModeSwitch, type EditMode } from '../../suggestions/SuggestModeSwitch';
import '../../suggestions/suggestions.css';

interface GoalDescriptionEditorProps {
  goalId: string;
  fragment: Y.XmlFragment;
  number: number;
  /** May change the text directly (Edit mode): whoever may write the goals. */
  editable: boolean;
  /** Who suggests here, when this person may (Suggest mode); alone, the editor only suggests. */
  suggester: SuggestionAuthor | null;
}

/**
 * A goal's rich-text description, bound to the XmlFragment inside the goal's Y.Map. Suggestions are
 * made here as in the section's parts: a parent only suggests, staff choose Edit or Suggest.
 */
export function GoalDescriptionEditor({ goalId, fragment, number, editable, suggester }: GoalDescriptionEditorProps) {
  const { t, i18n } = useTranslation();
  const labelId = useId();
  const hintId = useId();
  const label = t('goals.descriptionLabel', { number });
  const canSuggest = suggester !== null;
  const writable = editable || canSuggest;
  const [chosenMode, setChosenMode] = useState<EditMode>('edit');
  const mode: EditMode = editable && canSuggest ? chosenMode : canSuggest ? 'suggest' : 'edit';
  const suggesting = useRef(false);
  suggesting.current = writable && mode === 'suggest';
  const [refused, setRefused] = useState(false);

  const editor = useEditor(
    {
      extensions: editorExtensions({
        fragment,
        suggest: { active: () => suggesting.current, author: suggester, onRefused: () => setRefused(true) },
        decorations: [GlossaryHighlight.configure({ locale: uiLocale(i18n.language) })],
      }),
      editable: writable,
      editorProps: {
        attributes: {
          id: `goals-${goalId}-description`,
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': label,
          'aria-describedby': hintId,
          'aria-readonly': writable ? 'false' : 'true',
          class: 'section-editor__input goal-description__input',
        },
      },
    },
    [fragment, suggester?.authorId, suggester?.role],
  );

  useGlossaryLocale(editor);

  useEffect(() => {
    if (!editor.isDestroyed && editor.isEditable !== writable) editor.setEditable(writable, false);
  }, [editor, writable]);

  return (
    <div className="goal-description">
      <Group justify="space-between" align="center" gap="xs">
        <Text component="span" id={labelId} fw={600} size="sm">
          {t('goals.description')}
        </Text>
        {writable && (
          <SuggestModeSwitch
            name={label}
            testId={`mode-goal-${goalId}`}
            mode={mode}
            choosable={editable && canSuggest}
            onChange={(next) => {
              setChosenMode(next);
              setRefused(false);
            }}
          />
        )}
      </Group>
      <Text id={hintId} size="xs" c="dimmed">
        {t('goals.descriptionHint')}
      </Text>
      {refused && mode === 'suggest' && (
        <Text size="sm" role="status" className="suggestion-refused">
          {t('suggestions.refused')}
        </Text>
      )}
      <div
        className="section-editor__frame"
        data-testid="goal-description"
        data-editable={writable ? 'true' : 'false'}
        data-mode={writable ? mode : 'read'}
      >
        <EditorContent editor={editor} />
      </div>
      <GlossaryAtCursor editor={editor} />
    </div>
  );
}
