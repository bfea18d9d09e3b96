/*
 * The try-box of /rules: sends a sentence to POST /api/appeals/preview (docs/api.md) and shows, in Chinese, what
 * intake would make of it with the rules as they stand. Nothing is stored.
 */
(function () {
  'use strict';
  var SPEAKERS = {OWNER: '企业 (群成员)', STAFF: '工作人员', GROUP_OWNER: '群主'};
  var ACTS = {
    APPEAL: '提出诉求', FOLLOW_UP: '补充或追问自己的诉求', PROGRESS_QUESTION: '询问办理进度', ANSWER: '解答他人',
    NOTICE: '通知或答复', THANKS: '感谢', SOLVED: '说明问题已解决', AD: '广告', CHATTER: '闲聊'
  };

  function text(value) {
    return value === null || value === undefined || value === '' ? '—' : String(value);
  }

  /* 2026-11-27T10:00:00+08:00 → 2026-11-27 10:00 (the server already answers in the bot's zone). */
  function when(iso) {
    return iso ? iso.replace('T', ' ').substring(0, 16) : '未说明';
  }

  function show(box, rows) {
    var dl = document.createElement('dl');
    rows.forEach(function (row) {
      var dt = document.createElement('dt');
      dt.textContent = row[0];
      var dd = document.createElement('dd');
      dd.textContent = row[1];
      if (row[2]) {
        dd.className = row[2];
      }
      dl.appendChild(dt);
      dl.appendChild(dd);
    });
    box.replaceChildren(dl);
  }

  function fail(box, message) {
    var p = document.createElement('p');
    p.className = 'flash bad';
    p.textContent = message;
    box.replaceChildren(p);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('try-form');
    var box = document.getElementById('try-result');
    if (!form || !box) {
      return;
    }
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var body = {text: form.elements.text.value};
      if (form.elements.groupCode.value) {
        body.groupCode = form.elements.groupCode.value;
      }
      var headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
      var token = document.querySelector('meta[name=_csrf]');
      var header = document.querySelector('meta[name=_csrf_header]');
      if (token && header) {
        headers[header.content] = token.content;
      }
      box.textContent = '试算中…';
      fetch(form.getAttribute('data-preview-url'), {
        method: 'POST', headers: headers, body: JSON.stringify(body), credentials: 'same-origin'
      }).then(function (response) {
        return response.json().then(function (json) {
          if (!response.ok) {
            throw new Error(json && json.message ? json.message : '试算失败 (' + response.status + ')');
          }
          return json;
        });
      }).then(function (r) {
        show(box, [
          ['是否诉求', r.appeal ? '是, 会生成诉求' : '否, 不会生成诉求', r.appeal ? 'try-appeal yes' : 'try-appeal no'],
          ['说话人', SPEAKERS[r.speaker] || text(r.speaker), 'try-speaker'],
          ['意图', ACTS[r.act] || text(r.act), 'try-act'],
          ['类别', text(r.category), 'try-category'],
          ['承办单位', text(r.departmentName), 'try-department'],
          ['企业要求', r.requestedDeadline ? when(r.requestedDeadline) : '未说明'],
          ['办理期限', when(r.dueAt) + (r.urgent ? ' (按企业要求)' : ''), 'try-due'],
          ['依据', text(r.routing)],
          ['脱敏后', text(r.maskedText)]
        ]);
      }).catch(function (error) {
        fail(box, error.message);
      });
    });
  });
})();
