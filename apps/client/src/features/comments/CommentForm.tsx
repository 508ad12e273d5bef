import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Group, MultiSelect, Radio, Stack, Textarea } from '@mantine/core';
import {
  COMMENT_MAX_CHARS,
  createCommentRequestSchema,
  isFamily,
  type Person,
  type ThreadVisibility,
} from '@iep/shared';
import { commentErrorKey } from './commentErrors';

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
  const [mentions, setMentions] = useState<string[]>([]);
  const [visibility, setVisibility] = useState<ThreadVisibility>('team');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  const mentionable = team.filter((m) => m.id !== meId && (visibility === 'team' || !isFamily(m.role)));

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
        mentions: mentions.filter((id) => mentionable.some((m) => m.id === id)),
        visibility,
      });
      setBody('');
      setMentions([]);
    } catch (error) {
      setSubmitError(error);
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="xs">
        <Textarea
          label={label}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          error={fieldError}
          autosize
          minRows={2}
          maxRows={8}
          data-testid={testId}
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
        {showMentions && mentionable.length > 0 && (
          <MultiSelect
            label={t('comments.form.mentions')}
            data={mentionable.map((m) => ({ value: m.id, label: `${m.name}` }))}
            value={mentions}
            onChange={setMentions}
            searchable
            clearable
          />
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
