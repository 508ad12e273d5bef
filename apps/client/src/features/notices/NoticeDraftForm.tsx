import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Anchor, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import {
  missingNoticeFields,
  noticeFieldsSchema,
  NOTICE_ACTIONS,
  type NoticeAction as SchoolAction,
  type NoticeFields,
  type NoticeView,
  type RequiredNoticeField,
} from '@iep/shared';
import { ApiError } from '../../api/http';
import { noticePdfUrl, useNoticeAction } from './api';

interface NoticeDraftFormProps {
  notice: NoticeView;
  sectionId: string;
  canIssue: boolean;
}

const fieldsOf = (n: NoticeView): NoticeFields => ({
  action: n.action,
  description: n.description,
  reasons: n.reasons,
  options: n.options,
  dataUsed: n.dataUsed,
  otherFactors: n.otherFactors,
});

/** The notice's free-text fields, each a textarea of the same kind. */
type NoticeTextField = 'description' | 'reasons' | 'dataUsed' | 'otherFactors';

interface NoticeTextProps {
  field: NoticeTextField;
  fields: NoticeFields;
  onChange: (field: NoticeTextField, value: string) => void;
  minRows: number;
  /** A help line under the label. */
  help?: string;
  testId?: string;
}

function NoticeText({ field, fields, onChange, minRows, help, testId }: NoticeTextProps) {
  const { t } = useTranslation();
  return (
    <Textarea
      label={t(`notices.fields.${field}`)}
      description={help}
      autosize
      minRows={minRows}
      maxLength={4000}
      value={fields[field]}
      onChange={(e) => onChange(field, e.currentTarget.value)}
      data-testid={testId}
    />
  );
}

const isAction = (value: string): value is SchoolAction => (NOTICE_ACTIONS as readonly string[]).includes(value);

/** The OT completes a draft (pre-filled by the event that made it) and issues it to the family. */
export function NoticeDraftForm({ notice, sectionId, canIssue }: NoticeDraftFormProps) {
  const { t } = useTranslation();
  const formId = useId();
  const action = useNoticeAction(sectionId);
  const [fields, setFields] = useState<NoticeFields>(() => fieldsOf(notice));
  const [confirming, setConfirming] = useState(false);
  const [invalid, setInvalid] = useState(false);
  const missing = missingNoticeFields(fields);
  const set = <K extends keyof NoticeFields>(key: K, value: NoticeFields[K]) => {
    setFields((f) => ({ ...f, [key]: value }));
    setInvalid(false);
  };
  const setOption = (i: number, key: 'option' | 'whyRejected', value: string) =>
    set(
      'options',
      fields.options.map((o, j) => (j === i ? { ...o, [key]: value } : o)),
    );
  const missingLabel = (field: RequiredNoticeField) => t(`notices.fields.${field}`);
  const textProps = { fields, onChange: (field: NoticeTextField, value: string) => set(field, value) };

  const save = async (): Promise<boolean> => {
    if (!noticeFieldsSchema.safeParse(fields).success) {
      setInvalid(true);
      return false;
    }
    await action.mutateAsync({ kind: 'update', id: notice.id, body: fields });
    return true;
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save().catch(() => undefined);
  };
  // Unsaved changes are saved first: what is issued is what the OT sees.
  const dirty = JSON.stringify(fields) !== JSON.stringify(fieldsOf(notice));
  const issue = async () => {
    if (!dirty || (await save())) await action.mutateAsync({ kind: 'issue', id: notice.id });
  };

  const error = action.error;
  const errorText =
    error instanceof ApiError && error.code === 'NOTICE_INCOMPLETE'
      ? t('notices.errors.incomplete')
      : error instanceof ApiError && error.code === 'NOTICE_ISSUED'
        ? t('notices.errors.issued')
        : t('notices.errors.generic');

  return (
    <form id={formId} onSubmit={onSubmit} aria-label={t('notices.formLabel')} data-testid="notice-form">
      <Stack gap="sm">
        <NativeSelect
          label={t('notices.fields.action')}
          value={fields.action}
          data={NOTICE_ACTIONS.map((a) => ({ value: a, label: t(`notices.actions.${a}`) }))}
          onChange={(e) => {
            if (isAction(e.currentTarget.value)) set('action', e.currentTarget.value);
          }}
        />
        <NoticeText
          field="description"
          minRows={2}
          help={t('notices.help.description')}
          testId="notice-description"
          {...textProps}
        />
        <NoticeText field="reasons" minRows={2} testId="notice-reasons" {...textProps} />
        <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <legend style={{ fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)' }}>
            {t('notices.fields.options')}
          </legend>
          <Stack gap="xs">
            {fields.options.map((o, i) => (
              <Paper key={i} withBorder p="xs">
                <Stack gap={4}>
                  <TextInput
                    label={t('notices.fields.option', { number: i + 1 })}
                    maxLength={500}
                    value={o.option}
                    onChange={(e) => setOption(i, 'option', e.currentTarget.value)}
                  />
                  <Textarea
                    label={t('notices.fields.whyRejected')}
                    autosize
                    maxLength={2000}
                    value={o.whyRejected}
                    onChange={(e) => setOption(i, 'whyRejected', e.currentTarget.value)}
                  />
                  <Group justify="flex-end">
                    <Button
                      variant="subtle"
                      size="xs"
                      color="red"
                      onClick={() =>
                        set(
                          'options',
                          fields.options.filter((_, j) => j !== i),
                        )
                      }
                    >
                      {t('notices.removeOption', { number: i + 1 })}
                    </Button>
                  </Group>
                </Stack>
              </Paper>
            ))}
            <Group>
              <Button
                variant="default"
                size="xs"
                disabled={fields.options.length >= 20}
                onClick={() => set('options', [...fields.options, { option: '', whyRejected: '' }])}
              >
                {t('notices.addOption')}
              </Button>
            </Group>
          </Stack>
        </fieldset>
        <NoticeText field="dataUsed" minRows={2} {...textProps} />
        <NoticeText field="otherFactors" minRows={1} {...textProps} />
        {missing.length > 0 && (
          <Text size="sm" data-testid="notice-missing">
            {t('notices.missing', { fields: missing.map(missingLabel).join(', ') })}
          </Text>
        )}
        {invalid && <Text role="alert">{t('notices.errors.invalid')}</Text>}
        {action.isError && <Text role="alert">{errorText}</Text>}
        <Group gap="sm" wrap="wrap">
          <Button type="submit" variant="default" loading={action.isPending && !confirming}>
            {t('notices.save')}
          </Button>
          {canIssue && (
            <Button
              onClick={() => setConfirming(true)}
              disabled={missing.length > 0 || confirming}
              data-testid="notice-issue"
            >
              {t('notices.issue')}
            </Button>
          )}
          <Anchor href={noticePdfUrl(notice.id)} download>
            {t('notices.preview')}
          </Anchor>
        </Group>
        {confirming && (
          <Alert color="blue" title={t('notices.issueConfirmTitle')}>
            <Stack gap="xs">
              <Text size="sm">{t('notices.issueConfirm')}</Text>
              <Group gap="sm">
                <Button
                  size="xs"
                  loading={action.isPending}
                  onClick={() => void issue().catch(() => setConfirming(false))}
                  data-testid="notice-issue-confirm"
                >
                  {t('notices.issueNow')}
                </Button>
                <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
                  {t('notices.cancel')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
      </Stack>
    </form>
  );
}
