import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { revokeConsentRequestSchema } from '@iep/shared';
import { ApiErrorText } from '../workflow/ApiErrorText';
import { useRevokeConsent } from './api';

/** A parent withdraws their consent in writing (a reason is required); the record keeps both. */
export function RevokeDialog({
  opened,
  onClose,
  sectionId,
}: {
  opened: boolean;
  onClose: () => void;
  sectionId: string;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);
  const revoke = useRevokeConsent(sectionId);

  const close = (): void => {
    revoke.reset();
    setInvalid(false);
    onClose();
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const parsed = revokeConsentRequestSchema.safeParse({ reason });
    setInvalid(!parsed.success);
    if (parsed.success) revoke.mutate(parsed.data.reason, { onSuccess: close });
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('signoff.revoke.title')}
      closeButtonProps={{ 'aria-label': t('signoff.dialog.cancel') }}
    >
      <form onSubmit={submit} noValidate data-testid="revoke-form">
        <Stack gap="md">
          <Text>{t('signoff.revoke.explain')}</Text>
          <Textarea
            label={t('signoff.revoke.reasonLabel')}
            required
            autosize
            minRows={2}
            maxLength={2000}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={invalid ? t('signoff.dialog.reasonRequired') : undefined}
            data-testid="revoke-reason"
          />
          {revoke.isError && <ApiErrorText error={revoke.error} testId="revoke-error" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('signoff.dialog.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={revoke.isPending} data-testid="revoke-submit">
              {t('signoff.revoke.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
