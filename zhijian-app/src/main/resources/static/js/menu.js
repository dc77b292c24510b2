// Narrow screens: the header's menu folds behind one button; without JavaScript it simply stays open.
(function () {
  'use strict';
  document.documentElement.classList.add('js');
  document.addEventListener('DOMContentLoaded', function () {
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
