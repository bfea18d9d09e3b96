// The sandbox page: pick a window, type as someone, watch what the bot sends back (polled once a second).
(function () {
  const api = document.querySelector('.sandbox').dataset.api;
  const csrfHeader = document.querySelector('meta[name="_csrf_header"]').content;
  const csrfToken = document.querySelector('meta[name="_csrf"]').content;
  const linesBox = document.getElementById('lines');
  const speaker = document.getElementById('speaker');
  const title = document.getElementById('chat-title');
  const text = document.getElementById('text');
  let current = null;
  let lastId = 0;
  const all = [];
  let people = [];

  // WeCom shows the bot's markdown formatted; the sandbox does the same for the few forms the bot uses
  // (bold, quoted lines, mentions). Text is escaped first, so nothing a person typed becomes markup.
  function markdown(text) {
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return escaped.split('\n').map(line => {
      let html = line.replace(/\*\*(.+?)\*\*/g, '<b>$1</b>').replace(/&lt;@([^&]+)&gt;/g, '<span class="at">@$1</span>');
      if (html.startsWith('&gt; ')) { html = '<span class="quote">' + html.substring(5) + '</span>'; }
      return html;
    }).join('<br>');
  }

  // A template card: its text, and its buttons (with the drop-down, if any), as WeCom shows it; a tap goes to the
  // bot's real app callback as template_card_event. Once the card was updated its buttons give way to the grey line.
  function cardBody(l, body) {
    const text = document.createElement('div');
    text.className = 'card-text';
    text.textContent = l.text;
    body.appendChild(text);
    if (l.card.replaceText) { return; }
    const update = all.find(u => u.card && u.card.replaceText && u.card.taskId === l.card.taskId);
    const actions = document.createElement('div');
    actions.className = 'card-actions';
    if (update) {
      const done = document.createElement('span');
      done.className = 'card-done';
      done.textContent = update.card.replaceText;
      actions.appendChild(done);
      body.appendChild(actions);
      return;
    }
    let select = null;
    if (l.card.options && l.card.options.length) {
      select = document.createElement('select');
      select.className = 'card-select';
      const none = document.createElement('option');
      none.value = '';
      none.textContent = '选择部门';
      select.appendChild(none);
      l.card.options.forEach(o => {
        const opt = document.createElement('option');
        opt.value = o.key;
        opt.textContent = o.text;
        select.appendChild(opt);
      });
      actions.appendChild(select);
    }
    l.card.buttons.forEach(b => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'card-button';
      button.textContent = b.text;
      button.dataset.key = b.key;
      button.addEventListener('click', async () => {
        actions.querySelectorAll('button').forEach(x => { x.disabled = true; });
        const headers = {'Content-Type': 'application/json'};
        headers[csrfHeader] = csrfToken;
        await fetch(api + '/tap', {method: 'POST', headers, body: JSON.stringify({
          userId: l.window.substring(5), taskId: l.card.taskId, key: b.key, option: select ? select.value : null})});
      });
      actions.appendChild(button);
    });
    body.appendChild(actions);
  }

  function render() {
    linesBox.innerHTML = '';
    all.filter(l => l.window === current).forEach(l => {
      const div = document.createElement('div');
      div.className = 'line ' + (l.fromBot ? 'bot' : 'person');
      const who = document.createElement('div');
      who.className = 'who';
      who.textContent = l.speaker + ' · ' + l.time;
      const body = document.createElement('div');
      body.className = 'body';
      if (l.fromBot && l.text.startsWith('data:image/png;base64,')) {
        const img = document.createElement('img');
        img.src = l.text;
        img.className = 'chart-image';
        body.appendChild(img);
      } else if (l.fromBot && l.card) {
        div.classList.add('card');
        cardBody(l, body);
      } else if (l.fromBot) { body.innerHTML = markdown(l.text); } else { body.textContent = l.text; }
      div.append(who, body);
      linesBox.appendChild(div);
    });
    linesBox.scrollTop = linesBox.scrollHeight;
  }

  function fillSpeakers() {
    speaker.innerHTML = '';
    let choices = people;
    if (current && current.startsWith('user:')) {
      choices = people.filter(p => 'user:' + p.userId === current);
    }
    choices.forEach(p => {
      const o = document.createElement('option');
      o.value = p.userId;
      o.textContent = p.name;
      speaker.appendChild(o);
    });
  }

  function select(li) {
    document.querySelectorAll('.windows li').forEach(x => x.classList.remove('active'));
    li.classList.add('active');
    current = li.dataset.window;
    title.textContent = li.textContent;
    fillSpeakers();
    render();
  }

  async function poll() {
    try {
      const r = await fetch(api + '/lines?after=' + lastId);
      if (r.ok) {
        const fresh = await r.json();
        fresh.forEach(l => { all.push(l); lastId = Math.max(lastId, l.id); markUnread(l); });
        if (fresh.length) { render(); }
      }
    } finally {
      setTimeout(poll, 1000);
    }
  }

  function markUnread(line) {
    if (line.window === current) { return; }
    const li = document.querySelector('.windows li[data-window="' + line.window + '"]');
    if (li) { li.classList.add('unread'); }
  }

  document.querySelectorAll('.windows li').forEach(li => li.addEventListener('click', () => {
    li.classList.remove('unread');
    select(li);
  }));

  document.getElementById('say').addEventListener('submit', async e => {
    e.preventDefault();
    if (!current || !text.value.trim()) { return; }
    const headers = {'Content-Type': 'application/json'};
    headers[csrfHeader] = csrfToken;
    await fetch(api + '/say', {method: 'POST', headers, body: JSON.stringify({window: current, userId: speaker.value, text: text.value})});
    text.value = '';
  });

  fetch(api + '/people').then(r => r.json()).then(p => { people = p; fillSpeakers(); });
  const first = document.querySelector('.windows li[data-window^="group:tw-"]');
  if (first) { select(first); }
  poll();
})();
