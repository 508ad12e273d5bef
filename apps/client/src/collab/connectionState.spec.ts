import * as Y from 'yjs';
import { computeConnectionState, localClockOf, mergeSavedClock, type ConnectionInputs } from './connectionState';

const base: ConnectionInputs = {
  providerStatus: 'connected',
  hasSynced: true,
  browserOnline: true,
  stopped: false,
  localClock: 0,
  savedClock: 0,
};

describe('computeConnectionState', () => {
  it('says connecting before the first sync', () => {
    expect(computeConnectionState({ ...base, hasSynced: false, providerStatus: 'connecting' })).toBe('connecting');
    expect(computeConnectionState({ ...base, hasSynced: false, providerStatus: 'connected' })).toBe('connecting');
    expect(computeConnectionState({ ...base, hasSynced: false, providerStatus: 'disconnected' })).toBe('connecting');
  });

  it('says saved when the server stored every local change', () => {
    expect(computeConnectionState(base)).toBe('saved');
    expect(computeConnectionState({ ...base, localClock: 12, savedClock: 12 })).toBe('saved');
    expect(computeConnectionState({ ...base, localClock: 12, savedClock: 20 })).toBe('saved');
  });

  it('says saving while local changes are not stored yet', () => {
    expect(computeConnectionState({ ...base, localClock: 5, savedClock: 0 })).toBe('saving');
    expect(computeConnectionState({ ...base, localClock: 13, savedClock: 12 })).toBe('saving');
  });

  it('says offline when the socket is down after a sync, whatever is pending', () => {
    expect(computeConnectionState({ ...base, providerStatus: 'disconnected' })).toBe('offline');
    expect(computeConnectionState({ ...base, providerStatus: 'connecting', localClock: 9 })).toBe('offline');
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

  it('compares with the saved clock to tell pending from stored', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'hi');
    const saved = mergeSavedClock(
      0,
      { [String(doc.clientID)]: Y.decodeStateVector(Y.encodeStateVector(doc)).get(doc.clientID) ?? 0 },
      doc.clientID,
    );
    expect(computeConnectionState({ ...base, localClock: localClockOf(doc), savedClock: saved })).toBe('saved');
    doc.getText('t').insert(2, '!');
    expect(computeConnectionState({ ...base, localClock: localClockOf(doc), savedClock: saved })).toBe('saving');
  });
});

describe('mergeSavedClock', () => {
  it('takes this client’s clock from the report', () => {
    expect(mergeSavedClock(0, { '42': 7, '43': 100 }, 42)).toBe(7);
  });

  it('keeps the maximum when reports arrive out of order', () => {
    expect(mergeSavedClock(9, { '42': 7 }, 42)).toBe(9);
  });

  it('ignores reports about other clients and junk values', () => {
    expect(mergeSavedClock(3, { '43': 100 }, 42)).toBe(3);
    expect(mergeSavedClock(3, { '42': Number.NaN }, 42)).toBe(3);
  });
});
