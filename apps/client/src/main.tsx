import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { QueryClientProvider } from '@tanstack/react-query';
import { MantineProvider } from '@mantine/core';
import '@mantine/core/styles.css';
import './styles/app.css';
import { createQueryClient } from './api/queryClient';
import { authKeys } from './features/auth/api';
import { App } from './App';
import { initI18n } from './i18n';
import { readAgainThroughWorker } from './offline/readAgain';
import { cssVariablesResolver, theme } from './theme';

initI18n();
const queryClient = createQueryClient();
// The first visit's answers were fetched before the service worker took over: fetch them again
// through it, so what this page shows is kept for offline use (when the district allows it).
// "Who am I" first: the worker keeps answers only for the person it names.
navigator.serviceWorker?.addEventListener('controllerchange', () => {
  void readAgainThroughWorker(queryClient, authKeys.me);
});
// The worker learned whose answers it keeps (after a sign-in): what was read before is read again
// through it, so that it is kept too (see followOwner in sw/service-worker.js).
navigator.serviceWorker?.addEventListener('message', (event: MessageEvent<unknown>) => {
  const data = event.data;
  if (typeof data === 'object' && data !== null && 'type' in data && data.type === 'iep:owner')
    void readAgainThroughWorker(queryClient);
});

const container = document.getElementById('root');
if (container === null) throw new Error('#root is missing from index.html');

createRoot(container).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
