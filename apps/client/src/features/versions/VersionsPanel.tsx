import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Collapse, Group, Loader, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { createVersionRequestSchema, GOAL_AREAS, type GoalArea, type VersionSummary } from '@iep/shared';
import { isApiError } from '../../api/http';
import { useCompare, useCreateVersion, useVersion, useVersions } from './api';
import { formatDate } from '../../lib/format';
import { GlossaryText } from '../glossary/GlossaryText';
import { versionPdfUrl } from '../workflow/api';
import { DiffView } from './DiffView';
import { versionName } from './versionName';
import { snapshotView } from './snapshotView';

interface VersionsPanelProps {
  sectionId: string;
  /** Staff may save versions where they may still change the section (permissions.saveVersion). */
  canSave: boolean;
}

/** "Version history": the saved versions, saving a new one, opening one read-only, comparing with now. */
export function VersionsPanel({ sectionId, canSave }: VersionsPanelProps) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const headingId = useId();
  const bodyId = useId();

  return (
    <section aria-labelledby={headingId} className="structured-panel" data-testid="versions-panel">
      <Group justify="space-between" align="center">
        <Title order={2} id={headingId}>
          {t('versions.title')}
        </Title>
        <Button
          variant="default"
          size="xs"
          aria-expanded={expanded}
          aria-controls={bodyId}
          data-testid="versions-toggle"
          onClick={() => setExpanded((e) => !e)}
        >
          {expanded ? t('versions.hide') : t('versions.show')}
        </Button>
      </Group>
      <Collapse expanded={expanded} id={bodyId} keepMounted={false}>
        {expanded && <VersionsBody sectionId={sectionId} canSave={canSave} />}
      </Collapse>
    </section>
  );
}

function VersionsBody({ sectionId, canSave }: VersionsPanelProps) {
  const { t, i18n } = useTranslation();
  const versions = useVersions(sectionId);
  const [openN, setOpenN] = useState<VersionSummary | null>(null);
  const [compareN, setCompareN] = useState<VersionSummary | null>(null);
  const listId = useId();

  return (
    <Stack gap="md" mt="sm">
      {canSave && <SaveVersionForm sectionId={sectionId} />}
      <Text fw={700} id={listId}>
        {t('versions.listLabel')}
      </Text>
      {versions.isPending ? (
        <Loader size="sm" aria-label={t('versions.loading')} />
      ) : versions.isError ? (
        <Text role="alert">{isApiError(versions.error, 403) ? t('versions.forbidden') : t('versions.error')}</Text>
      ) : versions.data.length === 0 ? (
        <Text>{t('versions.empty')}</Text>
      ) : (
        <Stack component="ul" gap="xs" aria-labelledby={listId} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {[...versions.data].reverse().map((v) => (
            <Paper component="li" key={v.number} withBorder p="sm" data-testid="version-item">
              <Group justify="space-between" align="center" wrap="wrap">
                <div>
                  <Text fw={600}>
                    {t('versions.number', { number: v.number })}: {versionName(v, t)}
                  </Text>
                  <Text size="sm">
                    {v.createdBy === null
                      ? t('versions.savedOn', { date: formatDate(v.createdAt, i18n.language) })
                      : t('versions.savedBy', { name: v.createdBy, date: formatDate(v.createdAt, i18n.language) })}
                  </Text>
                </div>
                <Group gap="xs">
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={t('versions.openLabel', { number: v.number, name: versionName(v, t) })}
                    onClick={() => setOpenN(v)}
                  >
                    {t('versions.open')}
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={t('versions.compareLabel', { number: v.number, name: versionName(v, t) })}
                    onClick={() => setCompareN(v)}
                  >
                    {t('versions.compare')}
                  </Button>
                  <Button
                    component="a"
                    href={versionPdfUrl(sectionId, v.number)}
                    size="xs"
                    variant="default"
                    aria-label={t('workflow.pdfLabel', { number: v.number, name: versionName(v, t) })}
                    data-testid="version-pdf"
                  >
                    {t('workflow.pdf')}
                  </Button>
                </Group>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      <VersionModal sectionId={sectionId} version={openN} onClose={() => setOpenN(null)} />
      <CompareModal sectionId={sectionId} version={compareN} onClose={() => setCompareN(null)} />
    </Stack>
  );
}

function SaveVersionForm({ sectionId }: { sectionId: string }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [savedNumber, setSavedNumber] = useState<number | null>(null);
  const create = useCreateVersion(sectionId);
  const headingId = useId();

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const parsed = createVersionRequestSchema.safeParse({ name });
    if (!parsed.success) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setSavedNumber(null);
    create.mutate(parsed.data.name, {
      onSuccess: (v) => {
        setName('');
        setSavedNumber(v.number);
      },
    });
  };

  return (
    <form onSubmit={submit} aria-labelledby={headingId} noValidate data-testid="save-version-form">
      <Text fw={700} id={headingId}>
        {t('versions.saveTitle')}
      </Text>
      <Group align="flex-end" mt="xs">
        <TextInput
          label={t('versions.nameLabel')}
          description={t('versions.nameHint')}
          value={name}
          maxLength={120}
          onChange={(e) => setName(e.currentTarget.value)}
          error={invalid ? t('versions.nameInvalid') : undefined}
          data-testid="version-name"
          style={{ flex: 1 }}
        />
        <Button type="submit" loading={create.isPending} data-testid="version-save">
          {create.isPending ? t('versions.saving') : t('versions.save')}
        </Button>
      </Group>
      <div role="status" aria-live="polite">
        {savedNumber !== null && (
          <Text size="sm" mt="xs">
            {t('versions.saved', { number: savedNumber })}
          </Text>
        )}
      </div>
      {create.isError && (
        <Text size="sm" mt="xs" role="alert" c="red.8">
          {t('versions.saveError')}
        </Text>
      )}
    </form>
  );
}

interface VersionModalProps {
  sectionId: string;
  version: VersionSummary | null;
  onClose: () => void;
}

function VersionModal({ sectionId, version, onClose }: VersionModalProps) {
  const { t } = useTranslation();
  const detail = useVersion(sectionId, version?.number ?? null);
  const view = detail.data ? snapshotView(detail.data.snapshot) : null;
  return (
    <Modal
      opened={version !== null}
      onClose={onClose}
      size="xl"
      title={version ? t('versions.viewTitle', { number: version.number, name: versionName(version, t) }) : ''}
      closeButtonProps={{ 'aria-label': t('versions.close') }}
    >
      {detail.isPending ? (
        <Loader size="sm" aria-label={t('versions.loading')} />
      ) : detail.isError || view === null ? (
        <Text role="alert">{t('versions.error')}</Text>
      ) : (
        <Stack gap="md" data-testid="version-view">
          {view.fragments.map((f) => (
            <div key={f.name}>
              <Title order={3} size="h5">
                {t(`section.fragments.${f.name}`)}
              </Title>
              <Text style={{ whiteSpace: 'pre-wrap' }}>
                {f.text === '' ? t('versions.emptyText') : <GlossaryText text={f.text} />}
              </Text>
            </div>
          ))}
          <div>
            <Title order={3} size="h5">
              {t('versions.goalsHeading')}
            </Title>
            {view.goals.length === 0 ? (
              <Text>{t('versions.noGoals')}</Text>
            ) : (
              view.goals.map((g, i) => (
                <Paper key={i} withBorder p="xs" mt="xs">
                  <Text fw={600}>{t('versions.goalNumber', { number: i + 1 })}</Text>
                  <dl style={{ margin: 0 }}>
                    {(['area', 'condition', 'behavior', 'criterion', 'timeframe'] as const).map((f) => (
                      <div key={f}>
                        <dt style={{ fontWeight: 600, display: 'inline' }}>{t(`goals.fields.${f}`)}: </dt>
                        <dd style={{ display: 'inline', margin: 0 }}>
                          {g[f] === ''
                            ? t('versions.emptyText')
                            : f === 'area'
                              ? isGoalAreaKey(g[f])
                                ? t(`goals.areas.${g[f]}`)
                                : g[f]
                              : g[f]}
                        </dd>
                      </div>
                    ))}
                  </dl>
                </Paper>
              ))
            )}
          </div>
        </Stack>
      )}
    </Modal>
  );
}

const isGoalAreaKey = (v: string): v is GoalArea => (GOAL_AREAS as readonly string[]).includes(v);

function CompareModal({ sectionId, version, onClose }: VersionModalProps) {
  const { t } = useTranslation();
  const compare = useCompare(sectionId, version?.number ?? null);
  return (
    <Modal
      opened={version !== null}
      onClose={onClose}
      size="xl"
      title={version ? t('versions.compareTitle', { number: version.number }) : ''}
      closeButtonProps={{ 'aria-label': t('versions.close') }}
    >
      {compare.isPending ? (
        <Loader size="sm" aria-label={t('versions.loading')} />
      ) : compare.isError ? (
        <Text role="alert">{t('versions.error')}</Text>
      ) : (
        <div data-testid="version-compare">
          <DiffView diff={compare.data} />
        </div>
      )}
    </Modal>
  );
}
