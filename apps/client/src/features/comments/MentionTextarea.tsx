import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Paper, Textarea } from '@mantine/core';
import { PoliteAnnouncer } from '../../components/PoliteAnnouncer';
import './mentions.css';
import { insertMention, matchMembers, mentionAt, type Mentionable } from './mentionModel';

interface MentionTextareaProps {
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  /** Who may be mentioned here (the team, less the writer; less the family on staff threads). */
  members: readonly Mentionable[];
  onPick: (member: Mentionable) => void;
  error: string | null;
  testId: string;
}

/**
 * The comment's text box. Typing `@` and letters offers the matching team members in a list under
 * it: arrows move, Enter or Tab picks, Escape closes, a click picks too. The box keeps the focus
 * and points at the highlighted person (aria-activedescendant), as a combobox's list does.
 */
export function MentionTextarea({
  label,
  description,
  value,
  onChange,
  members,
  onPick,
  error,
  testId,
}: MentionTextareaProps) {
  const { t } = useTranslation();
  const listId = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState(value.length);
  const [active, setActive] = useState(0);
  /** Where the mention the person closed (Escape) or completed starts: not offered again. */
  const [closedAt, setClosedAt] = useState<number | null>(null);
  const [moveCaret, setMoveCaret] = useState<number | null>(null);
  const [picked, setPicked] = useState<{ id: number; text: string } | null>(null);

  const typing = mentionAt(value, caret);
  const matches = typing === null ? [] : matchMembers(members, typing.query);
  const open = typing !== null && typing.start !== closedAt && matches.length > 0;
  const current = Math.min(active, Math.max(0, matches.length - 1));
  const optionId = (i: number): string => `${listId}-option-${i}`;

  useLayoutEffect(() => {
    if (moveCaret === null || box.current === null) return;
    box.current.focus();
    box.current.setSelectionRange(moveCaret, moveCaret);
    setCaret(moveCaret);
    setMoveCaret(null);
  }, [moveCaret]);

  const readCaret = (el: HTMLTextAreaElement): void => {
    const at = el.selectionStart;
    setCaret(at);
    const now = mentionAt(el.value, at);
    if (now === null || now.start !== closedAt) setClosedAt(null);
  };

  const pick = (member: Mentionable): void => {
    if (typing === null) return;
    const next = insertMention(value, typing, member.name);
    onChange(next.text);
    onPick(member);
    setClosedAt(typing.start);
    setActive(0);
    setMoveCaret(next.caret);
    setPicked((p) => ({ id: (p?.id ?? 0) + 1, text: t('comments.mentions.picked', { name: member.name }) }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (!open || event.nativeEvent.isComposing) return;
    const chosen = matches[current];
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + matches.length) % matches.length);
    } else if ((event.key === 'Enter' || event.key === 'Tab') && !event.shiftKey && chosen !== undefined) {
      event.preventDefault();
      pick(chosen);
    } else if (event.key === 'Escape') {
      // Closes the list only (not a dialog or drawer around the form).
      event.preventDefault();
      event.stopPropagation();
      setClosedAt(typing.start);
    }
  };

  return (
    <div>
      <Textarea
        ref={box}
        label={label}
        description={description}
        value={value}
        onChange={(e) => {
          onChange(e.currentTarget.value);
          readCaret(e.currentTarget);
          setActive(0);
        }}
        onSelect={(e) => readCaret(e.currentTarget)}
        onKeyDown={onKeyDown}
        error={error}
        autosize
        minRows={2}
        maxRows={8}
        aria-autocomplete="list"
        aria-haspopup="listbox"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? optionId(current) : undefined}
        data-testid={testId}
      />
      {open && (
        <Paper
          withBorder
          shadow="sm"
          mt={4}
          p={4}
          component="ul"
          role="listbox"
          id={listId}
          aria-label={t('comments.mentions.list', { query: typing.query })}
          className="mention-list"
          data-testid={`${testId}-mentions`}
        >
          {matches.map((m, i) => (
            // The keyboard stays in the text box (arrows, Enter, Tab, Escape); a click picks as well.
            <li
              key={m.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === current}
              className="mention-option"
              data-testid="mention-option"
              data-active={i === current ? 'true' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(m)}
            >
              {m.name}
            </li>
          ))}
        </Paper>
      )}
      <PoliteAnnouncer
        message={open ? { id: matches.length, text: t('comments.mentions.count', { count: matches.length }) } : picked}
      />
    </div>
  );
}
