import { ladderSteps } from './config';
import { spread } from './stats';

describe('the figures over rounds', () => {
  it('gives the median, min and max of the rounds that measured a figure, skipping missing ones', () => {
    expect(spread([30, null, 10, 20])).toEqual({ median: 20, min: 10, max: 30, n: 3 });
    expect(spread([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, n: 4 });
    expect(spread([null, Number.NaN])).toEqual({ median: null, min: null, max: null, n: 0 });
  });

  it('raises a ladder by its factor, at least one document a step, up to its top', () => {
    expect(ladderSteps({ editors: 5, startDocs: 10, maxDocs: 60, factor: 1.5 })).toEqual([10, 15, 23, 35, 53]);
    expect(ladderSteps({ editors: 15, startDocs: 1, maxDocs: 4, factor: 1.2 })).toEqual([1, 2, 3, 4]);
    expect(ladderSteps({ editors: 5, startDocs: 1, maxDocs: 1, factor: 2 })).toEqual([1]);
  });
});
