// Narrow screens: the header's menu folds behind one button (without JavaScript it simply stays open), and a
// table wider than the screen scrolls by itself and takes the keyboard focus so it can be scrolled without a mouse.
(function () {
  'use strict';
  document.documentElement.classList.add('js');
  document.addEventListener('DOMContentLoaded', function () {
    var focusWideTables = function () {
      document.querySelectorAll('main table').forEach(function (t) {
        if (t.scrollWidth > t.clientWidth + 1) { t.setAttribute('tabindex', '0'); } else { t.removeAttribute('tabindex'); }
      });
    };
    focusWideTables();
    window.addEventListener('resize', focusWideTables);
    document.body.addEventListener('htmx:afterSwap', focusWideTables);
    var button = document.getElementById('menu-toggle');
    var menu = document.getElementById('site-menu');
    if (!button || !menu) {
      return;
    }
    button.addEventListener('click', function () {
      var open = menu.classList.toggle('open');
      button.setAttribute('aria-expanded', String(open));
    });
  });
}());
