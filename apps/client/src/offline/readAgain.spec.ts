import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { readAgainThroughWorker } from './readAgain';

const sectionKey = ['section'];
const studentsKey = ['students'];

describe('reading the page again once the service worker keeps answers', () => {
  it('reads a first load that was on its way once more after it finishes, and every shown answer again', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const calls: string[] = [];
    let finishFirst: (value: string) => void = () => undefined;
    const section = new QueryObserver(client, {
      queryKey: sectionKey,
      queryFn: () => {
        calls.push('section');
        // The first read is slow (it began before the worker took over); later ones answer at once.
        return calls.length === 1 ? new Promise<string>((resolve) => (finishFirst = resolve)) : 'again';
      },
    });
    const students = new QueryObserver(client, { queryKey: studentsKey, queryFn: () => calls.push('students') });
    const unsubscribe = [section.subscribe(() => undefined), students.subscribe(() => undefined)];
    await client.refetchQueries({ queryKey: studentsKey });

    const done = readAgainThroughWorker(client);
    finishFirst('first');
    await done;

    expect(calls.filter((c) => c === 'section')).toHaveLength(2);
    expect(calls.filter((c) => c === 'students').length).toBeGreaterThanOrEqual(2);
    expect(client.getQueryData(sectionKey)).toBe('again');
    unsubscribe.forEach((stop) => stop());
    client.clear();
  });
});
