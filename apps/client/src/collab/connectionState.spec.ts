import * as Y from 'yjs';
import { computeConnectionState, localClockOf, type ConnectionInputs } from './connectionState';

const base: ConnectionInputs = {
  providerStatus: 'connected',
  hasSynced: true,
  browserOnline: true,
  stopped: false,
  pendingChanges: 0,
};

describe('computeConnectionState', () => {
  it('says connecting before the first sync', () => {
    expect(computeConnectionState({ ...base, hasSynced: false, providerStatus: 'connecting' })).toBe('connecting');
    expect(computeConnectionState({ ...base, hasSynced: false, providerStatus: 'connected' })).toBe('connecting');
    expect(computeConnectionState({ ...base, hasSynced: false, providerStatus: 'disconnected' })).toBe('connecting');
  });

  it('says saved when the server stored every local change', () => {
    expect(computeConnectionState(base)).toBe('saved');
  });

  it('says saving while local changes are not stored yet', () => {
    expect(computeConnectionState({ ...base, pendingChanges: 1 })).toBe('saving');
    expect(computeConnectionState({ ...base, pendingChanges: 12 })).toBe('saving');
  });

  it('says offline when the socket is down after a sync, whatever is pending', () => {
    expect(computeConnectionState({ ...base, providerStatus: 'disconnected' })).toBe('offline');
    expect(computeConnectionState({ ...base, providerStatus: 'connecting', pendingChanges: 9 })).toBe('offline');
  });

  it('says offline when the browser has no network, even before the first sync', () => {
    expect(computeConnectionState({ ...base, browserOnline: false })).toBe('offline');
    expect(computeConnectionState({ ...base, browserOnline: false, hasSynced: false })).toBe('offline');
  });

  it('says offline when the connection was stopped for good', () => {
    expect(computeConnectionState({ ...base, stopped: true })).toBe('offline');
    expect(computeConnectionState({ ...base, stopped: true, hasSynced: false })).toBe('offline');
  });
});

describe('localClockOf', () => {
  it('counts only this client’s own changes', () => {
    const doc = new Y.Doc();
    expect(localClockOf(doc)).toBe(0);
    doc.getText('t').insert(0, 'abc');
    expect(localClockOf(doc)).toBe(3);

    const remote = new Y.Doc();
    remote.getText('t').insert(0, 'remote text');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote));
    expect(localClockOf(doc)).toBe(3);

    doc.getXmlFragment('presentLevels').insert(0, [new Y.XmlElement('paragraph')]);
    expect(localClockOf(doc)).toBe(4);
  });
});
