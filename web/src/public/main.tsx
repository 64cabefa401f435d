import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { ApiError } from '../api/client';
import { applyToRoot, storedScale } from '../theme/textScaleRoot';
import { ConsultationOutcomesPage } from './ConsultationOutcomesPage';
import { ConsultationPage } from './ConsultationPage';
import { DeliberationListPage, DeliberationTopicPage } from './DeliberationPages';
import { ProposalDetailPage } from './ProposalDetailPage';
import { ProposalsPage } from './ProposalsPage';
import './public.css';

/*
 * The public pages are an entry of their own (public.html, served for /public/*): plain elements
 * and one style sheet, no Ant Design and none of the signed-in app, so a phone on a slow network
 * reads the published replies after a small download.
 */
applyToRoot(storedScale());

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Routes>
          <Route path="/public/proposals" element={<ProposalsPage />} />
          <Route path="/public/proposals/:id" element={<ProposalDetailPage />} />
          <Route path="/public/consultation/outcomes" element={<ConsultationOutcomesPage />} />
          <Route path="/public/consultation" element={<ConsultationPage />} />
          <Route path="/public/deliberations" element={<DeliberationListPage />} />
          <Route path="/public/deliberations/:id" element={<DeliberationTopicPage />} />
          <Route path="*" element={<Navigate to="/public/proposals" replace />} />
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
