/* global window, fetch, setTimeout */
// Starts the session restore (POST /auth/refresh with the httpOnly cookie) while the app's
// scripts are still downloading, instead of after they ran: on a phone connection that takes a
// round trip off the way to the first screen. api/session.ts takes this answer over. Whichever
// of the two runs first decides: if the app already started its own restore, this does nothing,
// so the cookie is never rotated twice.
(function () {
  if (window.__welnessBoot) return;
  window.__welnessBoot = {
    refresh: fetch('/api/v1/auth/refresh', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: '{"useCookie":true}',
    }),
  };
  // The page's first Intl number or date formatter loads ICU's data (~100 ms on a mid-range phone),
  // and the dashboard's first render would pay it. The main thread is idle while the app's scripts
  // download, so pay it now, in a task of its own.
  setTimeout(function () {
    try {
      new Intl.DateTimeFormat(undefined, { dateStyle: 'full' }).format(0);
    } catch (e) {
      // An old browser without dateStyle: the app formats dates its own way later.
    }
  }, 0);
})();
