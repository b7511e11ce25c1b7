// The portal's script, small and without a framework:
// 1. the emergency message as soon as an emergency red flag is ticked (the server says it again in the result);
//    nothing is asked of the network, so it works offline too;
// 2. the service worker (sw.js) keeps the patient's pages and exercise pictures readable without a connection;
// 3. a session or check-in logged without a connection waits on this device (localStorage, per user) and is sent
//    when the connection returns, exactly once: each keeps its clientRequestId, and a repeat is stored only once;
// 4. the browser's time zone in the tz cookie, so staff pages show times in it (a patient's come from the profile).
'use strict';
(function () {
  var zone = window.Intl && Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone && document.cookie.split('; ').indexOf('tz=' + zone) < 0) {
    document.cookie = 'tz=' + zone + '; path=/; max-age=31536000; SameSite=Lax'
      + (location.protocol === 'https:' ? '; Secure' : '');
  }
})();
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js').catch(function () { /* offline reading is a convenience */ });
}

document.addEventListener('DOMContentLoaded', function () {
  var boxes = document.querySelectorAll('input[data-emergency]');
  var message = document.getElementById('emergency-warning');
  if (!boxes.length || !message) { return; }
  function update() {
    var any = Array.prototype.some.call(boxes, function (b) { return b.checked; });
    message.hidden = !any;
  }
  boxes.forEach(function (b) { b.addEventListener('change', update); });
  update();
});

(function () {
  var KEY = 'telerehab-outbox';
  var user = document.body ? document.body.getAttribute('data-user') : null;
  var sending = false;

  function all() {
    try { return JSON.parse(localStorage.getItem(KEY)) || []; } catch (e) { return []; }
  }
  function save(items) { localStorage.setItem(KEY, JSON.stringify(items)); }
  function update(id, change) {
    save(all().map(function (i) { return i.id === id ? change(i) : i; }).filter(Boolean));
  }
  function newId() { return window.crypto && crypto.randomUUID ? crypto.randomUUID() : null; }

  // A form page may come from the service worker's copy: a fresh id per page keeps two logs from one copy apart.
  function freshId(form) {
    var field = form.querySelector('input[name=clientRequestId]');
    var id = newId();
    if (field && id) { field.value = id; }
    return field ? field.value : null;
  }

  function show() {
    var box = document.getElementById('offline-queue');
    if (!box || !user) { return; }
    var mine = all().filter(function (i) { return i.user === user; });
    var list = document.getElementById('offline-queue-items');
    list.textContent = '';
    mine.forEach(function (i) {
      var li = document.createElement('li');
      var when = new Date(i.savedAt).toLocaleString(document.documentElement.lang || undefined,
        { weekday: 'long', hour: '2-digit', minute: '2-digit' });
      li.textContent = box.getAttribute('data-' + i.kind) + ' (' + when + ') '
        + box.getAttribute('data-' + i.state);
      li.setAttribute('data-state', i.state);
      list.appendChild(li);
    });
    box.hidden = mine.length === 0;
  }

  // Sends what waits, oldest first, one at a time; stops at the first that cannot be sent now.
  function send() {
    if (sending || !user) { return; }
    var next = all().filter(function (i) { return i.user === user && i.state === 'waiting'; })[0];
    if (!next) { show(); return; }
    sending = true;
    fetch(next.action, { method: 'POST', body: new URLSearchParams(next.body), credentials: 'same-origin',
      redirect: 'manual' })
      .then(function (r) {
        sending = false;
        if (r.type === 'opaqueredirect') { // the login has expired: it waits for the next one
          update(next.id, function (i) { i.state = 'login'; return i; });
          show();
        } else if (r.status < 300) { // stored, or stored before (a repeat of its clientRequestId)
          update(next.id, function () { return null; });
          send();
        } else if (r.status < 500) { // refused for good (the plan changed, say): the patient is told
          update(next.id, function (i) { i.state = 'refused'; return i; });
          send();
        } else {
          show(); // the service is down: next time
        }
      })
      .catch(function () { sending = false; show(); });
  }

  function queue(form) {
    var kind = form.getAttribute('data-offline-queue');
    var emergency = Array.prototype.some.call(form.querySelectorAll('input[data-emergency]'),
      function (b) { return b.checked; });
    var id = form.querySelector('input[name=clientRequestId]').value;
    var items = all();
    items.push({ id: id, user: user, kind: kind, action: form.getAttribute('action'),
      body: new URLSearchParams(new FormData(form)).toString(), savedAt: new Date().toISOString(),
      state: 'waiting' });
    save(items);
    form.reset();
    freshId(form);
    var saved = document.getElementById('offline-saved');
    if (saved) {
      document.getElementById('offline-emergency').hidden = !emergency;
      saved.hidden = false;
      saved.focus();
    }
    var warning = document.getElementById('emergency-warning');
    if (warning) { warning.hidden = true; }
    show();
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (user && localStorage.getItem('telerehab-user') !== user) {
      // another person on this device: the pages kept for the one before are forgotten (their logs stay theirs)
      if (navigator.serviceWorker && navigator.serviceWorker.controller) {
        navigator.serviceWorker.controller.postMessage('forget-pages');
      }
      localStorage.setItem('telerehab-user', user);
    }
    document.querySelectorAll('form[data-offline-queue]').forEach(function (form) {
      freshId(form);
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var button = form.querySelector('button[type=submit]');
        if (button.disabled) { return; } // sent once already: its answer is on its way
        button.disabled = true;
        var body = new URLSearchParams(new FormData(form));
        fetch(form.getAttribute('action'), { method: 'POST', body: body, credentials: 'same-origin',
          redirect: 'manual' })
          .then(function (r) {
            if (r.type === 'opaqueredirect') { form.submit(); return; } // to the login page, as without script
            return r.text().then(function (html) {
              document.open();
              document.write(html);
              document.close();
            });
          })
          .catch(function () { button.disabled = false; queue(form); }); // no connection
      });
    });
    show();
    send();
  });
  window.addEventListener('online', send);
})();
