/*
 * A thread of messages, live: engagement-service's stream, relayed by the portal (the thread's address + /stream),
 * each event one message's JSON. A new message is appended at the bottom (its text as text, never as HTML) and
 * announced politely. Without JavaScript, or when the stream is down, the page shows new messages on reload.
 */
(function () {
  'use strict';

  function when(iso, lang, zone) {
    try {
      return new Intl.DateTimeFormat(lang, {
        day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit',
        timeZone: zone, timeZoneName: 'short'
      }).format(new Date(iso));
    } catch (e) {
      return iso;
    }
  }

  function append(thread, message) {
    if (!message || !message.id || document.getElementById('message-' + message.id)) {
      return false;
    }
    var mine = message.authorRole !== thread.getAttribute('data-other-role');
    var item = document.createElement('li');
    item.className = 'message' + (mine ? ' mine' : '');
    item.id = 'message-' + message.id;
    var meta = document.createElement('p');
    meta.className = 'message-meta';
    var who = document.createElement('strong');
    who.textContent = mine ? thread.getAttribute('data-you') : thread.getAttribute('data-other');
    meta.appendChild(who);
    if (message.createdAt) {
      meta.appendChild(document.createTextNode(' · '));
      var time = document.createElement('time');
      time.setAttribute('datetime', message.createdAt);
      time.textContent = when(message.createdAt, thread.getAttribute('data-lang'), thread.getAttribute('data-zone'));
      meta.appendChild(time);
    }
    var text = document.createElement('p');
    text.className = 'message-text';
    text.setAttribute('dir', 'auto');
    text.textContent = message.text || '';
    item.appendChild(meta);
    item.appendChild(text);
    thread.appendChild(item);
    var none = document.getElementById('no-messages');
    if (none) {
      none.hidden = true;
    }
    return !mine;
  }

  function catchUp(thread) {
    if (!window.fetch || !window.DOMParser) {
      return;
    }
    window.fetch(window.location.href, {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
      .then(function (response) {
        return response.ok ? response.text() : '';
      })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, 'text/html');
        var items = page.querySelectorAll('#thread > li.message[id]');
        for (var i = 0; i < items.length; i++) {
          if (!document.getElementById(items[i].id)) {
            thread.appendChild(document.importNode(items[i], true));
          }
        }
      })
      .catch(function () {
        // still offline: the next reconnection tries again
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var thread = document.getElementById('thread');
    var announcer = document.getElementById('message-announcer');
    if (!thread || !window.EventSource) {
      return;
    }
    var source = new EventSource(thread.getAttribute('data-stream'));
    var opened = 0;
    // the stream sees only what is written from now on: each time it reconnects (its maximum age, a network drop),
    // the page's newest messages are read again and what this page lacks is added, so a message is late, never lost
    source.addEventListener('open', function () {
      opened += 1;
      if (opened > 1) {
        catchUp(thread);
      }
    });
    source.addEventListener('message', function (event) {
      var message;
      try {
        message = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      if (append(thread, message) && announcer) {
        announcer.textContent = '';
        window.setTimeout(function () {
          announcer.textContent = thread.getAttribute('data-announce') + ': ' + (message.text || '');
        }, 50);
      }
    });
    window.addEventListener('pagehide', function () {
      source.close();
    });
  });
})();
