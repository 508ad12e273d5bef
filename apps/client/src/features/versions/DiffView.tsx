import { useTranslation } from 'react-i18next';
import { Stack, Text } from '@mantine/core';
import {
  GOAL_AREAS,
  GOAL_TEXT_FIELDS,
  goalProvenanceSchema,
  type GoalArea,
  type RecordChange,
  type SectionDiff,
} from '@iep/shared';
import { useProvenanceText } from '../proposals/GoalProvenanceNote';
import { changedFragments, describeValue } from './diffSummary';

const SERVICE_FIELDS = [
  'model',
  'frequency',
  'period',
  'minutes',
  'grouping',
  'location',
  'provider',
  'startDate',
  'endDate',
] as const;
type ServiceField = (typeof SERVICE_FIELDS)[number];
type GoalLabelField = (typeof GOAL_TEXT_FIELDS)[number] | 'area';

const isGoalField = (f: string): f is GoalLabelField =>
  f === 'area' || (GOAL_TEXT_FIELDS as readonly string[]).includes(f);
const isServiceField = (f: string): f is ServiceField => (SERVICE_FIELDS as readonly string[]).includes(f);
const isArea = (v: string): v is GoalArea => (GOAL_AREAS as readonly string[]).includes(v);

/** Text and record changes in words: "Added:" / "Removed:" lines, "Goal: criterion changed from «a» to «b»". */
export function DiffView({ diff }: { diff: SectionDiff }) {
  const { t } = useTranslation();
  const fragments = changedFragments(diff);

  const fieldLabel = (root: RecordChange['root'], field: string): string => {
    if (field === 'objectives') return t('goals.objectives');
    if (field === 'provenance') return t('proposals.provenanceLabel');
    if (root === 'goals' && isGoalField(field)) return t(`goals.fields.${field}`);
    if (root === 'services' && isServiceField(field)) return t(`services.fields.${field}`);
    return field;
  };
  const provenanceText = useProvenanceText();
  const value = (v: unknown): string => {
    const provenance = goalProvenanceSchema.safeParse(v);
    if (provenance.success) return provenanceText(provenance.data);
    return describeValue(v, t('versions.emptyText'), (s) => (isArea(s) ? t(`goals.areas.${s}`) : s));
  };

  if (fragments.length === 0 && diff.records.length === 0) return <Text>{t('versions.noChanges')}</Text>;

  return (
    <Stack gap="sm" className="diff-view">
      {fragments.length > 0 && (
        <div>
          <Text fw={700}>{t('versions.textChanges')}</Text>
          {fragments.map((fragment) => (
            <div key={fragment.name} className="diff-view__fragment">
              <Text fw={600} size="sm" mt="xs">
                {t(`section.fragments.${fragment.name}`)}
              </Text>
              <ul className="diff-view__lines">
                {fragment.changes.map((change, index) => (
                  <li key={index} className={`diff-line diff-line--${change.op}`} data-op={change.op}>
                    <strong>{change.op === 'added' ? t('versions.added') : t('versions.removed')}</strong>{' '}
                    {change.op === 'removed' ? <del>{change.text}</del> : <ins>{change.text}</ins>}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
      {diff.records.length > 0 && (
        <div>
          <Text fw={700}>{t('versions.recordChanges')}</Text>
          <ul className="diff-view__records">
            {diff.records.map((record) => {
              const root = t(`versions.roots.${record.root}`);
              if (record.change === 'changed') {
                return record.fields.map((f) => (
                  <li key={`${record.root}-${record.id}-${f.field}`}>
                    {t('versions.recordChanged', {
                      root,
                      field: fieldLabel(record.root, f.field),
                      from: value(f.from),
                      to: value(f.to),
                    })}
                  </li>
                ));
              }
              const shown = record.fields.filter(
                (f) => value(record.change === 'added' ? f.to : f.from) !== t('versions.emptyText'),
              );
              return (
                <li key={`${record.root}-${record.id}`}>
                  {t(record.change === 'added' ? 'versions.recordAdded' : 'versions.recordRemoved', { root })}
                  {shown.length > 0 && (
                    <ul>
                      {shown.map((f) => (
                        <li key={f.field}>
                          {t('versions.fieldSet', {
                            field: fieldLabel(record.root, f.field),
                            value: value(record.change === 'added' ? f.to : f.from),
                          })}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </Stack>
  );
}
