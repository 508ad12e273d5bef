import { randomUUID } from 'node:crypto';
import type { SectionStatus } from '@iep/shared';
import { api } from '../test-app';
import type { MatrixWorld, Person } from './authorization-world';
import type { ServiceLogProbe } from './authorization-service-log';

/** The matrix's probes of co-signature, the caseload and billing (issue 22). */
const section = (status: SectionStatus) => ({ status });
const today = (): string => new Date().toISOString().slice(0, 10);

/** An OTA's delivered session awaiting co-signature, written as the service log stores it. */
async function otaEntry(w: MatrixWorld): Promise<string> {
  const entryId = randomUUID();
  await w.app.prisma.client.serviceSession.create({
    data: {
      entryId,
      entryVersion: 1,
      sectionId: w.sectionId,
      date: new Date(),
      startMinute: 0,
      endMinute: 1,
      minutes: 1,
      grouping: 'individual',
      model: 'push_in',
      setting: 'in_person',
      status: 'delivered',
      recordedById: w.author.actor.userId,
      recordedByName: w.author.name,
      recordedByRole: 'ota',
      needsCosign: true,
    },
  });
  return entryId;
}

/** A consent that stands (any earlier one revoked first, so a new one may be recorded). */
async function standingConsent(w: MatrixWorld, by: Person): Promise<string> {
  const db = w.app.prisma.client;
  await db.benefitsConsent.updateMany({
    where: { studentId: w.studentId, revokedOn: null },
    data: { revokedOn: new Date() },
  });
  const made = await db.benefitsConsent.create({
    data: {
      studentId: w.studentId,
      consentedOn: new Date('2026-01-05'),
      recordedById: by.actor.userId,
      recordedByName: by.name,
    },
  });
  return made.id;
}

export const BILLING_PROBES = {
  'service.cosign': [
    {
      what: 'co-sign an OTA’s session',
      resource: section,
      call: async (w: MatrixWorld, who: Person) => {
        const id = await otaEntry(w);
        return (
          await api(w.app, `/api/service-log/${id}/cosign`, {
            method: 'POST',
            token: who.session.token,
            body: { version: 1 },
          })
        ).status;
      },
    },
    {
      what: 'co-sign an OTA’s goal data point',
      resource: section,
      call: async (w: MatrixWorld, who: Person) => {
        const row = await w.app.prisma.client.goalDataPoint.create({
          data: {
            entryId: randomUUID(),
            entryVersion: 1,
            sectionId: w.sectionId,
            goalId: 'matrix-goal',
            date: new Date(),
            kind: 'percentage',
            percentage: 60,
            recordedById: w.author.actor.userId,
            recordedByName: w.author.name,
            recordedByRole: 'ota',
            needsCosign: true,
          },
        });
        return (
          await api(w.app, `/api/goal-data/${row.entryId}/cosign`, {
            method: 'POST',
            token: who.session.token,
            body: { version: 1 },
          })
        ).status;
      },
    },
  ],
  'caseload.view': [
    {
      what: 'read the caseload dashboard',
      resource: section,
      call: async (w: MatrixWorld, who: Person) =>
        (await api(w.app, '/api/caseload', { token: who.session.token })).status,
    },
  ],
  'billing.consent': [
    {
      what: 'read the consents to bill public benefits',
      resource: section,
      call: async (w: MatrixWorld, who: Person) =>
        (await api(w.app, `/api/students/${w.studentId}/benefits-consent`, { token: who.session.token })).status,
    },
    {
      what: 'record the consent to bill public benefits',
      resource: section,
      call: async (w: MatrixWorld, who: Person) => {
        await w.app.prisma.client.benefitsConsent.updateMany({
          where: { studentId: w.studentId, revokedOn: null },
          data: { revokedOn: new Date() },
        });
        return (
          await api(w.app, `/api/students/${w.studentId}/benefits-consent`, {
            method: 'POST',
            token: who.session.token,
            body: { consentedOn: '2026-01-05' },
          })
        ).status;
      },
    },
    {
      what: 'record the annual notice',
      resource: section,
      call: async (w: MatrixWorld, who: Person) => {
        const id = await standingConsent(w, who);
        return (
          await api(w.app, `/api/benefits-consents/${id}/annual-notice`, {
            method: 'POST',
            token: who.session.token,
            body: { sentOn: today() },
          })
        ).status;
      },
    },
    {
      what: 'revoke the consent',
      resource: section,
      call: async (w: MatrixWorld, who: Person) => {
        const id = await standingConsent(w, who);
        return (
          await api(w.app, `/api/benefits-consents/${id}/revoke`, {
            method: 'POST',
            token: who.session.token,
            body: { revokedOn: today() },
          })
        ).status;
      },
    },
  ],
  'billing.export': [
    {
      what: 'export the Medicaid billing CSV',
      resource: section,
      call: async (w: MatrixWorld, who: Person) =>
        (await api(w.app, `/api/billing/export?from=2026-01-01&to=${today()}`, { token: who.session.token })).status,
    },
  ],
} satisfies Record<string, readonly [ServiceLogProbe, ...ServiceLogProbe[]]>;
