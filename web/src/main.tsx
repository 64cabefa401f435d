import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './AppRoutes';
import { ApiError, onSessionLost } from './api/client';
import { MessageProvider } from './feedback/message';
import { reloadOnStaleChunks } from './layout/staleChunks';
import { prefetchFirstPage } from './pages/prefetch';
import { watchDomA11y } from './theme/domA11y';
import { TextScaleProvider } from './theme/TextScaleProvider';

dayjs.locale('zh-cn');

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

// The signed-in shell gives way to the login page, which brings the user back afterwards.
onSessionLost(() => queryClient.setQueryData(['me'], null));
watchDomA11y(document.body);
reloadOnStaleChunks();
prefetchFirstPage(queryClient, window.location.pathname);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <TextScaleProvider>
        <MessageProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </MessageProvider>
      </TextScaleProvider>
    </QueryClientProvider>
  </StrictMode>,
);
