import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Checkbox, Group, Modal, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import {
  defaultDecision,
  isFamily,
  PARENT_DECISIONS,
  type Role,
  type SectionStructure,
  type SignatureDecision,
} from '@iep/shared';
import { isApiError } from '../../api/http';
import { ApiErrorText } from '../workflow/ApiErrorText';
import { ComplianceReasons, failingChecksOf, overridesFrom, type FailingCheck } from '../workflow/ComplianceReasons';
import { useSign } from './api';
import { buildSignRequest, excludableItems, type SignFormField } from './signoffModel';
import { useItemWords } from './useItemWords';

interface SignDialogProps {
  opened: boolean;
  onClose: () => void;
  sectionId: string;
  versionNumber: number;
  role: Role;
  myName: string;
  structure: SectionStructure;
}

/** The parent's choices, in the order offered (the shared list, typed narrowly for the catalog keys). */
const PARENT_CHOICES = ['consent', 'consent_in_part', 'no_consent'] as const satisfies readonly SignatureDecision[];

const isDecision = (value: string): value is SignatureDecision =>
  (PARENT_DECISIONS as readonly string[]).includes(value);

/** Signing the frozen version: the typed full name and, for a parent, the decision. */
export function SignDialog({ opened, onClose, sectionId, versionNumber, role, myName, structure }: SignDialogProps) {
  const { t } = useTranslation();
  const words = useItemWords();
  const items = useMemo(() => excludableItems(structure, words), [structure, words]);
  const [typedName, setTypedName] = useState('');
  const [decision, setDecision] = useState<SignatureDecision>(defaultDecision(role));
  const [excludedRefs, setExcludedRefs] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<SignFormField, true>>>({});
  const sign = useSign(sectionId);
  // The administrator approving while checks fail: a reason per failing check.
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [gateChecks, setGateChecks] = useState<FailingCheck[] | null>(null);
  const [showMissing, setShowMissing] = useState(false);
  const explainId = useId();
  const isParent = isFamily(role);
  const nameMismatch = isApiError(sign.error) && sign.error.code === 'SIGNATURE_NAME_MISMATCH';

  const close = (): void => {
    sign.reset();
    setErrors({});
    setReasons({});
    setGateChecks(null);
    setShowMissing(false);
    onClose();
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const result = buildSignRequest({ versionNumber, role, typedName, decision, excludedRefs, reason }, items);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    if (gateChecks !== null && gateChecks.some((c) => (reasons[c.key] ?? '').trim().length < 3)) {
      setShowMissing(true);
      return;
    }
    const overrides = overridesFrom(reasons);
    sign.mutate(overrides.length > 0 ? { ...result.request, overrides } : result.request, {
      onSuccess: close,
      onError: (error) => {
        const failing = failingChecksOf(error);
        if (failing !== null) {
          setGateChecks(failing);
          setShowMissing(false);
        }
      },
    });
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      size="lg"
      title={t('signoff.dialog.title', { number: versionNumber })}
      closeButtonProps={{ 'aria-label': t('signoff.dialog.cancel') }}
    >
      <form onSubmit={submit} noValidate aria-describedby={explainId} data-testid="sign-form">
        <Stack gap="md">
          <Text id={explainId}>
            {isParent ? t('signoff.dialog.explainParent') : t('signoff.dialog.explainStaff', { number: versionNumber })}
          </Text>
          {isParent && (
            <Radio.Group
              label={t('signoff.dialog.decisionLabel')}
              value={decision}
              onChange={(value) => {
                if (isDecision(value)) setDecision(value);
              }}
              required
            >
              <Stack gap="xs" mt="xs">
                {PARENT_CHOICES.map((d) => (
                  <Radio
                    key={d}
                    value={d}
                    label={t(`signoff.decision.${d}`)}
                    description={t(`signoff.decisionHint.${d}`)}
                    data-testid={`sign-decision-${d}`}
                  />
                ))}
              </Stack>
            </Radio.Group>
          )}
          {isParent && decision === 'consent_in_part' && (
            <Checkbox.Group
              label={t('signoff.dialog.excludedLabel')}
              description={t('signoff.dialog.excludedHint')}
              value={excludedRefs}
              onChange={setExcludedRefs}
              error={errors.excludedItems ? t('signoff.dialog.excludedRequired') : undefined}
              data-testid="sign-excluded"
            >
              <Stack gap="xs" mt="xs">
                {items.length === 0 ? (
                  <Text size="sm">{t('signoff.dialog.noItems')}</Text>
                ) : (
                  items.map((item) => <Checkbox key={item.ref} value={item.ref} label={item.label} />)
                )}
              </Stack>
            </Checkbox.Group>
          )}
          {isParent && (decision === 'consent_in_part' || decision === 'no_consent') && (
            <Textarea
              label={decision === 'no_consent' ? t('signoff.dialog.reasonLabel') : t('signoff.dialog.commentLabel')}
              required={decision === 'no_consent'}
              value={reason}
              maxLength={2000}
              autosize
              minRows={2}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={errors.reason ? t('signoff.dialog.reasonRequired') : undefined}
              data-testid="sign-reason"
            />
          )}
          <TextInput
            label={t('signoff.dialog.nameLabel')}
            description={t('signoff.dialog.nameHint', { name: myName })}
            required
            autoComplete="name"
            value={typedName}
            maxLength={120}
            onChange={(e) => setTypedName(e.currentTarget.value)}
            error={
              errors.typedName
                ? t('signoff.dialog.nameRequired')
                : nameMismatch
                  ? t('workflow.errors.SIGNATURE_NAME_MISMATCH')
                  : undefined
            }
            data-testid="sign-typed-name"
          />
          {gateChecks !== null && (
            <ComplianceReasons
              checks={gateChecks}
              structure={structure}
              reasons={reasons}
              onChange={(key, value) => setReasons((r) => ({ ...r, [key]: value }))}
              showMissing={showMissing}
            />
          )}
          {sign.isError && !nameMismatch && failingChecksOf(sign.error) === null && (
            <ApiErrorText error={sign.error} testId="sign-error" />
          )}
          {errors.form && (
            <Alert color="red" role="alert">
              {t('signoff.dialog.invalid')}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('signoff.dialog.cancel')}
            </Button>
            <Button type="submit" loading={sign.isPending} data-testid="sign-submit">
              {t('signoff.dialog.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
