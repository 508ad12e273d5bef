import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorContent, useEditor } from '@tiptap/react';
import { Button, Group, Text, Title } from '@mantine/core';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { PresenceUser, SectionFragment } from '@iep/shared';
import { suggestionAuthor } from '../../editor/suggestions';
import { uiLocale } from '../goal-bank/uiLocale';
import { GlossaryHighlight } from '../glossary/glossaryHighlight';
import { GlossaryAtCursor, useGlossaryLocale } from '../glossary/GlossaryAtCursor';
import { editorExtensions } from '../../editor/extensions';
import {
  CommentHighlight,
  domSelectionRange,
  refreshCommentHighlights,
  selectionAnchor,
  type AnchoredThread,
} from '../../editor/commentHighlight';
import { useComments } from '../comments/CommentsContext';
import { SuggestModeSwitch, type EditMode } from '../suggestions/SuggestModeSwitch';
import '../suggestions/suggestions.css';

interface SectionEditorProps {
  field: SectionFragment;
  ydoc: Y.Doc;
  provider: WebsocketProvider;
  user: PresenceUser;
  /** May change the text directly (Edit mode). */
  canEdit: boolean;
  /** May suggest changes (Suggest mode); alone, the editor is in Suggest mode only. */
  canSuggest: boolean;
}

function editorAttributes(label: string, hintId: string, editable: boolean): Record<string, string> {
  return {
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': label,
    'aria-describedby': hintId,
    'aria-readonly': editable ? 'false' : 'true',
    // Read-only parts stay focusable, so their text can be selected (and commented on) by keyboard too.
    ...(editable ? {} : { tabindex: '0' }),
    class: 'section-editor__input',
  };
}

/** One rich-text part of the section, bound to its XmlFragment in the shared Y.Doc. */
export function SectionEditor({ field, ydoc, provider, user, canEdit, canSuggest }: SectionEditorProps) {
  const { t, i18n } = useTranslation();
  const editable = canEdit || canSuggest;
  const [chosenMode, setChosenMode] = useState<EditMode>('edit');
  const mode: EditMode = canEdit && canSuggest ? chosenMode : canSuggest ? 'suggest' : 'edit';
  const suggesting = useRef(false);
  suggesting.current = editable && mode === 'suggest';
  const [refused, setRefused] = useState(false);
  const headingId = useId();
  const hintId = useId();
  const name = t(`section.fragments.${field}`);
  const label = editable ? t('section.editorLabel', { name }) : t('section.editorLabelReadOnly', { name });
  const comments = useComments();
  const anchored = useRef<AnchoredThread[]>([]);
  const activate = useRef<(id: string) => void>(() => undefined);
  const [hasSelection, setHasSelection] = useState(false);
  anchored.current = (comments?.threads ?? []).flatMap((th) =>
    th.part === field && th.resolvedAt === null && th.anchorStart !== null && th.anchorEnd !== null
      ? [
          {
            id: th.id,
            anchorStart: th.anchorStart,
            anchorEnd: th.anchorEnd,
            active: th.id === comments?.activeThreadId,
          },
        ]
      : [],
  );
  activate.current = (id) => comments?.activate(id);

  const editor = useEditor(
    {
      extensions: editorExtensions({
        fragment: ydoc.getXmlFragment(field),
        carets: { provider, user },
        suggest: {
          active: () => suggesting.current,
          author: suggestionAuthor(user),
          onRefused: () => setRefused(true),
        },
        decorations: [
          GlossaryHighlight.configure({ locale: uiLocale(i18n.language) }),
          // Comment anchors drawn as decorations, never stored in the shared document.
          CommentHighlight.configure({ getThreads: () => anchored.current, onActivate: (id) => activate.current(id) }),
        ],
      }),
      editable,
      editorProps: { attributes: editorAttributes(label, hintId, editable) },
    },
    // The editor lives as long as its document and provider; label and editability update in place.
    [ydoc, provider, field],
  );

  useGlossaryLocale(editor);

  useEffect(() => {
    if (editor === null || editor.isDestroyed) return;
    if (editor.isEditable !== editable) editor.setEditable(editable, false);
    editor.setOptions({ editorProps: { attributes: editorAttributes(label, hintId, editable) } });
  }, [editor, editable, label, hintId]);

  const threadsKey = anchored.current.map((a) => `${a.id}:${a.active ? 1 : 0}`).join(',');
  useEffect(() => {
    if (!editor.isDestroyed) refreshCommentHighlights(editor.view);
  }, [editor, threadsKey]);

  // The browser's selection, not only the editor's: a read-only editor does not track it.
  useEffect(() => {
    const onChange = (): void => setHasSelection(!editor.isDestroyed && domSelectionRange(editor.view) !== null);
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [editor]);

  const startThread = (): void => {
    const range = domSelectionRange(editor.view);
    const anchor = range === null ? null : selectionAnchor(editor.state, range.from, range.to);
    if (anchor !== null) comments?.startDraft({ part: field, ...anchor });
  };

  return (
    <section className="section-editor" aria-labelledby={headingId}>
      <Group justify="space-between" align="center" gap="xs">
        <Title order={2} id={headingId} className="section-editor__title">
          {name}
        </Title>
        {editable && (
          <SuggestModeSwitch
            name={name}
            testId={`mode-${field}`}
            mode={mode}
            choosable={canEdit && canSuggest}
            onChange={(next) => {
              setChosenMode(next);
              setRefused(false);
            }}
          />
        )}
        {comments !== null && comments.open && (
          <Button
            size="compact-sm"
            variant="light"
            disabled={!hasSelection}
            // Keep the editor's selection: the button must not take it away on mouse down.
            onMouseDown={(e) => e.preventDefault()}
            onClick={startThread}
            aria-label={t('comments.commentOnSelection', { name })}
            data-testid={`comment-${field}`}
          >
            {t('comments.comment')}
          </Button>
        )}
      </Group>
      <Text id={hintId} size="sm" className="section-editor__hint">
        {t(`section.fragmentHints.${field}`)}
      </Text>
      {refused && mode === 'suggest' && (
        <Text size="sm" role="status" className="suggestion-refused">
          {t('suggestions.refused')}
        </Text>
      )}
      <div
        className="section-editor__frame"
        data-testid={`editor-${field}`}
        data-editable={editable ? 'true' : 'false'}
        data-mode={editable ? mode : 'read'}
      >
        <EditorContent editor={editor} />
      </div>
      <GlossaryAtCursor editor={editor} />
    </section>
  );
}
