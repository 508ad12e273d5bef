import { useCallback, useEffect, useId, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorContent, useEditor } from '@tiptap/react';
import { Text, Title } from '@mantine/core';
import type * as Y from 'yjs';
import { MEETING_NOTES_ROOT, meetingNotesFragment } from '@iep/shared';
import { editorExtensions } from '../../editor/extensions';

/** The meeting's notes fragment (the server creates it when scheduling); null until the document has it. */
function useNotesFragment(doc: Y.Doc, meetingId: string): Y.XmlFragment | null {
  const notes = doc.getMap<unknown>(MEETING_NOTES_ROOT);
  const subscribe = useCallback(
    (onChange: () => void) => {
      notes.observe(onChange);
      return () => notes.unobserve(onChange);
    },
    [notes],
  );
  return useSyncExternalStore(subscribe, () => meetingNotesFragment(doc, meetingId));
}

/** Shared notes of one meeting, bound to its fragment like a goal's description: everyone types while it runs, read-only after. */
export function MeetingNotes({
  doc,
  meetingId,
  editable,
  ended = false,
}: {
  doc: Y.Doc;
  meetingId: string;
  editable: boolean;
  ended?: boolean;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const fragment = useNotesFragment(doc, meetingId);
  return (
    <section aria-labelledby={headingId} className="meeting-notes">
      <Title order={3} id={headingId}>
        {t('meetings.notes.title')}
      </Title>
      <Text size="sm" c="dark.6">
        {editable ? t('meetings.notes.hint') : ended ? t('meetings.notes.ended') : t('meetings.notes.readOnly')}
      </Text>
      {fragment === null ? (
        <Text size="sm">{t('meetings.notes.loading')}</Text>
      ) : (
        <NotesEditor
          fragment={fragment}
          editable={editable}
          label={t(editable ? 'meetings.notes.label' : 'meetings.notes.labelReadOnly')}
        />
      )}
    </section>
  );
}

const attributes = (label: string, editable: boolean): Record<string, string> => ({
  role: 'textbox',
  'aria-multiline': 'true',
  'aria-label': label,
  'aria-readonly': editable ? 'false' : 'true',
  class: 'section-editor__input',
});

function NotesEditor({ fragment, editable, label }: { fragment: Y.XmlFragment; editable: boolean; label: string }) {
  const editor = useEditor(
    {
      extensions: editorExtensions({ fragment }),
      editable,
      editorProps: { attributes: attributes(label, editable) },
    },
    [fragment],
  );
  useEffect(() => {
    // useEditor gives null until the editor exists (and after it is torn down).
    if (editor === null || editor.isDestroyed) return;
    if (editor.isEditable !== editable) editor.setEditable(editable, false);
    editor.setOptions({ editorProps: { attributes: attributes(label, editable) } });
  }, [editor, editable, label]);
  return (
    <div className="section-editor__frame" data-testid="meeting-notes" data-editable={editable ? 'true' : 'false'}>
      <EditorContent editor={editor} />
    </div>
  );
}
