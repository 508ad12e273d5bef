import { once } from 'node:events';
import { connect } from 'node:net';
import { TEST_STORE } from '../../test/factories';
import { freshStore, login, startApp } from '../../test/test-app';
import { REQUEST_GRACE_MS } from './http-connections';

describe('stopping the app', () => {
  it('ends a browser connection that never sent a request at once, instead of waiting on it forever', async () => {
    const app = await startApp(await freshStore(TEST_STORE));
    // A signed-in session first, so the stop also has a kept-alive connection to end.
    await login(app, 'ot@demo.school');
    const preconnect = connect(app.running.port, '127.0.0.1');
    preconnect.on('error', () => undefined);
    await once(preconnect, 'connect');
    const closed = once(preconnect, 'close');
    const started = Date.now();
    await app.stop();
    await closed;
    // Not by the cut that ends every connection after the grace period: the idle one goes first.
    expect(Date.now() - started).toBeLessThan(REQUEST_GRACE_MS);
  });
});
