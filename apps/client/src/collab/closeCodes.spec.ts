import { CollabCloseCode } from '@iep/shared';
import { stopReasonForClose, stopReasonForStatus } from './closeCodes';

describe('stopReasonForClose', () => {
  it('reconnects after an expired token and after transient closes', () => {
    expect(stopReasonForClose(CollabCloseCode.Unauthenticated)).toBeNull();
    expect(stopReasonForClose(1006)).toBeNull();
    expect(stopReasonForClose(1001)).toBeNull();
    expect(stopReasonForClose(4500)).toBeNull();
  });

  it('stops for refusals the server will repeat', () => {
    expect(stopReasonForClose(CollabCloseCode.Forbidden)).toBe('forbidden');
    expect(stopReasonForClose(CollabCloseCode.NotFound)).toBe('notFound');
    expect(stopReasonForClose(CollabCloseCode.ProtocolError)).toBe('protocol');
    expect(stopReasonForClose(CollabCloseCode.MessageTooBig)).toBe('tooBig');
    expect(stopReasonForClose(4409)).toBe('unavailable');
  });
});

describe('stopReasonForStatus', () => {
  it('maps the collab-token answers', () => {
    expect(stopReasonForStatus(403)).toBe('forbidden');
    expect(stopReasonForStatus(404)).toBe('notFound');
    expect(stopReasonForStatus(409)).toBe('unavailable');
    expect(stopReasonForStatus(401)).toBeNull();
    expect(stopReasonForStatus(429)).toBeNull();
    expect(stopReasonForStatus(503)).toBeNull();
  });
});
