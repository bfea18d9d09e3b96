/* 诉求助手 console: the few things every page shares. No framework; pages work without it except these comforts. */
(function () {
  'use strict';

  /* The navigation folds behind the menu button on a phone (console.css decides when). */
  function foldingNavigation() {
    var nav = document.querySelector('.topnav');
    var button = nav && nav.querySelector('.menu-toggle');
    if (!button) {
      return;
    }
    button.addEventListener('click', function () {
      var open = nav.classList.toggle('open');
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
  }

  /*
   * <form data-confirm="…"> asks before it is sent; {name} in the text is replaced by the value of the form's field of
   * that name. With data-confirm-checked="box" it asks only when the checkbox "box" is ticked.
   */
  function confirmations() {
    document.querySelectorAll('form[data-confirm]').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        var only = form.getAttribute('data-confirm-checked');
        if (only && !(form.elements[only] && form.elements[only].checked)) {
          return;
        }
        var text = form.getAttribute('data-confirm').replace(/\{(\w+)\}/g, function (all, name) {
          return form.elements[name] ? form.elements[name].value : all;
        });
        if (!window.confirm(text)) {
          event.preventDefault();
          event.stopImmediatePropagation();
        }
      });
    });
  }

  /*
   * <input data-filter="CSS selector of rows"> hides the rows that do not contain what is typed (case-insensitive),
   * and says how many are shown in the element named by data-filter-count.
   */
  function filters() {
    document.querySelectorAll('input[data-filter]').forEach(function (input) {
      var count = input.getAttribute('data-filter-count');
      var counter = count ? document.querySelector(count) : null;
      function apply() {
        var wanted = input.value.trim().toLowerCase();
        var rows = document.querySelectorAll(input.getAttribute('data-filter'));
        var shown = 0;
        rows.forEach(function (row) {
          var match = !wanted || row.textContent.toLowerCase().indexOf(wanted) >= 0;
          row.hidden = !match;
          if (match) {
            shown++;
          }
        });
        if (counter) {
          counter.textContent = wanted ? '显示 ' + shown + ' / ' + rows.length + ' 行' : '';
        }
      }
      input.addEventListener('input', apply);
      apply();
    });
  }

  /*
   * <form data-upload> sends its chosen file as the request's body (the console takes no multipart forms) with the
   * page's CSRF token, and shows the page the server answers in place of this one.
   */
  function uploads() {
    document.querySelectorAll('form[data-upload]').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var file = form.querySelector('input[type=file]').files[0];
        if (!file) {
          return;
        }
        var headers = {'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'};
        var token = document.querySelector('meta[name=_csrf]');
        var header = document.querySelector('meta[name=_csrf_header]');
        if (token && header) {
          headers[header.getAttribute('content')] = token.getAttribute('content');
        }
        var button = form.querySelector('button[type=submit]');
        button.disabled = true;
        button.textContent = '试算中…';
        fetch(form.action, {method: 'POST', body: file, headers: headers, credentials: 'same-origin'})
          .then(function (response) { return response.text(); })
          .then(function (html) {
            document.open();
            document.write(html);
            document.close();
          })
          .catch(function () {
            button.disabled = false;
            button.textContent = '上传并试算';
            window.alert('上传失败, 请检查网络后重试');
          });
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    foldingNavigation();
    confirmations();
    filters();
    uploads();
  });
})();
