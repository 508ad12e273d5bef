import { lazy, Suspense, useEffect } from 'react';
import { Route, Routes } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { onUnauthorized } from './api/http';
import { RequireAuth } from './auth/RequireAuth';
import { authKeys } from './features/auth/api';
import { FullPageStatus } from './components/FullPageStatus';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { StudentsPage } from './pages/StudentsPage';
import { OutboxPage } from './features/notifications/OutboxPage';
import { AcceptInvitationPage } from './features/invitations/AcceptInvitationPage';
import { StudentPage } from './pages/StudentPage';
import { TeamPage } from './features/team/TeamPage';
import { AccountPage } from './features/account/AccountPage';
import { ForgotPasswordPage } from './features/account/ForgotPasswordPage';
import { ResetPasswordPage } from './features/account/ResetPasswordPage';
import { writeAnswer } from './api/queryAnswers';

// The editor stack (Tiptap, Yjs, sockets) loads only when a section is opened.
const SectionPage = lazy(() => import('./pages/SectionPage').then((module) => ({ default: module.SectionPage })));
const CaseloadPage = lazy(() =>
  import('./features/caseload/CaseloadPage').then((module) => ({ default: module.CaseloadPage })),
);
const DashboardPage = lazy(() =>
  import('./features/dashboard/DashboardPage').then((module) => ({ default: module.DashboardPage })),
);
const AdminPage = lazy(() => import('./features/admin/AdminPage').then((module) => ({ default: module.AdminPage })));
const AccessLogPage = lazy(() =>
  import('./features/access-log/AccessLogPage').then((module) => ({ default: module.AccessLogPage })),
);

export function App() {
  const queryClient = useQueryClient();

  // Any 401 means the session ended: forget the user, and <RequireAuth> sends them to /login.
  useEffect(() => {
    onUnauthorized(() => {
      writeAnswer(queryClient, authKeys.me, null);
    });
    return () => onUnauthorized(null);
  }, [queryClient]);

  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/invite/:token" element={<AcceptInvitationPage />} />
      <Route path="/forgot-password" element={<ForgotPasswordPage />} />
      <Route path="/reset-password/:token" element={<ResetPasswordPage />} />
      <Route element={<RequireAuth />}>
        <Route index element={<StudentsPage />} />
        <Route path="/outbox" element={<OutboxPage />} />
        <Route path="/account" element={<AccountPage />} />
        <Route path="/students/:studentId" element={<StudentPage />} />
        <Route path="/students/:studentId/team" element={<TeamPage />} />
        <Route
          path="/admin"
          element={
            <Suspense fallback={<FullPageStatus kind="loading" />}>
              <AdminPage />
            </Suspense>
          }
        />
        <Route
          path="/sections/:sectionId"
          element={
            <Suspense fallback={<FullPageStatus kind="loading" />}>
              <SectionPage />
            </Suspense>
          }
        />
        <Route
          path="/dashboard"
          element={
            <Suspense fallback={<FullPageStatus kind="loading" />}>
              <DashboardPage />
            </Suspense>
          }
        />
        <Route
          path="/caseload"
          element={
            <Suspense fallback={<FullPageStatus kind="loading" />}>
              <CaseloadPage />
            </Suspense>
          }
        />
        <Route
          path="/students/:studentId/access-log"
          element={
            <Suspense fallback={<FullPageStatus kind="loading" />}>
              <AccessLogPage />
            </Suspense>
          }
        />
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
