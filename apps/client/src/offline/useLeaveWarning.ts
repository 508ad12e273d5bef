import { useEffect } from 'react';

/**
 * While `atRisk`, closing or reloading the tab asks first (the browser's own dialog): some changes
 * are neither on the server nor kept on this device.
 */
export function useLeaveWarning(atRisk: boolean): void {
  useEffect(() => {
    if (!atRisk) return;
    const warn = (event: BeforeUnloadEvent): void => {
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set (its text is their own).
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [atRisk]);
}
