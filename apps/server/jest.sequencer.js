const Sequencer = require('@jest/test-sequencer').default;

/**
 * Files that take long go first. Without timings of an earlier run (a clean clone), jest orders
 * files by size, and the longest of all (the authorization matrix, a short file walking a large
 * table) started last and ran alone on one core for minutes. Within a kind, jest's own order
 * (earlier timings, else size) stays. The suites of 20–45 s ran after the browser files and ended
 * the run with one worker busy; they now run before them.
 */
const LONG_FIRST = [
  /authorization-matrix/,
  /suites\/stores/,
  /\/faults\//,
  /\/ops\//,
  /\/cluster\//,
  /\/collab\/.*\.int\.spec/,
  /\/collab\/doc-store/,
  /\.int\.spec/,
  // The browser files last: they are many and most are short (the shortest end the run), and their
  // CPU is mostly Chromium's, which fills the cores beside a worker that waits on it.
  /\/test\/e2e\//,
];

const rank = (test) => {
  const index = LONG_FIRST.findIndex((pattern) => pattern.test(test.path));
  return index === -1 ? LONG_FIRST.length : index;
};

class LongFirstSequencer extends Sequencer {
  sort(tests) {
    const order = new Map(super.sort(tests).map((test, index) => [test, index]));
    return [...tests].sort((a, b) => rank(a) - rank(b) || (order.get(a) ?? 0) - (order.get(b) ?? 0));
  }
}

module.exports = LongFirstSequencer;
