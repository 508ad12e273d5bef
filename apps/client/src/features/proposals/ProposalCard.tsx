import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import {
  changedProposalFields,
  endorseRequestSchema,
  GOAL_TEXT_FIELDS,
  proposalMeasurability,
  rejectRequestSchema,
  type ProposalView,
} from '@iep/shared';
import { useRoleLabel } from '../../i18n/labels';
import { formatDate } from '../../lib/format';
import { OwnWordsQuote } from './OwnWordsForm';
import { useProposalAction } from './api';
import { ProposalDiscussion } from './ProposalDiscussion';
import { useAreaLabel, useFieldLabel, useProposalErrorText } from './labels';

interface ProposalCardProps {
  sectionId: string;
  proposal: ProposalView;
  myUserId: string;
  canEndorse: boolean;
  canDecide: boolean;
  onEdit: (proposal: ProposalView) => void;
  /** Accepting a proposal in own words: the OT writes the goal fields first. */
  onTranslate: (proposal: ProposalView) => void;
}

/** Dark shades with white text: readable contrast (axe) for every status. */
const STATUS_COLOR: Record<ProposalView['status'], string> = {
  open: 'blue.9',
  accepted: 'teal.9',
  rejected: 'red.9',
  withdrawn: 'gray.8',
  superseded: 'gray.8',
};

/** One proposal: what it proposes (or changes, field by field), who stands where, its discussion and the decision. */
export function ProposalCard({
  sectionId,
  proposal,
  myUserId,
  canEndorse,
  canDecide,
  onEdit,
  onTranslate,
}: ProposalCardProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const roleLabel = useRoleLabel();
  const fieldLabel = useFieldLabel();
  const areaLabel = useAreaLabel();
  const errorText = useProposalErrorText();
  const action = useProposalAction(sectionId);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [stance, setStance] = useState<'support' | 'concern'>('support');
  const [note, setNote] = useState('');
  const [formError, setFormError] = useState<string | null>(null);

  const open = proposal.status === 'open';
  const draft = open && proposal.missingFields.length > 0;
  const mine = proposal.proposedBy.id === myUserId;
  const ownWords = proposal.parentWords !== null;
  const value = (field: string, v: string | null): string =>
    field === 'area' ? areaLabel(v) : v === null || v === '' ? t('proposals.empty_value') : v;
  const measurability = proposalMeasurability(proposal.fields);
  const base = proposal.baseFields ?? proposal.currentFields;
  const changes = base
    ? changedProposalFields(base, proposal.fields).map((c) => ({
        ...c,
        from: proposal.currentFields ? proposal.currentFields[c.field] : c.from,
      }))
    : [];

  const endorse = (): void => {
    const parsed = endorseRequestSchema.safeParse({ stance, note });
    if (!parsed.success) return setFormError(t('proposals.errors.validation', { fields: fieldLabel('note') }));
    setFormError(null);
    action.mutate({ kind: 'endorse', id: proposal.id, body: { stance, note } });
  };
  const reject = (): void => {
    const parsed = rejectRequestSchema.safeParse({ reason });
    if (!parsed.success) return setFormError(t('proposals.errors.validation', { fields: t('proposals.rejectReason') }));
    setFormError(null);
    action.mutate({ kind: 'reject', id: proposal.id, body: { reason } }, { onSuccess: () => setRejecting(false) });
  };

  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-labelledby={headingId}
      data-testid="proposal-card"
      data-proposal-id={proposal.id}
      data-status={proposal.status}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Title order={4} id={headingId}>
            {t('proposals.cardLabel', { kind: t(`proposals.kind.${proposal.kind}`), name: proposal.proposedBy.name })}
          </Title>
          <Badge color={STATUS_COLOR[proposal.status]} variant="filled" data-testid="proposal-status">
            {draft && ownWords
              ? t('proposals.ownWords.waiting')
              : draft
                ? t('proposals.status.draft')
                : t(`proposals.status.${proposal.status}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {t('proposals.proposedBy', { name: proposal.proposedBy.name, role: roleLabel(proposal.proposedBy.role) })}
        </Text>
        {proposal.rationale !== '' && (
          <Text size="sm">
            <strong>{t('proposals.rationale')}:</strong> {proposal.rationale}
          </Text>
        )}
        {proposal.parentWords !== null && (
          <OwnWordsQuote words={proposal.parentWords} proposer={proposal.proposedBy.name} />
        )}
        {ownWords && draft ? null : proposal.kind === 'change_goal' ? (
          <div data-testid="proposal-diff">
            <Text size="sm" fw={600}>
              {t('proposals.diffTitle')}
            </Text>
            {changes.length === 0 ? (
              <Text size="sm">{t('proposals.noDiff')}</Text>
            ) : (
              <ul className="proposal-diff">
                {changes.map((c) => (
                  <li key={c.field}>
                    {t('proposals.diffRow', {
                      field: fieldLabel(c.field),
                      from: value(c.field, c.from),
                      to: value(c.field, c.to),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ) : (
          <dl className="proposal-fields" aria-label={t('proposals.fieldsTitle')}>
            {(['area', ...GOAL_TEXT_FIELDS] as const).map((f) => (
              <div key={f}>
                <dt>{fieldLabel(f)}</dt>
                <dd>{value(f, proposal.fields[f])}</dd>
              </div>
            ))}
          </dl>
        )}
        <Text size="sm" data-testid="proposal-measurable">
          {measurability.measurable
            ? `✓ ${t('goals.measurable')}`
            : `⚠ ${t('goals.notMeasurable', { reasons: measurability.reasons.map((r) => t(`goals.reasons.${r}`)).join('; ') })}`}
        </Text>
        {open && proposal.missingFields.length > 0 && (
          <Text size="sm">{t('proposals.missing', { fields: proposal.missingFields.map(fieldLabel).join(', ') })}</Text>
        )}
        {proposal.decidedBy && proposal.decidedAt && proposal.status !== 'superseded' && (
          <Text size="sm">
            {t('proposals.decidedBy', {
              name: proposal.decidedBy.name,
              role: roleLabel(proposal.decidedBy.role),
              date: formatDate(proposal.decidedAt, i18n.language),
            })}
          </Text>
        )}
        {proposal.decisionReason && (
          <Text size="sm" data-testid="proposal-reason">
            {t('proposals.rejectedBecause', { reason: proposal.decisionReason })}
          </Text>
        )}

        <div>
          <Text size="sm" fw={600}>
            {t('proposals.endorsements')}
          </Text>
          {proposal.endorsements.length === 0 ? (
            <Text size="sm">{t('proposals.noEndorsements')}</Text>
          ) : (
            <ul data-testid="proposal-endorsements">
              {proposal.endorsements.map((e) => (
                <li key={e.id}>
                  {t('proposals.endorsementLine', {
                    name: e.name,
                    role: roleLabel(e.role),
                    stance: t(`proposals.stance.${e.stance}`),
                  })}
                  {e.note !== '' && `: ${e.note}`}
                </li>
              ))}
            </ul>
          )}
        </div>
        {open && canEndorse && (
          <Stack gap="xs">
            <Radio.Group
              label={t('proposals.yourView')}
              value={stance}
              onChange={(v) => setStance(v === 'concern' ? 'concern' : 'support')}
            >
              <Group gap="md" mt={4}>
                <Radio value="support" label={t('proposals.support')} />
                <Radio value="concern" label={t('proposals.concern')} />
              </Group>
            </Radio.Group>
            <Textarea
              label={t('proposals.note')}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              autosize
              minRows={1}
            />
            <Group>
              <Button size="xs" variant="light" onClick={endorse} loading={action.isPending}>
                {t('proposals.saveView')}
              </Button>
            </Group>
          </Stack>
        )}

        {open && (canDecide || mine) && (
          <Group gap="xs">
            {canDecide && (
              <Button
                size="xs"
                onClick={() => (ownWords ? onTranslate(proposal) : action.mutate({ kind: 'accept', id: proposal.id }))}
                loading={action.isPending}
                data-testid="proposal-accept"
              >
                {t('proposals.accept')}
              </Button>
            )}
            {canDecide && (
              <Button size="xs" color="red" variant="outline" onClick={() => setRejecting(true)}>
                {t('proposals.reject')}
              </Button>
            )}
            {mine && !ownWords && (
              <Button size="xs" variant="default" onClick={() => onEdit(proposal)}>
                {t('proposals.edit')}
              </Button>
            )}
            {mine && (
              <Button size="xs" variant="default" onClick={() => action.mutate({ kind: 'withdraw', id: proposal.id })}>
                {t('proposals.withdraw')}
              </Button>
            )}
          </Group>
        )}
        {rejecting && (
          <Stack gap="xs">
            <Textarea
              label={t('proposals.rejectReason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              autosize
              minRows={2}
              required
            />
            <Group gap="xs">
              <Button size="xs" color="red" onClick={reject}>
                {t('proposals.confirmReject')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setRejecting(false)}>
                {t('proposals.cancel')}
              </Button>
            </Group>
          </Stack>
        )}
        {(formError !== null || action.isError) && (
          <Alert color="red" role="alert">
            {formError ?? errorText(action.error)}
          </Alert>
        )}
        <ProposalDiscussion sectionId={sectionId} proposal={proposal} canComment={canEndorse} />
      </Stack>
    </Paper>
  );
}
