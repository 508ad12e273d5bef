import type { Page, WebSocket } from 'playwright-core';
import { RealtimeGateway } from '../../modules/rooms/rooms.gateway';
import { browserSuite, eventually, openSection } from '../browser';
import { api, login, sectionOf } from '../test-app';

/**
 * One realtime connection per tab: a section page (live document, comments, proposals, workflow,
 * meetings) opens one socket.io connection and the document socket, and sends `section:join` once.
 * Leaving the page leaves the room once and keeps the socket; coming back joins again on it.
 */

const suite = browserSuite();

interface Watched {
  socket: WebSocket;
  sent: string[];
}

/** Every WebSocket the page opens, with the text frames it sends. */
function watchSockets(page: Page): Watched[] {
  const seen: Watched[] = [];
  page.on('websocket', (socket) => {
    const watched: Watched = { socket, sent: [] };
    socket.on('framesent', (frame) => {
      if (typeof frame.payload === 'string') watched.sent.push(frame.payload);
    });
    seen.push(watched);
  });
  return seen;
}

const socketIo = (seen: Watched[]): Watched[] =>
  seen.filter((w) => new URL(w.socket.url()).pathname.startsWith('/socket.io'));
const documents = (seen: Watched[]): Watched[] =>
  seen.filter((w) => new URL(w.socket.url()).pathname.startsWith('/collab/'));
/** socket.io event packets (`42["name",…]`, with an ack id between `42` and `[` when acknowledged). */
const sentEvents = (seen: Watched[], name: string): number =>
  socketIo(seen)
    .flatMap((w) => w.sent)
    .filter((payload) => new RegExp(`^42\\d*\\["${name}"`).test(payload)).length;
const engineClients = (): number => suite.app().running.app.get(RealtimeGateway).server.engine.clientsCount;

async function openLiveSection(page: Page): Promise<void> {
  await openSection(page, suite.app().baseUrl, 'ot@demo.school');
  await page.getByTestId('editor-parentConcerns').locator('.ProseMirror').waitFor();
  await page.getByTestId('thread-sidebar').waitFor();
  await page.getByTestId('proposals-panel').waitFor();
  await page.getByTestId('meeting-area').waitFor();
  await page.getByTestId('workflow-bar').waitFor();
}

describe('one realtime connection per tab', () => {
  it('opens one socket.io connection for a whole section page, joins its room once, and keeps the socket across pages', async () => {
    const page = await suite.newPage('ot');
    const seen = watchSockets(page);
    await openLiveSection(page);
    await eventually(
      'the section room joined',
      async () => sentEvents(seen, 'section:join'),
      (n) => n >= 1,
    );
    await page.getByTestId('connection-state').waitFor();
    // Give any feature that would open a socket of its own, or join again, the time to do it.
    await page.waitForTimeout(1_500);

    expect(socketIo(seen).map((w) => w.socket.url())).toHaveLength(1);
    expect(documents(seen)).toHaveLength(1);
    expect(sentEvents(seen, 'section:join')).toBe(1);
    expect(sentEvents(seen, 'section:leave')).toBe(0);
    expect(engineClients()).toBe(1);

    // Live events still reach every feature through the one socket: a thread started elsewhere appears.
    const ot = await login(suite.app(), 'ot@demo.school');
    const sectionId = await sectionOf(suite.app(), ot, 'Mateo');
    const started = await api(suite.app(), `/api/sections/${sectionId}/threads`, {
      method: 'POST',
      token: ot.token,
      body: { part: 'presentLevels', quote: 'grasp', visibility: 'team', body: 'Started in another tab' },
    });
    expect(started.status).toBe(201);
    await eventually(
      'the thread on the open page',
      () => page.getByTestId('thread-list').getByTestId('comment-body').allTextContents(),
      (b) => b.includes('Started in another tab'),
    );

    // Back to the list: the room is left once, the document socket closes, the socket.io one stays.
    await page.getByRole('link', { name: 'Back to the student list' }).click();
    await page.getByTestId('student-list').waitFor();
    await eventually(
      'the section room left',
      async () => sentEvents(seen, 'section:leave'),
      (n) => n === 1,
    );
    await eventually(
      'the document socket closed',
      async () => documents(seen).every((w) => w.socket.isClosed()),
      (closed) => closed,
    );
    const [first] = socketIo(seen);
    expect(first?.socket.isClosed()).toBe(false);

    // And back again: the same socket joins the room again; still one connection in all.
    await page.getByRole('link', { name: 'Open OT section for Mateo Reyes, IEP' }).click();
    await page.getByTestId('editor-parentConcerns').locator('.ProseMirror').waitFor();
    await page.getByTestId('proposals-panel').waitFor();
    await eventually(
      'the section room joined again',
      async () => sentEvents(seen, 'section:join'),
      (n) => n === 2,
    );
    await page.waitForTimeout(1_000);
    expect(socketIo(seen)).toHaveLength(1);
    expect(sentEvents(seen, 'section:join')).toBe(2);
    expect(sentEvents(seen, 'section:leave')).toBe(1);
    expect(engineClients()).toBe(1);
    expect(suite.pageErrors).toEqual([]);
  });
});
