/*
 * "Was this helpful?" on an entry page: the answer (and then an optional comment) is sent as JSON to the articles
 * API. The panel stays hidden where scripts do not run.
 */
(function () {
  'use strict';
  var panel = document.getElementById('vote');
  if (!panel || !window.fetch) {
    return;
  }
  var api = panel.getAttribute('data-feedback');
  var lang = panel.getAttribute('data-lang');
  var helpful = null;

  function show(id, visible) {
    document.getElementById(id).hidden = !visible;
  }

  function send(path, body) {
    return fetch(api + path, {
      method: 'POST', credentials: 'omit',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(body)
    }).then(function (r) {
      if (!r.ok) {
        throw new Error('HTTP ' + r.status);
      }
    });
  }

  function failed() {
    show('vote-error', true);
  }

  panel.querySelectorAll('[data-helpful]').forEach(function (button) {
    button.addEventListener('click', function () {
      helpful = button.getAttribute('data-helpful') === 'true';
      send('/votes', { helpful: helpful, lang: lang }).then(function () {
        var label = document.getElementById('comment-label');
        label.textContent = label.getAttribute(helpful ? 'data-yes' : 'data-no');
        show('vote-ask', false);
        show('vote-comment', true);
        document.getElementById('vote-thanks').focus();
      }, failed);
    });
  });

  document.getElementById('send-comment').addEventListener('click', function () {
    var text = document.getElementById('comment').value.trim();
    if (!text) {
      return;
    }
    send('/comments', { helpful: helpful, comment: text, lang: lang }).then(function () {
      show('vote-comment', false);
      show('comment-thanks', true);
    }, failed);
  });

  panel.hidden = false;
})();
