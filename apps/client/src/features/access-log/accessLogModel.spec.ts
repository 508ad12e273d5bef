import { accessLogSearch, actionKey, detailFacts, NO_FILTERS } from './accessLogModel';

describe('access log actions in words', () => {
  it('maps known action codes to catalog keys', () => {
    expect(actionKey('section.read')).toBe('read');
    expect(actionKey('section.session_open')).toBe('sessionOpen');
    expect(actionKey('section.exported')).toBe('exported');
  });

  it('leaves unknown codes (and inherited names) for showing raw', () => {
    expect(actionKey('student.something_new')).toBeNull();
    expect(actionKey('toString')).toBeNull();
  });
});

describe('the access log query', () => {
  it('sends only the filters that are set', () => {
    expect(accessLogSearch(NO_FILTERS)).toBe('');
    expect(accessLogSearch({ action: 'section.read', from: '2026-11-01', to: '' })).toBe(
      '?action=section.read&from=2026-11-01',
    );
  });

  it('swaps a range given backwards instead of asking for nothing', () => {
    expect(accessLogSearch({ action: '', from: '2026-11-30', to: '2026-11-01' }, 50)).toBe(
      '?from=2026-11-01&to=2026-11-30&limit=50',
    );
  });
});

describe('facts from an entry detail', () => {
  it('reads a version number and a target state when present', () => {
    expect(detailFacts({ versionNumber: 4, to: 'approved' })).toEqual({ versionNumber: 4, to: 'approved' });
    expect(detailFacts({ number: 2 })).toEqual({ versionNumber: 2, to: null });
    expect(detailFacts('x')).toEqual({ versionNumber: null, to: null });
  });
});
