import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { proposalCommentRequestSchema, type ProposalView } from '@iep/shared';
import { useRoleLabel } from '../../i18n/labels';
import { formatDate } from '../../lib/format';
import { useProposalAction } from './api';

/** The proposal's own discussion: a flat list of comments and a box to add one. */
export function ProposalDiscussion({
  sectionId,
  proposal,
  canComment,
}: {
  sectionId: string;
  proposal: ProposalView;
  canComment: boolean;
}) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const roleLabel = useRoleLabel();
  const action = useProposalAction(sectionId);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);

  const post = (): void => {
    const parsed = proposalCommentRequestSchema.safeParse({ body });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    setError(undefined);
    action.mutate({ kind: 'comment', id: proposal.id, body: parsed.data }, { onSuccess: () => setBody('') });
  };

  return (
    <section aria-labelledby={headingId} data-testid="proposal-discussion">
      <Text size="sm" fw={600} id={headingId}>
        {t('proposals.discussion')}
      </Text>
      {proposal.comments.length === 0 ? (
        <Text size="sm">{t('proposals.noComments')}</Text>
      ) : (
        <ul>
          {proposal.comments.map((c) => (
            <li key={c.id}>
              <Text size="sm">
                <strong>
                  {c.author.name} ({roleLabel(c.author.role)}), {formatDate(c.at, i18n.language)}:
                </strong>{' '}
                {c.body}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {canComment && (
        <Stack gap="xs" mt="xs">
          <Textarea
            label={t('proposals.commentLabel')}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            error={error}
            autosize
            minRows={1}
          />
          <Group>
            <Button size="xs" variant="light" onClick={post} loading={action.isPending}>
              {t('proposals.postComment')}
            </Button>
          </Group>
        </Stack>
      )}
    </section>
  );
}
