import type { NotificationDto } from '@iep/shared';
import en from '../../i18n/en.json';
import es from '../../i18n/es.json';
import { notificationText } from './notificationText';

const base: NotificationDto = {
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'mention',
  sectionId: '00000000-0000-4000-8000-000000000002',
  threadId: null,
  commentId: null,
  detail: {},
  actorName: 'Olivia Torres (OT)',
  studentName: 'Mateo Reyes',
  excerpt: '',
  createdAt: '2026-11-22T10:00:00.000Z',
  readAt: null,
};

const lookup = (catalog: unknown, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>(
      (node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined),
      catalog,
    );

describe('notification wording', () => {
  const kinds: NotificationDto['kind'][] = [
    'mention',
    'shared_for_review',
    'consent_revoked',
    'signatures_voided',
    'meeting_summary',
    'section_approved',
  ];

  it('has an English and a Spanish phrase for every kind and its detail line', () => {
    for (const kind of kinds) {
      const text = notificationText(
        { ...base, kind, excerpt: 'x', detail: { respondBy: '2026-12-01', reason: 'r', versionNumber: 3 } },
        (d) => d,
      );
      for (const phrase of [text.title, text.detail]) {
        if (phrase === null) continue;
        expect({ kind, key: phrase.key, en: typeof lookup(en, phrase.key) }).toEqual({
          kind,
          key: phrase.key,
          en: 'string',
        });
        expect({ kind, key: phrase.key, es: typeof lookup(es, phrase.key) }).toEqual({
          kind,
          key: phrase.key,
          es: 'string',
        });
      }
    }
  });

  it('tells the family by which date to respond to a shared draft', () => {
    expect(
      notificationText({ ...base, kind: 'shared_for_review', detail: { respondBy: '2026-12-01' } }, (d) => `on ${d}`)
        .detail,
    ).toEqual({
      key: 'notifications.respondBy',
      values: { date: 'on 2026-12-01' },
    });
  });

  it('gives the reason when consent is revoked or signatures are voided', () => {
    for (const kind of ['consent_revoked', 'signatures_voided'] as const) {
      expect(notificationText({ ...base, kind, detail: { reason: 'Changed' } }, (d) => d).detail).toEqual({
        key: 'notifications.reason',
        values: { reason: 'Changed' },
      });
    }
  });
});
