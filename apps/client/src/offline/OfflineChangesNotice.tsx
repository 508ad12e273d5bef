import { useTranslation } from 'react-i18next';
import { Alert, Button, CopyButton, Group, Stack, Textarea } from '@mantine/core';
import type * as Y from 'yjs';
import { isSectionFragment, REMOVABLE_ROOTS } from '@iep/shared';
import { partTexts, unappliedTexts, type PartText } from './partTexts';

interface OfflineChangesNoticeProps {
  /** The person's text of every part, as their device held it. */
  texts: readonly PartText[];
  /** The server's document once it is here (only the parts that differ are shown then). */
  serverDoc: Y.Doc | null;
  onDone: () => void;
}

/**
 * Changes made offline that the server no longer takes (the section was locked meanwhile): said
 * plainly, with the person's text to copy. Never dropped silently: it stays until dismissed.
 */
export function OfflineChangesNotice({ texts, serverDoc, onDone }: OfflineChangesNoticeProps) {
  const { t } = useTranslation();
  const shown = unappliedTexts(texts, serverDoc === null ? null : partTexts(serverDoc));
  return (
    <Alert color="red" title={t('offline.refused.title')} data-testid="offline-refused">
      <Stack gap="sm">
        <div>{t('offline.refused.body')}</div>
        {shown.map(({ part, number, text }) => {
          const root = REMOVABLE_ROOTS.find((r) => part.startsWith(`${r}/`));
          const label = isSectionFragment(part)
            ? t(`section.fragments.${part}`)
            : root === undefined
              ? part
              : t(`offline.refused.records.${root}`, { number: number ?? 0 });
          return (
            <Stack key={part} gap={4}>
              <Textarea
                label={label}
                value={text}
                readOnly
                autosize
                minRows={2}
                maxRows={10}
                data-testid={`offline-refused-${part}`}
              />
              <Group>
                <CopyButton value={text}>
                  {({ copied, copy }) => (
                    <Button
                      size="compact-sm"
                      variant="light"
                      onClick={copy}
                      aria-label={t('offline.refused.copyPart', { name: label })}
                    >
                      {copied ? t('offline.refused.copied') : t('offline.refused.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Stack>
          );
        })}
        <Group>
          <Button variant="default" onClick={onDone} data-testid="offline-refused-done">
            {t('offline.refused.done')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
