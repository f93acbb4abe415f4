/**
 * Holds a screen wake lock while the page is visible, taking it again after the browser
 * releases it (the page was hidden). Where the API is missing, the TV's own settings decide.
 */
export function keepScreenAwake(report: (message: string) => void): void {
  if (!('wakeLock' in navigator)) return;
  const request = () => {
    if (document.visibilityState !== 'visible') return;
    navigator.wakeLock.request('screen').catch((error) => report(`wake lock: ${String(error)}`));
  };
  document.addEventListener('visibilitychange', request);
  request();
}
