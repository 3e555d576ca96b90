/*
 * Suggestions as the reader types, for every input with data-suggest (the articles API): a listbox of matching
 * Q&A under the input, usable with the keyboard (arrows, Enter, Escape). Titles are set as text, never as HTML.
 * On the inquiry form the links carry ?from=inquiry, so that a reader who leaves after one counts as deflected.
 */
(function () {
  'use strict';

  function setUp(input) {
    var list = document.getElementById(input.getAttribute('aria-controls'));
    var box = list.closest('[data-suggest-box]') || list;
    var api = input.getAttribute('data-suggest');
    var base = input.getAttribute('data-suggest-base');
    var from = input.getAttribute('data-suggest-from');
    var lang = input.getAttribute('data-suggest-lang') || 'ja';
    var timer = null;
    var active = -1;
    var latest = 0;

    function close() {
      box.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function show(items) {
      while (list.firstChild) {
        list.removeChild(list.firstChild);
      }
      items.forEach(function (item, i) {
        var li = document.createElement('li');
        li.setAttribute('role', 'option');
        li.id = list.id + '-' + i;
        var a = document.createElement('a');
        a.href = base + encodeURIComponent(item.id) + (from ? '?from=' + encodeURIComponent(from) : '');
        a.textContent = item.title;
        a.tabIndex = -1;
        li.appendChild(a);
        list.appendChild(li);
      });
      if (items.length === 0) {
        close();
        return;
      }
      box.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }

    function query() {
      var text = (input.value || '').trim();
      if (text.length < 2) {
        close();
        return;
      }
      var ticket = ++latest;
      fetch(api + '?size=6&excerpts=false&lang=' + lang + '&q=' + encodeURIComponent(text.slice(0, 400)),
            { headers: { 'Accept': 'application/json' }, credentials: 'omit' })
        .then(function (r) { return r.ok ? r.json() : { items: [] }; })
        .then(function (page) { if (ticket === latest) { show(page.items || []); } })
        .catch(function () { close(); });
    }

    function move(step) {
      var options = list.querySelectorAll('[role=option]');
      if (options.length === 0) {
        return;
      }
      active = (active + step + options.length) % options.length;
      options.forEach(function (o, i) { o.setAttribute('aria-selected', i === active ? 'true' : 'false'); });
      input.setAttribute('aria-activedescendant', options[active].id);
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(query, 200);
    });
    input.addEventListener('keydown', function (e) {
      if (box.hidden) {
        return;
      }
      if (e.key === 'ArrowDown') { move(1); e.preventDefault(); }
      else if (e.key === 'ArrowUp') { move(-1); e.preventDefault(); }
      else if (e.key === 'Escape') { close(); }
      else if (e.key === 'Enter' && active >= 0) {
        e.preventDefault();
        window.location.href = list.querySelectorAll('[role=option] a')[active].href;
      }
    });
    document.addEventListener('click', function (e) {
      if (!box.contains(e.target) && e.target !== input) {
        close();
      }
    });
  }

  document.querySelectorAll('[data-suggest]').forEach(setUp);
})();
