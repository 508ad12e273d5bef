import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { Text, Title } from '@mantine/core';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { PresenceUser, SectionFragment } from '@iep/shared';
import { uiLocale } from '../features/goal-bank/uiLocale';
import { GlossaryHighlight } from '../features/glossary/glossaryHighlight';
import { GlossaryAtCursor, useGlossaryLocale } from '../features/glossary/GlossaryAtCursor';

interface SectionEditorProps {
  field: SectionFragment;
  ydoc: Y.Doc;
  provider: WebsocketProvider;
  user: PresenceUser;
  editable: boolean;
}

function editorAttributes(label: string, hintId: string, editable: boolean): Record<string, string> {
  return {
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': label,
    'aria-describedby': hintId,
    'aria-readonly': editable ? 'false' : 'true',
    class: 'section-editor__input',
  };
}

/** One rich-text part of the section, bound to its XmlFragment in the shared Y.Doc. */
export function SectionEditor({ field, ydoc, provider, user, editable }: SectionEditorProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const hintId = useId();
  const name = t(`section.fragments.${field}`);
  const label = editable ? t('section.editorLabel', { name }) : t('section.editorLabelReadOnly', { name });

  const editor = useEditor(
    {
      extensions: [
        // Collaboration brings its own Yjs-aware undo; the plain history would fight it.
        StarterKit.configure({ undoRedo: false }),
        Collaboration.configure({ document: ydoc, field }),
        CollaborationCaret.configure({ provider, user }),
        GlossaryHighlight.configure({ locale: uiLocale(i18n.language) }),
      ],
      editable,
      editorProps: { attributes: editorAttributes(label, hintId, editable) },
    },
    // The editor lives as long as its document and provider; label and editability update in place.
    [ydoc, provider, field],
  );

  useGlossaryLocale(editor);

  useEffect(() => {
    if (editor.isDestroyed) return;
    if (editor.isEditable !== editable) editor.setEditable(editable, false);
    editor.setOptions({ editorProps: { attributes: editorAttributes(label, hintId, editable) } });
  }, [editor, editable, label, hintId]);

  return (
    <section className="section-editor" aria-labelledby={headingId}>
      <Title order={2} id={headingId} className="section-editor__title">
        {name}
      </Title>
      <Text id={hintId} size="sm" className="section-editor__hint">
        {t(`section.fragmentHints.${field}`)}
      </Text>
      <div
        className="section-editor__frame"
        data-testid={`editor-${field}`}
        data-editable={editable ? 'true' : 'false'}
      >
        <EditorContent editor={editor} />
      </div>
      <GlossaryAtCursor editor={editor} />
    </section>
  );
}
