import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Group, Loader, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type * as Y from 'yjs';
import {
  emptyProposalFields,
  fieldsFromParentWords,
  fieldsOfGoal,
  readStructure,
  type GoalRecord,
  type ProposalFields,
  type SectionAbilities,
} from '@iep/shared';
import { useDeepValue, type DeepObservable } from '../section/structured/useDeepVersion';
import { useSectionRoom } from '../../realtime/RealtimeProvider';
import { useProposals } from './api';
import { ProposalCard } from './ProposalCard';
import { ProposalForm, type ProposalFormMode } from './ProposalForm';
import { OwnWordsForm } from './OwnWordsForm';
import { groupProposals } from './grouping';
import { useAreaLabel } from './labels';

interface ProposalsPanelProps {
  sectionId: string;
  doc: Y.Doc;
  myUserId: string;
  /** What this person may do with proposals here (the server's answer). */
  abilities: SectionAbilities;
  /** For the plain questions that name the student. */
  studentFirstName: string;
}

interface FormState {
  mode: ProposalFormMode;
  initial: ProposalFields;
  rationale?: string;
}

export function ProposalsPanel({ sectionId, doc, myUserId, abilities, studentFirstName }: ProposalsPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const areaLabel = useAreaLabel();
  // Others' changes arrive as `proposal:changed` in the section's room (realtime/eventQueries.ts refetches).
  useSectionRoom(sectionId);
  const proposals = useProposals(sectionId);
  const types = useMemo<DeepObservable[]>(() => [doc.getMap<unknown>('goals')], [doc]);
  const readGoals = useCallback((): GoalRecord[] => readStructure(doc).structure.goals, [doc]);
  const goals = useDeepValue(types, readGoals);
  const [form, setForm] = useState<FormState | null>(null);
  const [ownWords, setOwnWords] = useState(false);
  const [changeGoalId, setChangeGoalId] = useState<string | null>(null);

  const canPropose = abilities.propose;
  const canEndorse = abilities.endorse;
  const canDecide = abilities.decideProposals;
  const goalNumber = (id: string | null): number => goals.findIndex((g) => g.id === id) + 1;

  const groupTitle = (key: string): string => {
    if (key.startsWith('goal:')) {
      const number = goalNumber(key.slice(5));
      return number > 0 ? t('proposals.groups.goal', { number }) : t('proposals.groups.goalGone');
    }
    const area = key.slice(5);
    return area === 'none' ? t('proposals.groups.noArea') : t('proposals.groups.area', { area: areaLabel(area) });
  };

  const proposeChange = (): void => {
    const goal = goals.find((g) => g.id === changeGoalId);
    if (goal)
      setForm({
        mode: { kind: 'change', goalId: goal.id, goalNumber: goalNumber(goal.id) },
        initial: fieldsOfGoal(goal),
      });
  };

  return (
    <section className="structured-panel" aria-labelledby={headingId} data-testid="proposals-panel">
      <Title order={2} id={headingId}>
        {t('proposals.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('proposals.hint')}
      </Text>
      {!canPropose && (
        <Alert mt="sm" color="gray">
          {t('proposals.lockedNotice')}
        </Alert>
      )}
      {canPropose && (
        <Group mt="sm" align="flex-end" wrap="wrap">
          <Button
            // Those who decide write goal fields; everyone else is asked plain questions first.
            onClick={() =>
              canDecide ? setForm({ mode: { kind: 'new' }, initial: emptyProposalFields() }) : setOwnWords(true)
            }
            data-testid="propose-new"
          >
            {t('proposals.proposeNew')}
          </Button>
          {goals.length > 0 && (
            <>
              <Select
                label={t('proposals.changeWhich')}
                placeholder={t('proposals.changeWhichPlaceholder')}
                data={goals.map((g, i) => ({
                  value: g.id,
                  label: t('proposals.goalOption', { number: i + 1, text: (g.behavior ?? '').slice(0, 60) }),
                }))}
                value={changeGoalId}
                onChange={setChangeGoalId}
                data-testid="propose-change-goal"
              />
              <Button
                variant="light"
                disabled={changeGoalId === null}
                onClick={proposeChange}
                data-testid="propose-change"
              >
                {t('proposals.proposeChange')}
              </Button>
            </>
          )}
        </Group>
      )}
      <Stack gap="lg" mt="md">
        {proposals.isPending && <Loader size="sm" aria-label={t('proposals.loading')} />}
        {proposals.isError && <Alert color="red">{t('proposals.loadError')}</Alert>}
        {proposals.isSuccess && proposals.data.length === 0 && <Text>{t('proposals.empty')}</Text>}
        {proposals.isSuccess &&
          groupProposals(proposals.data).map((group) => (
            <div key={group.key} role="group" aria-label={groupTitle(group.key)} data-testid="proposal-group">
              <Title order={3} size="h4" mb="xs">
                {groupTitle(group.key)}
              </Title>
              <SimpleGrid cols={{ base: 1, md: Math.min(group.items.length, 3) }} spacing="md">
                {group.items.map((p) => (
                  <ProposalCard
                    key={p.id}
                    sectionId={sectionId}
                    proposal={p}
                    myUserId={myUserId}
                    canEndorse={canEndorse}
                    canDecide={canDecide}
                    onEdit={(proposal) =>
                      setForm({
                        mode: { kind: 'edit', proposalId: proposal.id },
                        initial: proposal.fields,
                        rationale: proposal.rationale,
                      })
                    }
                    onTranslate={(proposal) =>
                      proposal.parentWords !== null &&
                      setForm({
                        mode: {
                          kind: 'accept',
                          proposalId: proposal.id,
                          words: proposal.parentWords,
                          proposer: proposal.proposedBy.name,
                        },
                        initial: fieldsFromParentWords(proposal.parentWords),
                      })
                    }
                  />
                ))}
              </SimpleGrid>
            </div>
          ))}
      </Stack>
      {ownWords && (
        <OwnWordsForm
          sectionId={sectionId}
          studentFirstName={studentFirstName}
          onClose={() => setOwnWords(false)}
          onUseFields={() => {
            setOwnWords(false);
            setForm({ mode: { kind: 'new' }, initial: emptyProposalFields() });
          }}
        />
      )}
      {form && (
        <ProposalForm
          sectionId={sectionId}
          mode={form.mode}
          initial={form.initial}
          initialRationale={form.rationale}
          onClose={() => setForm(null)}
        />
      )}
    </section>
  );
}
