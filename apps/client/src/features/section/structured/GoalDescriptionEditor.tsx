import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorContent, useEditor } from '@tiptap/react';
import { Text } from '@mantine/core';
import type * as Y from 'yjs';
import { editorExtensions } from '../../../editor/extensions';
import { uiLocale } from '../../goal-bank/uiLocale';
import { GlossaryHighlight } from '../../glossary/glossaryHighlight';
import { GlossaryAtCursor, useGlossaryLocale } from '../../glossary/GlossaryAtCursor';

interface GoalDescriptionEditorProps {
  goalId: string;
  fragment: Y.XmlFragment;
  number: number;
  editable: boolean;
}

/** A goal's rich-text description, bound to the XmlFragment inside the goal's Y.Map. */
export function GoalDescriptionEditor({ goalId, fragment, number, editable }: GoalDescriptionEditorProps) {
  const { t, i18n } = useTranslation();
  const labelId = useId();
  const hintId = useId();
  const label = t('goals.descriptionLabel', { number });

  const editor = useEditor(
    {
      extensions: editorExtensions({
        fragment,
        decorations: [GlossaryHighlight.configure({ locale: uiLocale(i18n.language) })],
      }),
      editable,
      editorProps: {
        attributes: {
          id: `goals-${goalId}-description`,
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': label,
          'aria-describedby': hintId,
          'aria-readonly': editable ? 'false' : 'true',
          class: 'section-editor__input goal-description__input',
        },
      },
    },
    [fragment],
  );

  useGlossaryLocale(editor);

  useEffect(() => {
    if (!editor.isDestroyed && editor.isEditable !== editable) editor.setEditable(editable, false);
  }, [editor, editable]);

  return (
    <div className="goal-description">
      <Text component="span" id={labelId} fw={600} size="sm">
        {t('goals.description')}
      </Text>
      <Text id={hintId} size="xs" c="dimmed">
        {t('goals.descriptionHint')}
      </Text>
      <div className="section-editor__frame" data-testid="goal-description" data-editable={editable ? 'true' : 'false'}>
        <EditorContent editor={editor} />
      </div>
      <GlossaryAtCursor editor={editor} />
    </div>
  );
}
