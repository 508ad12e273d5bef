import { useTranslation } from 'react-i18next';
import { Stack, Text, VisuallyHidden } from '@mantine/core';
import type { FieldChange, RecordChange, SectionDiff, WordChange } from '@iep/shared';
import { useDiffLabels } from './diffLabels';
import { changedFragments } from './diffSummary';
import './versions.css';

/** Longest value shown whole on both sides of an arrow; longer text shows its changed words inline. */
const SHORT = 80;
const isShort = (s: string): boolean => s.length <= SHORT && !s.includes('\n');
/** Rich-text fields (a goal's description) always show their changed words, as the section's text does. */
const RICH_FIELDS: ReadonlySet<string> = new Set(['description']);

/** Words kept, added (<ins>) and removed (<del>), each change also said in words for screen readers. */
export function Words({ words }: { words: readonly WordChange[] }) {
  const { t } = useTranslation();
  return (
    <span className="diff-words">
      {words.map((w, i) =>
        w.op === 'same' ? (
          <span key={i}>{w.text}</span>
        ) : w.op === 'added' ? (
          <ins key={i}>
            <VisuallyHidden component="span">{t('versions.insertedWords')}</VisuallyHidden>
            {w.text}
            <VisuallyHidden component="span">{t('versions.endOfChange')}</VisuallyHidden>
          </ins>
        ) : (
          <del key={i}>
            <VisuallyHidden component="span">{t('versions.deletedWords')}</VisuallyHidden>
            {w.text}
            <VisuallyHidden component="span">{t('versions.endOfChange')}</VisuallyHidden>
          </del>
        ),
      )}
    </span>
  );
}

/** "Timeframe: 12 weeks → 16 weeks", or the changed words inline for longer text. */
function FieldLine({ record, change }: { record: RecordChange; change: FieldChange }) {
  const { t } = useTranslation();
  const { recordLabel, fieldLabel, valueText } = useDiffLabels();
  const from = valueText(record.root, change.field, change.from);
  const to = valueText(record.root, change.field, change.to);
  const inline = change.words !== null && (RICH_FIELDS.has(change.field) || !(isShort(from) && isShort(to)));
  return (
    <li data-testid="diff-field" data-field={change.field}>
      {recordLabel(record.root, record.id)}: {fieldLabel(record.root, change.field)}:{' '}
      {inline && change.words !== null ? (
        <Words words={change.words} />
      ) : (
        <>
          <del className="diff-value">{from}</del>
          <span aria-hidden="true"> → </span>
          <VisuallyHidden component="span">{t('versions.changedTo')}</VisuallyHidden>
          <ins className="diff-value">{to}</ins>
        </>
      )}
    </li>
  );
}

/** Text changes word by word, and record changes in words: "Goal: Timeframe: 12 weeks → 16 weeks". */
export function DiffView({ diff }: { diff: SectionDiff }) {
  const { t } = useTranslation();
  const { recordLabel, fieldLabel, valueText } = useDiffLabels();
  const fragments = changedFragments(diff);

  if (fragments.length === 0 && diff.records.length === 0) return <Text>{t('versions.noChanges')}</Text>;

  return (
    <Stack gap="sm" className="diff-view">
      {fragments.length > 0 && (
        <div>
          <Text fw={700}>{t('versions.textChanges')}</Text>
          {fragments.map((fragment) => (
            <div
              key={fragment.name}
              className="diff-view__fragment"
              data-testid="diff-fragment"
              data-part={fragment.name}
            >
              <Text fw={600} size="sm" mt="xs">
                {t(`section.fragments.${fragment.name}`)}
              </Text>
              {fragment.edits.map((words, index) => (
                <p key={index} className="diff-view__edit">
                  <Words words={words} />
                </p>
              ))}
            </div>
          ))}
        </div>
      )}
      {diff.records.length > 0 && (
        <div>
          <Text fw={700}>{t('versions.recordChanges')}</Text>
          <ul className="diff-view__records">
            {diff.records.map((record) => {
              const label = recordLabel(record.root, record.id);
              if (record.change === 'changed')
                return record.fields.map((f) => (
                  <FieldLine key={`${record.root}-${record.id}-${f.field}`} record={record} change={f} />
                ));
              const empty = t('versions.emptyText');
              const shown = record.fields
                .map((f) => ({
                  field: f.field,
                  value: valueText(record.root, f.field, record.change === 'added' ? f.to : f.from),
                }))
                .filter((f) => f.value !== empty);
              return (
                <li key={`${record.root}-${record.id}`} data-testid="diff-record" data-change={record.change}>
                  {t(record.change === 'added' ? 'versions.recordAdded' : 'versions.recordRemoved', { root: label })}
                  {shown.length > 0 && (
                    <ul>
                      {shown.map((f) => (
                        <li key={f.field}>
                          {t('versions.fieldSet', { field: fieldLabel(record.root, f.field), value: f.value })}
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
