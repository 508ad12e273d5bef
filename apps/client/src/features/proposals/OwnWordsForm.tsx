import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { createProposalRequestSchema, emptyProposalFields, PARENT_WORDS_MAX, type ParentWords } from '@iep/shared';
import { useProposalAction } from './api';
import { useProposalErrorText } from './labels';

const QUESTIONS = ['what', 'when', 'howWeKnow'] as const;

interface OwnWordsFormProps {
  sectionId: string;
  studentFirstName: string;
  onClose: () => void;
  /** Opens the goal's structured form instead (for those who know the goal fields). */
  onUseFields: () => void;
}

/**
 * A new goal in the proposer's own words: three plain questions that name the student. The words
 * are stored as written; the OT turns them into goal fields when accepting.
 */
export function OwnWordsForm({ sectionId, studentFirstName, onClose, onUseFields }: OwnWordsFormProps) {
  const { t } = useTranslation();
  const errorText = useProposalErrorText();
  const action = useProposalAction(sectionId);
  const [words, setWords] = useState<ParentWords>({ what: '', when: '', howWeKnow: '' });
  const [error, setError] = useState<string | null>(null);

  const submit = (): void => {
    const body = { kind: 'new_goal' as const, fields: emptyProposalFields(), parentWords: words };
    if (!createProposalRequestSchema.safeParse(body).success) {
      setError(t('proposals.ownWords.whatNeeded', { name: studentFirstName }));
      return;
    }
    setError(null);
    action.mutateAsync({ kind: 'create', body }).then(onClose, () => undefined);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('proposals.ownWords.title')}
      size="lg"
      data-testid="own-words-form"
      closeButtonProps={{ 'aria-label': t('proposals.cancel') }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('proposals.ownWords.intro')}</Text>
          {QUESTIONS.map((q) => (
            <Textarea
              key={q}
              label={t(`proposals.ownWords.questions.${q}`, { name: studentFirstName })}
              description={t(`proposals.ownWords.hints.${q}`, { name: studentFirstName })}
              value={words[q]}
              onChange={(event) => setWords({ ...words, [q]: event.currentTarget.value })}
              error={q === 'what' ? error : undefined}
              required={q === 'what'}
              maxLength={PARENT_WORDS_MAX}
              autosize
              minRows={2}
              data-testid={`own-words-${q}`}
            />
          ))}
          {action.isError && (
            <Alert color="red" role="alert">
              {errorText(action.error)}
            </Alert>
          )}
          <Group justify="space-between" wrap="wrap">
            <Button variant="subtle" onClick={onUseFields} data-testid="own-words-use-fields">
              {t('proposals.ownWords.useFields')}
            </Button>
            <Group>
              <Button variant="default" onClick={onClose}>
                {t('proposals.cancel')}
              </Button>
              <Button type="submit" loading={action.isPending} data-testid="own-words-submit">
                {t('proposals.submit')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The proposer's answers, as they wrote them, under the questions they answered. */
export function OwnWordsQuote({ words, proposer }: { words: ParentWords; proposer: string }) {
  const { t } = useTranslation();
  return (
    <div data-testid="own-words-quote">
      <Text size="sm" fw={600}>
        {t('proposals.ownWords.quoteTitle', { name: proposer })}
      </Text>
      <dl className="proposal-fields">
        {QUESTIONS.filter((q) => words[q] !== '').map((q) => (
          <div key={q}>
            <dt>{t(`proposals.ownWords.answered.${q}`)}</dt>
            <dd>{words[q]}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
