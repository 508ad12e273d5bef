import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { familyResponseRequestSchema, type SectionResponse } from '@iep/shared';
import { formatDate } from '../../lib/format';
import { ApiErrorText } from './ApiErrorText';
import { formatDateTime } from './formatDateTime';
import { useFamilyResponse } from './api';
import { isOverdue, todayIso } from './workflowModel';

/** The family's review of the draft: by when, delivered, first opened, answered; the parent answers here. */
export function FamilyReviewCard({ section }: { section: SectionResponse }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const { status, familyReview: review } = section.workflow;
  if (status !== 'family_review' && review.deliveredAt === null) return null;
  const lang = i18n.language;
  const overdue = status === 'family_review' && isOverdue(review.respondBy, review.respondedAt, todayIso());
  const canRespond = section.permissions.respondAsFamily && review.respondedAt === null;

  return (
    <Paper component="section" withBorder p="md" aria-labelledby={headingId} data-testid="family-review-card">
      <Title order={2} size="h4" id={headingId}>
        {t('workflow.family.title')}
      </Title>
      <dl className="section-summary" style={{ marginTop: '0.5rem' }}>
        <div>
          <dt>{t('workflow.family.respondBy')}</dt>
          <dd data-testid="family-respond-by">
            {review.respondBy === null ? t('workflow.family.none') : formatDate(review.respondBy.slice(0, 10), lang)}{' '}
            {overdue && <span className="tag tag--red">{t('workflow.family.overdue')}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('workflow.family.delivered')}</dt>
          <dd>
            {review.deliveredAt === null ? t('workflow.family.notYet') : formatDateTime(review.deliveredAt, lang)}
          </dd>
        </div>
        <div>
          <dt>{t('workflow.family.opened')}</dt>
          <dd data-testid="family-opened">
            {review.firstOpenedAt === null
              ? t('workflow.family.notOpened')
              : formatDateTime(review.firstOpenedAt, lang)}
          </dd>
        </div>
        <div>
          <dt>{t('workflow.family.responded')}</dt>
          <dd data-testid="family-responded">
            {review.respondedAt === null ? t('workflow.family.notResponded') : formatDateTime(review.respondedAt, lang)}
          </dd>
        </div>
      </dl>
      {review.responseNote !== null && review.responseNote !== '' && (
        <Text mt="sm" data-testid="family-note">
          {t('workflow.family.note', { note: review.responseNote })}
        </Text>
      )}
      {canRespond && <FamilyResponseForm sectionId={section.id} />}
    </Paper>
  );
}

function FamilyResponseForm({ sectionId }: { sectionId: string }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const respond = useFamilyResponse(sectionId);
  const headingId = useId();

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const parsed = familyResponseRequestSchema.safeParse(note.trim() === '' ? {} : { note });
    if (parsed.success) respond.mutate(parsed.data.note);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={headingId} data-testid="family-response-form">
      <Stack gap="xs" mt="md">
        <Text fw={700} id={headingId}>
          {t('workflow.family.respondTitle')}
        </Text>
        <Textarea
          label={t('workflow.family.noteLabel')}
          description={t('workflow.family.noteHint')}
          autosize
          minRows={3}
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          data-testid="family-response-note"
        />
        {respond.isError && <ApiErrorText error={respond.error} />}
        <div>
          <Button type="submit" loading={respond.isPending} data-testid="family-response-send">
            {t('workflow.family.send')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
