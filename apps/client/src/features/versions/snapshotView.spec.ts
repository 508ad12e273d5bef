import { snapshotView } from './snapshotView';

describe('reading a saved version', () => {
  it('gives each fragment as plain text and the goals key fields', () => {
    const view = snapshotView({
      content: {
        presentLevels: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hello' }] }] },
      },
      structure: { goals: [{ id: 'g', area: 'fine_motor', criterion: 'in 4 of 5 trials', behavior: 7 }, 'junk'] },
    });
    expect(view.fragments.map((f) => f.name)).toEqual([
      'presentLevels',
      'parentConcerns',
      'classroomStrategies',
      'homeStrategies',
    ]);
    expect(view.fragments[0]?.text).toBe('Hello');
    expect(view.fragments[1]?.text).toBe('');
    expect(view.goals).toEqual([
      { area: 'fine_motor', condition: '', behavior: '', criterion: 'in 4 of 5 trials', timeframe: '' },
    ]);
  });

  it('survives a snapshot without content or structure', () => {
    expect(snapshotView({}).goals).toEqual([]);
  });
});
