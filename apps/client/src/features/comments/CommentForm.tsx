import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Group, Radio, Stack } from '@mantine/core';
import {
  COMMENT_MAX_CHARS,
  createCommentRequestSchema,
  isFamily,
  type Person,
  type ThreadVisibility,
} from '@iep/shared';
import { commentErrorKey } from './commentErrors';
import { mentionedIn, type Mentionable } from './mentionModel';
import { MentionTextarea } from './MentionTextarea';

export interface CommentFormValue {
  body: string;
  mentions: string[];
  visibility: ThreadVisibility;
}

interface CommentFormProps {
  /** Label of the text box (and a stable test id). */
  label: string;
  testId: string;
  submitLabel: string;
  team: Person[];
  meId: string;
  /** Offered when starting a thread: who may see it. */
  visibilities?: ThreadVisibility[];
  initialBody?: string;
  /** Whether typing @ offers team members to mention (not when editing a comment: edits notify no one). */
  showMentions?: boolean;
  onSubmit: (value: CommentFormValue) => Promise<unknown>;
  onCancel?: () => void;
}

/** Text, mentions and (for a new thread) who sees it; checked with the same schema as the server. */
export function CommentForm({
  label,
  testId,
  submitLabel,
  team,
  meId,
  visibilities,
  initialBody = '',
  showMentions = true,
  onSubmit,
  onCancel,
}: CommentFormProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState(initialBody);
  const [picked, setPicked] = useState<Mentionable[]>([]);
  const [visibility, setVisibility] = useState<ThreadVisibility>('team');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  const mentionable = showMentions
    ? team.filter((m) => m.id !== meId && (visibility === 'team' || !isFamily(m.role)))
    : [];
  // The people picked from the @ list whom the text still names (and who may see this thread).
  const mentions = mentionedIn(
    body,
    picked.filter((p) => mentionable.some((m) => m.id === p.id)),
  );

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const parsed = createCommentRequestSchema.safeParse({ body, mentions });
    if (!parsed.success) {
      setFieldError(
        body.trim() === '' ? t('comments.form.empty') : t('comments.form.tooLong', { max: COMMENT_MAX_CHARS }),
      );
      return;
    }
    setFieldError(null);
    setSubmitError(null);
    setPending(true);
    try {
      await onSubmit({
        body: parsed.data.body,
        mentions: parsed.data.mentions,
        visibility,
      });
      setBody('');
      setPicked([]);
    } catch (error) {
      setSubmitError(error);
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="xs">
        <MentionTextarea
          label={label}
          description={mentionable.length > 0 ? t('comments.form.mentionHint') : undefined}
          value={body}
          onChange={setBody}
          members={mentionable}
          onPick={(m) => setPicked((p) => [...p.filter((x) => x.id !== m.id), m])}
          error={fieldError}
          testId={testId}
        />
        {visibilities !== undefined && visibilities.length > 1 && (
          <Radio.Group
            label={t('comments.form.visibility')}
            value={visibility}
            onChange={(v) => setVisibility(v === 'staff' ? 'staff' : 'team')}
          >
            <Group gap="md" mt={4}>
              <Radio value="team" label={t('comments.visibility.team')} />
              <Radio value="staff" label={t('comments.visibility.staff')} data-testid="visibility-staff" />
            </Group>
          </Radio.Group>
        )}
        {submitError !== null && (
          <Alert color="red" role="alert">
            {t(commentErrorKey(submitError))}
          </Alert>
        )}
        <Group gap="xs">
          <Button type="submit" size="xs" loading={pending} data-testid={`${testId}-submit`}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button type="button" size="xs" variant="default" onClick={onCancel}>
              {t('comments.form.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
