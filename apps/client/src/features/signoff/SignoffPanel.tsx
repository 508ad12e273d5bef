import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { SectionResponse, SignatureView, SignoffState, User } from '@iep/shared';
import { useRoleLabel } from '../../i18n/labels';
import { formatDateTime } from '../workflow/formatDateTime';
import { RevokeDialog } from './RevokeDialog';
import { SignDialog } from './SignDialog';
import { useSignoffs } from './api';
import { canSignNow, currentSignatures, revocableConsent, shortHash } from './signoffModel';

/** The states in which the sign-off panel shows: the frozen version, and once approved. */
export const showsSignoff = (status: SectionResponse['status']): boolean =>
  status === 'pending_signoff' || status === 'approved';

/** Who signed the frozen version and who still must; the sign and revoke actions for whose turn it is. */
export function SignoffPanel({ section, me }: { section: SectionResponse; me: User }) {
  const { t } = useTranslation();
  const headingId = useId();
  const status = section.workflow.status;
  const signoffs = useSignoffs(section.id, showsSignoff(status));
  if (!showsSignoff(status)) return null;

  return (
    <section aria-labelledby={headingId} className="structured-panel" data-testid="signoff-panel">
      <Title order={2} id={headingId}>
        {t('signoff.title')}
      </Title>
      {signoffs.isPending ? (
        <Loader size="sm" aria-label={t('signoff.loading')} />
      ) : signoffs.isError ? (
        <Text role="alert">{t('signoff.loadError')}</Text>
      ) : (
        <SignoffBody state={signoffs.data} section={section} me={me} />
      )}
    </section>
  );
}

function SignoffBody({ state, section, me }: { state: SignoffState; section: SectionResponse; me: User }) {
  const { t, i18n } = useTranslation();
  const roleLabel = useRoleLabel();
  const [signing, setSigning] = useState(false);
  const [revoking, setRevoking] = useState(false);
  const version = state.version;
  const mayRevoke = revocableConsent(state, section.permissions.revokeConsent, me.id) !== null;
  const signatures = [
    ...currentSignatures(state),
    ...state.signatures.filter((s) => version === null || s.versionNumber !== version.number),
  ];

  return (
    <Stack gap="md" mt="sm">
      {version !== null && (
        <div data-testid="signoff-version">
          <Text>
            {t('signoff.version', { number: version.number, date: formatDateTime(version.createdAt, i18n.language) })}{' '}
            {t('signoff.hash')} <code title={version.contentHash}>{shortHash(version.contentHash)}</code>
          </Text>
          <details>
            <summary>{t('signoff.fullHash')}</summary>
            <code className="signoff-hash" data-testid="signoff-hash">
              {version.contentHash}
            </code>
          </details>
        </div>
      )}
      <Text data-testid="signoff-missing" data-missing={state.missing.join(' ')}>
        {state.missing.length === 0
          ? t('signoff.allSigned')
          : t('signoff.missing', { roles: state.missing.map((r) => roleLabel(r)).join(', ') })}
      </Text>
      {state.status === 'pending_signoff' && <Text size="sm">{t('signoff.order')}</Text>}
      {version !== null && section.permissions.sign && canSignNow(state, section.myRole, me.id) && (
        <Group>
          <Button onClick={() => setSigning(true)} data-testid="signoff-sign-open">
            {t('signoff.signButton', { number: version.number })}
          </Button>
        </Group>
      )}
      {mayRevoke && (
        <Group>
          <Button variant="outline" color="red.9" onClick={() => setRevoking(true)} data-testid="signoff-revoke-open">
            {t('signoff.revoke.button')}
          </Button>
        </Group>
      )}
      <Title order={3} size="h5">
        {t('signoff.signaturesHeading')}
      </Title>
      {signatures.length === 0 ? (
        <Text>{t('signoff.noSignatures')}</Text>
      ) : (
        <Stack component="ul" gap="xs" className="plain-list" data-testid="signature-list">
          {signatures.map((s) => (
            <SignatureItem key={s.id} signature={s} />
          ))}
        </Stack>
      )}
      {state.revocations.length > 0 && (
        <>
          <Title order={3} size="h5">
            {t('signoff.revocationsHeading')}
          </Title>
          <List data-testid="revocation-list">
            {state.revocations.map((r) => (
              <List.Item key={r.id}>
                {t('signoff.revocation', {
                  name: r.userName,
                  date: formatDateTime(r.revokedAt, i18n.language),
                  reason: r.reason,
                })}
              </List.Item>
            ))}
          </List>
        </>
      )}
      {version !== null && (
        <SignDialog
          opened={signing}
          onClose={() => setSigning(false)}
          sectionId={section.id}
          versionNumber={version.number}
          role={section.myRole}
          myName={me.name}
          structure={section.structure}
        />
      )}
      <RevokeDialog opened={revoking} onClose={() => setRevoking(false)} sectionId={section.id} />
    </Stack>
  );
}

function SignatureItem({ signature: s }: { signature: SignatureView }) {
  const { t, i18n } = useTranslation();
  const roleLabel = useRoleLabel();
  const voided = s.voidedAt !== null;
  const body = (
    <>
      <Text fw={600}>
        {roleLabel(s.role)}: {s.userName}{' '}
        <span
          className={`tag tag--${s.decision === 'no_consent' ? 'red' : s.decision === 'consent_in_part' ? 'orange' : 'green'}`}
          data-testid="signature-decision"
        >
          {t(`signoff.decision.${s.decision}`)}
        </span>
      </Text>
      <Text size="sm">
        {t('signoff.signedAs', {
          typedName: s.typedName,
          date: formatDateTime(s.signedAt, i18n.language),
          number: s.versionNumber,
        })}
      </Text>
      {s.excludedItems.length > 0 && (
        <>
          <Text size="sm">{t('signoff.excludedHeading')}</Text>
          <List size="sm" data-testid="signature-excluded">
            {s.excludedItems.map((item) => (
              <List.Item key={item.ref}>{item.label}</List.Item>
            ))}
          </List>
        </>
      )}
      {s.reason !== null && s.reason !== '' && <Text size="sm">{t('signoff.reason', { reason: s.reason })}</Text>}
    </>
  );
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      data-testid="signature"
      data-role={s.role}
      data-decision={s.decision}
      data-voided={voided}
    >
      {/* Struck through, never hidden: a voided signature stays part of the record. */}
      <div className={voided ? 'signature-voided' : undefined}>{body}</div>
      {voided && (
        <Text size="sm" fw={600} data-testid="signature-void-reason">
          {t('signoff.voided', {
            date: formatDateTime(s.voidedAt ?? '', i18n.language),
            reason: s.voidReason ?? t('signoff.noReason'),
          })}
        </Text>
      )}
    </Paper>
  );
}
