// The home page is static HTML (template sections): instead of the React runtime it gets this
// script for its few interactive parts — same behaviour as the components used on the other pages
// (locale-switcher.tsx, theme-select.tsx, service-worker.tsx, ab-exposure.tsx).
(function () {
  var locale = document.querySelector('[data-locale-switch]');
  if (locale) locale.addEventListener('change', function () {
    var rest = location.pathname.replace(/^\/[a-z]{2}(?=\/|$)/, '');
    location.assign('/' + locale.value + rest + location.search + location.hash);
  });
  var theme = document.querySelector('[data-theme-select]');
  if (theme) {
    try { theme.value = localStorage.getItem('statex.theme') || 'auto'; } catch (e) {}
    theme.addEventListener('change', function () {
      try {
        if (theme.value === 'auto') { localStorage.removeItem('statex.theme'); delete document.documentElement.dataset.theme; }
        else { localStorage.setItem('statex.theme', theme.value); document.documentElement.dataset.theme = theme.value; }
      } catch (e) {}
    });
  }
  if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(function () {});
  // AB exposure: the server chose the variant and set the cookies; it reads them from this request.
  if (/(?:^|; )statex_ab_home=[a-z]/.test(document.cookie)) {
    var body = JSON.stringify({ experiment: 'home', kind: 'exposure' });
    if (!(navigator.sendBeacon && navigator.sendBeacon('/api/ab/events', new Blob([body], { type: 'application/json' })))) {
      fetch('/api/ab/events', { method: 'POST', headers: { 'content-type': 'application/json' }, body: body, keepalive: true }).catch(function () {});
    }
  }
})();
