import { saveAnnouncement } from './saveAnnouncement';

describe('saveAnnouncement (save state for screen readers, only when it matters)', () => {
  it('is silent while someone types: saving and saved alternate without a word', () => {
    expect(saveAnnouncement('saved', 'saving', false)).toBeNull();
    expect(saveAnnouncement('saving', 'saved', false)).toBeNull();
    expect(saveAnnouncement('connecting', 'saved', false)).toBeNull();
  });

  it('says when the connection is lost, and when everything is saved again after it', () => {
    expect(saveAnnouncement('saving', 'offline', false)).toBe('statusInView.offline');
    expect(saveAnnouncement('offline', 'saving', true)).toBeNull();
    expect(saveAnnouncement('saving', 'saved', true)).toBe('statusInView.savedAgain');
    expect(saveAnnouncement('offline', 'offline', true)).toBeNull();
  });
});
