import { QueryClient } from '@tanstack/react-query';
import { writeAnswer } from './queryAnswers';

const KEY = ['auth', 'me'];

/** A query function whose answers the test releases one by one, in the order it was asked. */
function heldAnswers() {
  const pending: ((value: string) => void)[] = [];
  return {
    queryFn: () => new Promise<string>((resolve) => pending.push(resolve)),
    asked: () => pending.length,
    answer: (index: number, value: string) => pending[index]?.(value),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('writing a server answer into the cache', () => {
  it('keeps it when an older fetch of the same query lands afterwards, and asks again', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const held = heldAnswers();
    client.setQueryData(KEY, 'Tom Baker');
    void client.fetchQuery({ queryKey: KEY, queryFn: held.queryFn, staleTime: 0 });
    expect(held.asked()).toBe(1);

    writeAnswer<string>(client, KEY, 'Tomás Rivera');
    expect(client.getQueryData(KEY)).toBe('Tomás Rivera');
    // The fetch asked before the rename answers with the old name: it must not land.
    held.answer(0, 'Tom Baker');
    await settle();
    expect(client.getQueryData(KEY)).toBe('Tomás Rivera');
    // It was replaced by a fetch asked after the change, whose answer does land.
    expect(held.asked()).toBe(2);
    held.answer(1, 'Tomás Rivera (from the server)');
    await settle();
    expect(client.getQueryData(KEY)).toBe('Tomás Rivera (from the server)');
    client.clear();
  });

  it('asks nothing more when no fetch is in flight, and applies an updater to the cached value', async () => {
    const client = new QueryClient();
    const held = heldAnswers();
    client.setQueryData(KEY, ['a']);
    writeAnswer<string[]>(client, KEY, (list) => [...(list ?? []), 'b']);
    await settle();
    expect(client.getQueryData(KEY)).toEqual(['a', 'b']);
    expect(held.asked()).toBe(0);
    expect(client.getQueryState(KEY)?.fetchStatus).toBe('idle');
    client.clear();
  });
});
