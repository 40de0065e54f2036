/* Haili local console. Plain browser JS, no framework: every piece of server or user text reaches the
   DOM through textContent / createTextNode, never innerHTML, because drafts are untrusted. */
(function () {
  'use strict';

  var params = new URLSearchParams(location.search);
  var CONVERSATION = params.get('conversation') || 'console';
  var USER = params.get('user') || 'console-user';
  var POLL_MS = 3000;
  var SVG_NS = 'http://www.w3.org/2000/svg';

  // Drop ?token= from the address bar once the server has set its HttpOnly cookie, so it is not bookmarked or shared.
  if (params.has('token') && history.replaceState) {
    params.delete('token');
    var qs = params.toString();
    history.replaceState(null, '', location.pathname + (qs ? '?' + qs : '') + location.hash);
  }

  // ---------- UI language (chrome only; the bot answers in the user's language) ----------
  var STRINGS = {
    tagline: ['合规助手', 'Compliance copilot'],
    tabsLabel: ['功能分区', 'Sections'],
    tabChat: ['对话', 'Chat'],
    tabInbox: ['提醒', 'Reminders'],
    tabDashboard: ['看板', 'Dashboard'],
    tabListing: ['商品检查', 'Listings'],
    listingPaste: ['粘贴商品信息', 'Paste a listing'],
    listingPlaceholder: ['从商品详情页或卖家后台编辑页复制文字粘贴到这里（价格、起订量、SKU、运费）。', 'Paste the text of the product page or the seller backend edit form (price, MOQ, SKUs, shipping).'],
    listingHint: ['可一次粘贴多个商品，用单独一行 --- 分隔。', 'Paste several listings at once, separated by a line of ---.'],
    listingCheck: ['检查', 'Check'],
    listingChecking: ['检查中…', 'Checking…'],
    listingResults: ['检查结果', 'Results'],
    listingEmpty: ['请先粘贴商品信息。', 'Paste a listing first.'],
    listingSummary: ['共检查 {n} 个商品，{k} 个有风险。', '{n} listings checked, {k} at risk.'],
    colListing: ['商品', 'Listing'],
    colVerdict: ['结论', 'Verdict'],
    colFindings: ['问题与证据', 'Findings'],
    colFix: ['修改建议', 'Fix'],
    colClause: ['简报条款', 'Briefing clause'],
    verdictRisk: ['有风险', 'At risk'],
    verdictOk: ['未发现问题', 'OK'],
    verdictNone: ['无法检查', 'Not checked'],
    untitled: ['（未识别商品名称）', '(no product name found)'],
    langToggle: ['切换到英文界面', 'Switch to Chinese interface'],
    langButton: ['English', '中文'],
    messagesLabel: ['对话记录', 'Conversation'],
    dismiss: ['关闭', 'Dismiss'],
    inputLabel: ['消息', 'Message'],
    placeholder: ['粘贴要检查的草稿，或提问政策问题，例如“待整改产品多久内要整改？”', 'Paste a draft to check, or ask a policy question, e.g. "How long do I have to fix a flagged product?"'],
    send: ['发送', 'Send'],
    sending: ['发送中…', 'Sending…'],
    thinking: ['海狸正在思考…', 'Haili is thinking…'],
    hint: ['Enter 发送，Shift+Enter 换行', 'Enter to send, Shift+Enter for a new line'],
    you: ['我', 'You'],
    haili: ['海狸', 'Haili'],
    welcome: ['你好，我是海狸。把要发给买家的草稿贴进来，我会检查是否泄露联系方式；也可以问我平台政策，或用 “track rectification P123 flagged {date}” 登记整改期限，用 “tasks” 查看待办。', 'Hi, I am Haili. Paste a draft you plan to send a buyer and I will check it for leaked contact details; ask me about platform policy; or track a deadline with "track rectification P123 flagged {date}" and list them with "tasks".'],
    openCases: ['待办期限', 'Open deadlines'],
    noCases: ['目前没有未完成的期限。', 'No open deadlines.'],
    newCase: ['新建提醒', 'New reminder'],
    kind: ['类型', 'Kind'],
    subject: ['对象（产品 ID / 店铺）', 'Subject (product ID / shop)'],
    startDate: ['起始日期', 'Start date'],
    create: ['创建', 'Create'],
    done: ['已完成', 'Done'],
    snooze: ['推迟 1 天', 'Snooze 1 day'],
    dueOn: ['截止', 'Due'],
    overdueBy: ['已逾期 {n} 天', 'overdue by {n} d'],
    dueToday: ['今天截止', 'due today'],
    dueIn: ['还有 {n} 天', 'in {n} d'],
    started: ['起始', 'from'],
    created: ['已创建提醒 {id}，截止 {date}。', 'Reminder {id} created, due {date}.'],
    needSubject: ['请填写对象和起始日期。', 'Please fill in the subject and start date.'],
    timeline: ['期限时间轴', 'Deadline timeline'],
    leaks: ['每周泄露发现（按类别）', 'Leak findings per week, by category'],
    declined: ['未能回答的问题', 'Declined questions'],
    deadLetters: ['投递失败的提醒', 'Dead-letter nudges'],
    none: ['暂无', 'None'],
    today: ['今天', 'today'],
    earlier: ['← 更早已逾期', '← overdue earlier'],
    timelineLabel: ['{n} 个未完成期限的时间轴', 'Timeline of {n} open deadlines'],
    leakLabel: ['每周泄露发现柱状图', 'Bar chart of leak findings per week'],
    healthOk: ['运行正常', 'Healthy'],
    older: ['加载更早的消息', 'Load earlier messages'],
    copy: ['复制', 'Copy'],
    copied: ['已复制', 'Copied'],
    copyFailed: ['无法复制，请手动选择文字', 'Could not copy; select the text instead'],
    editCheck: ['修改后再检查', 'Edit & check again'],
    hideSource: ['收起原文', 'Hide source'],
    closedState: ['✓ 已关闭', '✓ Closed'],
    confirmDone: ['确认 {id} 已完成？', 'Mark {id} done?'],
    yesDone: ['是，已完成', 'Yes, done'],
    cancel: ['取消', 'Cancel'],
    undo: ['撤销', 'Undo'],
    engine: ['数据库', 'database'],
    healthBad: ['服务异常', 'Degraded'],
    offline: ['连接中断，正在重试…', 'Connection lost, retrying…'],
    loadFailed: ['加载失败，稍后自动重试。', 'Could not load; will retry shortly.']
  };
  var KIND_LABELS = {
    rectification: ['待整改产品（14 天）', 'Rectification (14 days)'],
    'violation-fix': ['严重违规自查（7 天）', 'Serious-violation fix (7 days)'],
    'offsite-strike': ['站外引流 / 拒绝信保记录', 'Off-platform contact strike'],
    'growth-tasks': ['新商家成长任务（30 天）', 'New-merchant growth tasks (30 days)'],
    'live-recruiting': ['金品直播带岗素材', 'Live-stream recruiting materials']
  };
  // Filled in from src/checker/categories.ts when the page is rendered (console-page.ts).
  var CATEGORY_LABELS = /*CATEGORY_LABELS*/{};
  var CATEGORY_COLOURS = ['#c62828', '#1565c0', '#b26a00', '#2e7d32', '#6a1b9a', '#00838f', '#ad1457', '#5d4037', '#37474f'];

  var lang = (function () {
    try { var saved = localStorage.getItem('haili.lang'); if (saved === 'zh' || saved === 'en') return saved; } catch (e) { /* storage blocked */ }
    return /^zh/i.test(navigator.language || '') ? 'zh' : 'en';
  })();

  function tr(key, vars) {
    var pair = STRINGS[key];
    var s = pair ? pair[lang === 'zh' ? 0 : 1] : key;
    if (vars) Object.keys(vars).forEach(function (k) { s = s.split('{' + k + '}').join(String(vars[k])); });
    return s;
  }
  function both(zh, en) { return zh + ' / ' + en; }

  function applyLang() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.querySelectorAll('[data-i18n]').forEach(function (el) { el.textContent = tr(el.getAttribute('data-i18n')); });
    document.querySelectorAll('[data-i18n-aria]').forEach(function (el) { el.setAttribute('aria-label', tr(el.getAttribute('data-i18n-aria'))); });
    document.querySelectorAll('[data-i18n-placeholder]').forEach(function (el) { el.setAttribute('placeholder', tr(el.getAttribute('data-i18n-placeholder'))); });
    $('lang-toggle').textContent = tr('langButton');
    fillKindSelect();
    var welcome = document.querySelector('[data-testid="welcome"] .bubble');
    if (welcome) welcome.textContent = tr('welcome', { date: localToday() });
    // Everything the page wrote itself follows the switch: who/when lines, button labels, health.
    document.querySelectorAll('.msg[data-dir]').forEach(function (m) { var meta = m.querySelector('.meta'); if (meta) meta.textContent = metaText(m.getAttribute('data-dir'), m.getAttribute('data-at')); });
    document.querySelectorAll('[data-i18n-button]').forEach(function (b) { b.textContent = tr(b.getAttribute('data-i18n-button')); });
    $('older').textContent = tr('older');
    if (!sending) sendBtn.textContent = tr('send');
    renderCases();
    renderDashboard();
    if (lastListing) renderListingResults(lastListing);
    if (healthReady) refreshHealth();
  }
  var healthReady = false;

  // ---------- helpers ----------
  function $(id) { return document.getElementById(id); }
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      if (k === 'class') node.className = attrs[k];
      else if (k === 'text') node.textContent = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c != null) node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return node;
  }
  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (text != null) node.textContent = text;
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function str(v) { return v == null ? '' : String(v); }

  function ApiError(status, message) { this.status = status; this.message = message; }

  function api(method, path, body) {
    var init = { method: method, credentials: 'same-origin', headers: { accept: 'application/json' } };
    if (body !== undefined) { init.headers['content-type'] = 'application/json'; init.body = JSON.stringify(body); }
    return fetch(path, init).then(function (res) {
      return res.text().then(function (raw) {
        var data = null;
        try { data = raw ? JSON.parse(raw) : null; } catch (e) { data = null; }
        if (!res.ok) throw new ApiError(res.status, data && typeof data.error === 'string' ? data.error : '');
        return data;
      });
    }, function () { throw new ApiError(0, ''); });
  }

  /** A polite bilingual explanation of a failed request; the server's own detail is appended when it gave one. */
  function explain(err) {
    var status = err && err.status;
    var msg;
    if (status === 413) msg = both('抱歉，内容过大，没有发送。请删减后重试。', 'Sorry, that is too large to send. Please shorten it and try again.');
    else if (status === 400 || status === 422) msg = both('抱歉，请求内容有误。', 'Sorry, the request was not valid.');
    else if (status === 401 || status === 403) msg = both('需要有效的控制台令牌，请用带 ?token= 的链接重新打开。', 'A valid console token is needed; reopen the console with its ?token= link.');
    else if (status === 429) msg = both('请求太频繁，请稍候再试。', 'Too many requests; please wait a moment and retry.');
    else if (status === 503) msg = both('海狸正在重启，请稍后重试。', 'Haili is restarting; please retry in a moment.');
    else if (status === 0) msg = both('无法连接到海狸，请检查服务是否在运行。', 'Could not reach Haili; is the server running?');
    else msg = both('抱歉，出了点问题，请重试。', 'Sorry, something went wrong. Please retry.');
    if (err && err.message && status !== 413) msg += ' (' + err.message.slice(0, 300) + ')';
    return msg;
  }

  function showNotice(id, text, success, buttons) {
    var box = $(id);
    box.querySelector('.notice-text').textContent = text;
    box.classList.toggle('success', !!success);
    var old = box.querySelector('.notice-actions');
    if (old) old.remove();
    if (buttons && buttons.length) {
      var row = el('div', { class: 'notice-actions' });
      buttons.forEach(function (b) { row.appendChild(b); });
      box.insertBefore(row, box.querySelector('.close'));
    }
    box.hidden = false;
  }
  function hideNotice(id) { $(id).hidden = true; }
  document.querySelectorAll('.notice .close').forEach(function (b) {
    b.addEventListener('click', function () { b.parentElement.hidden = true; });
  });

  function fmtDate(iso) {
    var d = new Date(iso);
    if (isNaN(d.getTime())) return str(iso);
    return d.toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-GB', { year: 'numeric', month: 'short', day: 'numeric' });
  }
  function fmtTime(iso) {
    var d = new Date(iso);
    if (isNaN(d.getTime())) return '';
    return d.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  }
  var DAY = 86400000;
  /** How far back the timeline axis reaches; older overdue cases sit on its left edge. */
  var PAST_WINDOW_DAYS = 60;
  function startOfDay(t) { var d = new Date(t); d.setHours(0, 0, 0, 0); return d.getTime(); }
  function urgency(deadlineIso) {
    var due = Date.parse(deadlineIso);
    var now = Date.now();
    if (isNaN(due)) return { cls: 'later', days: null };
    if (due < now) return { cls: 'overdue', days: Math.max(1, Math.ceil((startOfDay(now) - startOfDay(due)) / DAY)) };
    var days = Math.round((startOfDay(due) - startOfDay(now)) / DAY);
    return { cls: days <= 3 ? 'soon' : 'later', days: days };
  }
  function dueText(deadlineIso) {
    var u = urgency(deadlineIso);
    if (u.days == null) return '';
    if (u.cls === 'overdue') return tr('overdueBy', { n: u.days });
    if (u.days === 0) return tr('dueToday');
    return tr('dueIn', { n: u.days });
  }

  // ---------- tabs ----------
  var TABS = ['chat', 'inbox', 'listing', 'dashboard'];
  var currentTab = 'chat';
  function selectTab(name, focus) {
    currentTab = name;
    TABS.forEach(function (t) {
      var tab = $('tab-' + t);
      var on = t === name;
      tab.setAttribute('aria-selected', on ? 'true' : 'false');
      tab.tabIndex = on ? 0 : -1;
      $('panel-' + t).hidden = !on;
      if (on && focus) tab.focus();
    });
    document.querySelector('main').classList.toggle('chat-open', name === 'chat');
    if (name === 'inbox' || name === 'dashboard') loadDashboard();
    if (name === 'chat') { $('chat-input').focus(); scrollDown(true); }
    if (name === 'listing') $('listing-input').focus();
    if (location.hash !== '#' + name && history.replaceState) history.replaceState(null, '', '#' + name);
  }
  TABS.forEach(function (t, i) {
    var tab = $('tab-' + t);
    tab.addEventListener('click', function () { selectTab(t); });
    tab.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        var next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
        selectTab(next, true);
        e.preventDefault();
      }
    });
  });

  // ---------- chat ----------
  var messages = $('messages');
  var input = $('chat-input');
  var sendBtn = $('send');
  var seen = new Set();
  var lastId = null;
  var lastAt = '';
  var sending = false;

  function nearBottom() { return messages.scrollHeight - messages.scrollTop - messages.clientHeight < 80; }
  function scrollDown(force) { if (force || nearBottom()) messages.scrollTop = messages.scrollHeight; }

  /** Draft text with highlight spans as <mark>, built from text nodes so nothing in the draft is parsed as HTML. */
  function quotedBlock(quoted) {
    var text = str(quoted.text);
    var block = el('blockquote', { class: 'quoted', 'data-testid': 'card-quoted' });
    var spans = (Array.isArray(quoted.highlights) ? quoted.highlights : [])
      .map(function (h) { return { start: Math.max(0, Math.floor(Number(h.start))), end: Math.min(text.length, Math.floor(Number(h.end))), label: h.label }; })
      .filter(function (h) { return isFinite(h.start) && isFinite(h.end) && h.end > h.start; })
      .sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    var pos = 0;
    spans.forEach(function (h) {
      if (h.start < pos) return; // overlapping span: the earlier, longer one already covers it
      if (h.start > pos) block.appendChild(document.createTextNode(text.slice(pos, h.start)));
      var mark = el('mark', { 'data-testid': 'highlight' }, [text.slice(h.start, h.end)]);
      if (h.label) { mark.title = str(h.label); mark.setAttribute('aria-label', str(h.label) + ': ' + text.slice(h.start, h.end)); }
      block.appendChild(mark);
      pos = h.end;
    });
    if (pos < text.length) block.appendChild(document.createTextNode(text.slice(pos)));
    return block;
  }

  function cardNode(card, reply) {
    var tone = ['danger', 'warning', 'ok', 'info'].indexOf(card.tone) >= 0 ? card.tone : 'info';
    var node = el('article', { class: 'card tone-' + tone, 'data-testid': 'card', 'data-tone': tone });
    node.appendChild(el('h3', { class: 'card-title', 'data-testid': 'card-title', text: str(card.title) }));
    if (card.body) node.appendChild(el('div', { class: 'card-body', 'data-testid': 'card-body', text: str(card.body) }));
    if (Array.isArray(card.fields) && card.fields.length) {
      var dl = el('dl', { class: 'card-fields', 'data-testid': 'card-fields' });
      card.fields.forEach(function (f) { dl.appendChild(el('dt', { text: str(f.label) })); dl.appendChild(el('dd', { text: str(f.value) })); });
      node.appendChild(dl);
    }
    if (card.quoted && typeof card.quoted.text === 'string') node.appendChild(quotedBlock(card.quoted));
    if (card.rewrite && typeof card.rewrite.text === 'string') node.appendChild(rewriteBox(card.rewrite));
    if (Array.isArray(card.actions) && card.actions.length) {
      var row = el('div', { class: 'card-actions' });
      card.actions.forEach(function (a) {
        var b = el('button', { type: 'button', class: 'btn' + (a.id === 'done' ? ' primary' : ''), 'data-testid': 'card-action', 'data-action': str(a.id), 'data-value': str(a.value), text: str(a.label) });
        // Buttons that act on a case are kept true to it by syncCards(): gone once the case is closed.
        if (a.id === 'done' || a.id === 'snooze') b.setAttribute('data-case', str(a.value));
        var undo = /^undo\s+(\S+)$/.exec(str(a.value));
        if (a.id === 'reroute' && undo) b.setAttribute('data-undo-case', undo[1]);
        var source = a.id === 'reroute' && /^source\s+\S+$/.test(str(a.value));
        b.addEventListener('click', function () {
          if (source) toggleSource(node, row, a, b, reply && reply.lang);
          else runAction(a.id, a.value, reply && reply.lang, b, 'chat-notice');
        });
        row.appendChild(b);
      });
      row.appendChild(el('span', { class: 'case-state', 'data-testid': 'case-closed', hidden: 'hidden', text: tr('closedState') }));
      node.appendChild(row);
    }
    if (card.footer) node.appendChild(el('div', { class: 'card-footer', text: str(card.footer) }));
    return node;
  }

  /** The compliant rewrite, set apart: copy it as is, or load it into the composer to edit and check again. */
  function rewriteBox(rw) {
    var text = str(rw.text);
    var box = el('div', { class: 'rewrite', 'data-testid': 'rewrite' });
    box.appendChild(el('div', { class: 'rewrite-label', text: str(rw.label) }));
    box.appendChild(el('pre', { class: 'rewrite-text', 'data-testid': 'rewrite-text', text: text }));
    var row = el('div', { class: 'rewrite-actions' });
    var copyBtn = el('button', { type: 'button', class: 'btn', 'data-testid': 'copy-rewrite', 'data-i18n-button': 'copy', text: tr('copy') });
    copyBtn.addEventListener('click', function () {
      copyText(text).then(function (ok) {
        copyBtn.textContent = ok ? tr('copied') : tr('copyFailed');
        setTimeout(function () { copyBtn.textContent = tr('copy'); }, 2500);
      });
    });
    var editBtn = el('button', { type: 'button', class: 'btn', 'data-testid': 'edit-check', 'data-i18n-button': 'editCheck', text: tr('editCheck') });
    editBtn.addEventListener('click', function () {
      input.value = 'check ' + text;
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
    });
    row.appendChild(copyBtn);
    row.appendChild(editBtn);
    box.appendChild(row);
    return box;
  }

  /** Clipboard API where the page is a secure context (localhost), else the selection fallback for http://<lan-ip>. */
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(function () { return true; }, function () { return legacyCopy(text); });
    }
    return Promise.resolve(legacyCopy(text));
  }
  function legacyCopy(text) {
    var ta = el('textarea', { readonly: 'readonly', 'aria-hidden': 'true' });
    ta.value = text;
    ta.style.position = 'fixed'; ta.style.opacity = '0';
    document.body.appendChild(ta);
    ta.select();
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    ta.remove();
    return ok;
  }

  /** "Show source" opens the full passage inside the answer card (fetched once), and closes it again. */
  function toggleSource(card, row, action, button, replyLang) {
    var open = card.querySelector('[data-testid="source-passage"]');
    if (open) {
      open.hidden = !open.hidden;
      button.textContent = open.hidden ? str(action.label) : tr('hideSource');
      button.setAttribute('aria-expanded', open.hidden ? 'false' : 'true');
      return;
    }
    button.disabled = true;
    var body = { conversation: CONVERSATION, user: USER, action: action.id, value: str(action.value) };
    if (replyLang === 'zh' || replyLang === 'en') body.lang = replyLang;
    api('POST', '/api/console/actions', body).then(function (data) {
      var first = data && data.replies && data.replies[0];
      var pre = el('pre', { class: 'source-passage', 'data-testid': 'source-passage', text: str(first && first.payload && first.payload.text) });
      card.insertBefore(pre, row);
      button.textContent = tr('hideSource');
      button.setAttribute('aria-expanded', 'true');
    }, function (err) { showNotice('chat-notice', explain(err)); }).then(function () { button.disabled = false; });
  }

  /** Case buttons on every card follow the case: Done/Snooze vanish once it is closed, Undo once it is open again. */
  function syncCards() {
    if (!dashboard || !Array.isArray(dashboard.deadlines)) return;
    var stick = nearBottom();
    var open = {};
    dashboard.deadlines.forEach(function (c) { if (!c.status || c.status === 'open') open[c.id] = true; });
    // The dashboard lists only the nearest open deadlines; when there are more open cases than it lists, a case
    // missing from the list may still be open, so its card is left as it is rather than shown as closed.
    var complete = !(dashboard.cases && typeof dashboard.cases.open === 'number' && dashboard.cases.open > dashboard.deadlines.length);
    messages.querySelectorAll('.card-actions').forEach(function (row) {
      var caseButtons = row.querySelectorAll('[data-case]');
      if (caseButtons.length) {
        var id = caseButtons[0].getAttribute('data-case');
        if (!open[id] && !complete) return;
        var closed = !open[id];
        caseButtons.forEach(function (b) { b.hidden = closed; });
        var chip = row.querySelector('.case-state');
        if (chip) chip.hidden = !closed;
      }
      row.querySelectorAll('[data-undo-case]').forEach(function (b) {
        var undoId = b.getAttribute('data-undo-case');
        if (open[undoId] || complete) b.hidden = !!open[undoId];
      });
    });
    scrollDown(stick);
  }

  function entryNode(entry) {
    var p = entry.payload || {};
    var dir = entry.direction === 'in' ? 'in' : 'out';
    var wrap = el('div', { class: 'msg ' + dir, 'data-testid': dir === 'in' ? 'msg-in' : 'msg-out', 'data-id': str(entry.id), 'data-dir': dir, 'data-at': str(entry.createdAt) });
    wrap.appendChild(el('div', { class: 'meta' }, [metaText(dir, entry.createdAt)]));
    var reply = p.reply;
    if (dir === 'out' && reply && reply.card) wrap.appendChild(cardNode(reply.card, reply));
    else wrap.appendChild(el('div', { class: 'bubble', text: str(p.text) }));
    return wrap;
  }

  function metaText(dir, at) { return (dir === 'in' ? tr('you') : tr('haili')) + (at ? ' · ' + fmtTime(at) : ''); }

  /** Adds history/poll/reply entries once each; a stored copy of a message we echoed locally replaces the echo. */
  function addEntries(list, forceScroll) {
    if (!Array.isArray(list) || !list.length) return;
    var stick = forceScroll || nearBottom();
    list.forEach(function (entry) {
      if (!entry || !entry.id) return;
      // The poll cursor follows the newest entry seen; replies and polls can arrive out of order.
      if (str(entry.createdAt) >= lastAt) { lastAt = str(entry.createdAt); lastId = entry.id; }
      if (seen.has(entry.id)) return;
      seen.add(entry.id);
      if (entry.direction === 'in') {
        var echo = findEcho(str(entry.payload && entry.payload.text));
        if (echo) { echo.classList.remove('pending'); echo.setAttribute('data-id', entry.id); delete echo.dataset.echo; return; }
      }
      messages.appendChild(entryNode(entry));
    });
    scrollDown(stick);
  }
  function findEcho(text) {
    var echoes = messages.querySelectorAll('.msg.in[data-echo]');
    for (var i = 0; i < echoes.length; i++) if (echoes[i].dataset.echo === text) return echoes[i];
    return null;
  }

  function setSending(on) {
    sending = on;
    sendBtn.disabled = on;
    sendBtn.textContent = on ? tr('sending') : tr('send');
    sendBtn.setAttribute('aria-busy', on ? 'true' : 'false');
  }

  function send() {
    var text = input.value;
    if (sending || !text.trim()) return;
    hideNotice('chat-notice');
    setSending(true);
    var echo = entryNode({ id: '', direction: 'in', payload: { text: text }, createdAt: new Date().toISOString() });
    echo.classList.add('pending');
    echo.dataset.echo = text.slice(0, 20000);
    messages.appendChild(echo);
    var typing = el('div', { class: 'msg out typing', 'data-testid': 'typing', 'aria-label': tr('thinking') }, [el('div', { class: 'bubble' }, [el('span'), el('span'), el('span')])]);
    messages.appendChild(typing);
    scrollDown(true);
    api('POST', '/api/console/messages', { conversation: CONVERSATION, user: USER, text: text })
      .then(function (data) {
        typing.remove();
        echo.classList.remove('pending');
        // Only clear the box if the person has not started typing something new meanwhile.
        if (input.value === text) input.value = '';
        addEntries(data && data.replies, true);
      }, function (err) {
        typing.remove();
        echo.remove();
        // Nothing lost: the typed text stays (or is put back) in the box.
        if (!input.value) input.value = text;
        showNotice('chat-notice', explain(err));
      })
      .then(function () { setSending(false); input.focus(); });
  }

  $('composer').addEventListener('submit', function (e) { e.preventDefault(); send(); });
  input.addEventListener('keydown', function (e) {
    // isComposing: Enter that confirms a Chinese IME candidate must not send the message.
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) { e.preventDefault(); send(); }
  });

  function runAction(action, value, replyLang, button, noticeId) {
    if (button) button.disabled = true;
    var body = { conversation: CONVERSATION, user: USER, action: action, value: str(value) };
    if (replyLang === 'zh' || replyLang === 'en') body.lang = replyLang;
    return api('POST', '/api/console/actions', body).then(function (data) {
      var replies = (data && data.replies) || [];
      addEntries(replies, noticeId === 'chat-notice');
      if (noticeId !== 'chat-notice' && replies.length) {
        var first = replies[0].payload || {};
        var card = first.reply && first.reply.card;
        var isError = first.reply && first.reply.kind === 'error';
        // Done from the inbox offers its Undo right in the notice.
        var undo = card && Array.isArray(card.actions) ? card.actions.filter(function (a) { return a.id === 'reroute' && /^undo\s/.test(str(a.value)); })[0] : null;
        var buttons = [];
        if (undo) {
          var ub = el('button', { type: 'button', class: 'btn', 'data-testid': 'notice-undo', text: str(undo.label) });
          ub.addEventListener('click', function () { runAction('reroute', undo.value, replyLang, ub, noticeId); });
          buttons.push(ub);
        }
        showNotice(noticeId, str(first.text).slice(0, 400), !isError, buttons);
      }
      loadDashboard();
      return true;
    }, function (err) {
      showNotice(noticeId, explain(err));
      return false;
    }).then(function (ok) { if (button && (!ok || button.isConnected)) button.disabled = false; });
  }

  var polling = false;
  var offline = false;
  /** The server's history page size: a full page means there may be older messages to load. */
  var PAGE = 50;
  var historyLoaded = false;
  var oldestId = null;
  var hasOlder = false;
  var loadingOlder = false;
  var olderBtn = $('older');
  function historyUrl() { return '/api/console/messages?conversation=' + encodeURIComponent(CONVERSATION); }

  /** The first load is the newest page, shown from its end; later polls fetch only what is newer. */
  function poll() {
    if (polling) return Promise.resolve();
    polling = true;
    var url = historyUrl() + (lastId ? '&after=' + encodeURIComponent(lastId) : '');
    return api('GET', url).then(function (data) {
      if (offline) { offline = false; refreshHealth(); }
      var list = (data && Array.isArray(data.messages)) ? data.messages : [];
      if (!historyLoaded && !lastId) {
        historyLoaded = true;
        if (list.length) oldestId = list[0].id;
        hasOlder = list.length >= PAGE;
        olderBtn.hidden = !hasOlder;
        addEntries(list, true);
        syncCards();
      } else addEntries(list, false);
    }, function () {
      if (!offline) { offline = true; setHealth(false, tr('offline')); }
    }).then(function () { polling = false; });
  }

  /** Older history goes above what is shown; the scroll position is kept so the reader's place does not jump. */
  function loadOlder() {
    if (loadingOlder || !hasOlder || !oldestId) return;
    loadingOlder = true;
    olderBtn.disabled = true;
    api('GET', historyUrl() + '&before=' + encodeURIComponent(oldestId)).then(function (data) {
      var list = (data && Array.isArray(data.messages)) ? data.messages : [];
      var prevHeight = messages.scrollHeight;
      var prevTop = messages.scrollTop;
      var anchor = welcomeNode.nextSibling;
      list.forEach(function (entry) {
        if (!entry || !entry.id || seen.has(entry.id)) return;
        seen.add(entry.id);
        messages.insertBefore(entryNode(entry), anchor);
      });
      if (list.length) oldestId = list[0].id;
      hasOlder = list.length >= PAGE;
      olderBtn.hidden = !hasOlder;
      messages.scrollTop = prevTop + (messages.scrollHeight - prevHeight);
      syncCards();
    }, function (err) { showNotice('chat-notice', explain(err)); }).then(function () { loadingOlder = false; olderBtn.disabled = false; });
  }
  olderBtn.addEventListener('click', loadOlder);
  messages.addEventListener('scroll', function () { if (messages.scrollTop < 40 && historyLoaded) loadOlder(); });

  // ---------- reminders inbox ----------
  var dashboard = null;

  function fillKindSelect() {
    var select = $('case-kind');
    var current = select.value || 'rectification';
    clear(select);
    Object.keys(KIND_LABELS).forEach(function (k) {
      var o = el('option', { value: k, text: KIND_LABELS[k][lang === 'zh' ? 0 : 1] });
      select.appendChild(o);
    });
    select.value = current;
  }
  function categoryLabel(c) { var pair = CATEGORY_LABELS[c]; return pair ? pair[lang === 'zh' ? 0 : 1] : str(c); }
  function kindLabel(k) { var pair = KIND_LABELS[k]; return pair ? pair[lang === 'zh' ? 0 : 1] : str(k); }

  function openCases() {
    var list = (dashboard && Array.isArray(dashboard.deadlines)) ? dashboard.deadlines : [];
    return list.filter(function (c) { return !c.status || c.status === 'open'; })
      .slice().sort(function (a, b) { return (Date.parse(a.deadline) || 0) - (Date.parse(b.deadline) || 0); });
  }

  function renderCases() {
    var ul = $('case-list');
    if (!ul || !dashboard) return;
    clear(ul);
    var cases = openCases();
    if (!cases.length) { ul.appendChild(el('li', { class: 'empty', 'data-testid': 'no-cases', text: tr('noCases') })); return; }
    cases.forEach(function (c) {
      var u = urgency(c.deadline);
      var li = el('li', { class: 'case ' + u.cls, 'data-testid': 'case-item', 'data-case-id': str(c.id) });
      li.appendChild(el('div', { class: 'case-head' }, [el('span', { class: 'sid', text: 'C' + str(c.shortId) }), str(c.subject)]));
      var actions = el('div', { class: 'case-actions' });
      var doneBtn = el('button', { type: 'button', class: 'btn primary', 'data-testid': 'case-done', 'aria-label': tr('done') + ' C' + str(c.shortId), text: tr('done') });
      var snoozeBtn = el('button', { type: 'button', class: 'btn', 'data-testid': 'case-snooze', 'aria-label': tr('snooze') + ' C' + str(c.shortId), text: tr('snooze') });
      doneBtn.addEventListener('click', function () { confirmDone(li, actions, c); });
      snoozeBtn.addEventListener('click', function () { runAction('snooze', c.id, lang, snoozeBtn, 'inbox-notice'); });
      actions.appendChild(doneBtn);
      actions.appendChild(snoozeBtn);
      li.appendChild(actions);
      li.appendChild(el('div', { class: 'case-meta' }, [
        kindLabel(c.kind) + ' · ' + tr('started') + ' ' + str(c.start) + ' · ' + tr('dueOn') + ' ' + fmtDate(c.deadline) + ' · ',
        el('span', { class: 'case-due ' + u.cls, text: dueText(c.deadline) })
      ]));
      ul.appendChild(li);
    });
  }

  /** Done in the inbox asks once, in place; the notice that follows offers Undo. */
  function confirmDone(li, actions, c) {
    var id = 'C' + str(c.shortId);
    var row = el('div', { class: 'confirm-row', 'data-testid': 'confirm-done' }, [tr('confirmDone', { id: id })]);
    var yes = el('button', { type: 'button', class: 'btn primary', 'data-testid': 'confirm-done-yes', text: tr('yesDone') });
    var no = el('button', { type: 'button', class: 'btn', 'data-testid': 'confirm-done-cancel', text: tr('cancel') });
    yes.addEventListener('click', function () { runAction('done', c.id, lang, yes, 'inbox-notice'); });
    no.addEventListener('click', function () { row.replaceWith(actions); });
    row.appendChild(yes);
    row.appendChild(no);
    actions.replaceWith(row);
    yes.focus();
  }

  $('new-case').addEventListener('submit', function (e) {
    e.preventDefault();
    var form = e.target;
    var body = { kind: $('case-kind').value, subject: $('case-subject').value.trim(), start: $('case-start').value, conversation: CONVERSATION, user: USER, lang: lang };
    if (!body.subject || !body.start) { showNotice('inbox-notice', tr('needSubject')); return; }
    var submit = form.querySelector('button[type="submit"]');
    submit.disabled = true;
    api('POST', '/api/cases', body).then(function (c) {
      showNotice('inbox-notice', tr('created', { id: 'C' + str(c && c.shortId), date: c && c.deadline ? fmtDate(c.deadline) : '' }), true);
      $('case-subject').value = '';
      loadDashboard();
    }, function (err) {
      showNotice('inbox-notice', explain(err)); // the form keeps its values
    }).then(function () { submit.disabled = false; });
  });

  // ---------- dashboard ----------
  var loadingDash = false;
  function loadDashboard() {
    if (loadingDash) return;
    loadingDash = true;
    api('GET', '/api/dashboard').then(function (data) {
      dashboard = data || {};
      hideNotice('dash-notice');
      renderCases();
      renderDashboard();
      syncCards();
    }, function (err) {
      showNotice(currentTab === 'inbox' ? 'inbox-notice' : 'dash-notice', explain(err));
    }).then(function () { loadingDash = false; });
  }

  function renderDashboard() {
    if (!dashboard) return;
    renderTimeline($('timeline'), openCases());
    renderLeaks($('leak-chart'), Array.isArray(dashboard.leaksByWeek) ? dashboard.leaksByWeek : []);
    renderDeclined($('declined'), Array.isArray(dashboard.declined) ? dashboard.declined : []);
    renderDeadLetters($('dead-letters'), Array.isArray(dashboard.deadLetters) ? dashboard.deadLetters : []);
  }

  function renderTimeline(host, cases) {
    clear(host);
    var dated = cases.filter(function (c) { return !isNaN(Date.parse(c.deadline)); });
    if (!dated.length) { host.appendChild(el('p', { class: 'empty', text: tr('noCases') })); return; }
    var now = Date.now();
    var times = dated.map(function (c) { return Date.parse(c.deadline); });
    // Long-overdue cases would stretch the axis over years; they are pinned to a clearly marked left edge instead.
    var floor = startOfDay(now) - PAST_WINDOW_DAYS * DAY;
    var min = Math.max(floor, startOfDay(Math.min.apply(null, times.concat([now]))) - DAY);
    var pinned = false;
    var max = startOfDay(Math.max.apply(null, times.concat([now + 7 * DAY]))) + 2 * DAY;
    // Drawn at the width it is shown at, so 11 px labels stay 11 px on a phone.
    var W = chartWidth(host), left = 24, right = 24, laneH = 26, top = 16;
    // Lanes keep markers that fall close together from overlapping: each case takes the first lane free at its x.
    var lanesEnd = [];
    var x = function (t) { if (t < min) pinned = true; return left + (Math.max(t, min) - min) / (max - min) * (W - left - right); };
    var placed = dated.map(function (c) {
      var cx = x(Date.parse(c.deadline));
      var lane = 0;
      while (lanesEnd[lane] != null && lanesEnd[lane] > cx - 70) lane++;
      lanesEnd[lane] = cx;
      return { c: c, cx: cx, lane: lane };
    });
    var lanes = Math.max(1, lanesEnd.length);
    var axisY = top + lanes * laneH + 8;
    var H = axisY + 34;
    var root = svg('svg', { class: 'chart', viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': tr('timelineLabel', { n: dated.length }), 'data-testid': 'timeline-svg' });
    for (var l = 0; l < lanes; l++) root.appendChild(svg('line', { class: 'lane', x1: left, x2: W - right, y1: top + l * laneH + laneH / 2, y2: top + l * laneH + laneH / 2 }));
    root.appendChild(svg('line', { class: 'axis', x1: left, x2: W - right, y1: axisY, y2: axisY }));
    var span = max - min;
    var step = Math.max(1, Math.ceil(span / DAY / Math.max(3, Math.floor(W / 110)))) * DAY;
    for (var t = min; t <= max; t += step) {
      var tx = x(t);
      root.appendChild(svg('line', { class: 'axis', x1: tx, x2: tx, y1: axisY, y2: axisY + 4 }));
      var d = new Date(t);
      var tick = span > 300 * DAY ? d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') : (d.getMonth() + 1) + '/' + d.getDate();
      root.appendChild(svg('text', { x: tx, y: axisY + 16, 'text-anchor': 'middle' }, tick));
    }
    if (pinned) {
      root.appendChild(svg('line', { class: 'axis', x1: left, x2: left, y1: top - 8, y2: axisY, 'stroke-dasharray': '2 3' }));
      root.appendChild(svg('text', { x: left, y: axisY + 30, 'text-anchor': 'start', 'data-testid': 'timeline-earlier' }, tr('earlier')));
    }
    var nx = x(now);
    root.appendChild(svg('line', { class: 'today', x1: nx, x2: nx, y1: top - 8, y2: axisY + 4 }));
    root.appendChild(svg('text', { class: 'today-label', x: nx, y: axisY + 30, 'text-anchor': 'middle' }, tr('today')));
    placed.forEach(function (p) {
      var cy = top + p.lane * laneH + laneH / 2;
      var u = urgency(p.c.deadline);
      var g = svg('g', { 'data-testid': 'deadline-marker', 'data-case-id': str(p.c.id), class: u.cls });
      g.appendChild(svg('title', {}, 'C' + str(p.c.shortId) + ' ' + str(p.c.subject) + ' — ' + kindLabel(p.c.kind) + ' — ' + tr('dueOn') + ' ' + fmtDate(p.c.deadline) + ' (' + dueText(p.c.deadline) + ')'));
      g.appendChild(svg('circle', { class: 'marker ' + u.cls, cx: p.cx, cy: cy, r: 7 }));
      var label = 'C' + str(p.c.shortId) + ' ' + str(p.c.subject);
      // Near the right edge the label goes to the marker's left, so it is never cut off.
      var leftSide = p.cx > W - right - 110;
      g.appendChild(svg('text', { class: 'marker-label', x: leftSide ? p.cx - 10 : p.cx + 10, y: cy + 4, 'text-anchor': leftSide ? 'end' : 'start' }, label.length > 20 ? label.slice(0, 19) + '…' : label));
      root.appendChild(g);
    });
    host.appendChild(root);
  }

  function chartWidth(host) { return Math.max(300, Math.min(1100, Math.round(host.clientWidth || 960))); }
  function niceStep(max) {
    var raw = Math.max(1, max / 4);
    var p = Math.pow(10, Math.floor(Math.log(raw) / Math.LN10));
    var m = raw / p;
    return Math.max(1, Math.round((m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p));
  }
  var resizeTimer = null;
  window.addEventListener('resize', function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () { if (currentTab === 'dashboard') renderDashboard(); }, 150);
  });

  /** Every week from the earliest finding (at most 8 weeks back) to this week, so empty weeks show as gaps. */
  function weekSlots(present) {
    var monday = function (t) { var d = new Date(t); d.setUTCHours(0, 0, 0, 0); d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7)); return d.getTime(); };
    var thisWeek = monday(Date.now());
    var first = thisWeek - 7 * 7 * DAY;
    var last = thisWeek;
    present.forEach(function (w) { var t = Date.parse(w + 'T00:00:00Z'); if (!isNaN(t)) { first = Math.min(first, monday(t)); last = Math.max(last, monday(t)); } });
    var out = [];
    for (var t = Math.max(first, last - 25 * 7 * DAY); t <= last; t += 7 * DAY) out.push(new Date(t).toISOString().slice(0, 10));
    present.forEach(function (w) { if (out.indexOf(w) < 0) out.push(w); });
    return out.sort();
  }

  function renderLeaks(host, rows) {
    clear(host);
    if (!rows.length) { host.appendChild(el('p', { class: 'empty', text: tr('none') })); return; }
    var weeks = weekSlots(rows.map(function (r) { return str(r.week); }));
    var cats = Array.from(new Set(rows.map(function (r) { return str(r.category); }))).sort();
    var colour = function (c) { return CATEGORY_COLOURS[cats.indexOf(c) % CATEGORY_COLOURS.length]; };
    var totals = {};
    rows.forEach(function (r) { totals[r.week] = (totals[r.week] || 0) + (Number(r.count) || 0); });
    var maxTotal = Math.max.apply(null, weeks.map(function (w) { return totals[w] || 0; }).concat([1]));
    var W = chartWidth(host), H = 180, left = 36, bottom = 24, top = 10;
    var plotH = H - top - bottom;
    var slot = (W - left - 10) / weeks.length;
    var barW = Math.min(56, slot * 0.6);
    var root = svg('svg', { class: 'chart', viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': tr('leakLabel'), 'data-testid': 'leak-svg' });
    // Whole-number ticks at an even step (1, 2, 5, 10, …): counts are integers, the axis says so.
    var tickStep = niceStep(maxTotal);
    maxTotal = tickStep * Math.ceil(maxTotal / tickStep);
    for (var v = 0; v <= maxTotal; v += tickStep) {
      var y = top + plotH - plotH * v / maxTotal;
      root.appendChild(svg('line', { class: v === 0 ? 'axis' : 'lane', 'data-testid': 'leak-tick', 'data-value': v, x1: left, x2: W - 10, y1: y, y2: y }));
      root.appendChild(svg('text', { x: left - 6, y: y + 4, 'text-anchor': 'end' }, String(v)));
    }
    weeks.forEach(function (w, wi) {
      var bx = left + slot * wi + (slot - barW) / 2;
      var acc = 0;
      cats.forEach(function (c) {
        var row = rows.filter(function (r) { return str(r.week) === w && str(r.category) === c; })[0];
        var n = row ? Number(row.count) || 0 : 0;
        if (!n) return;
        var h = plotH * n / maxTotal;
        var rect = svg('rect', { x: bx, y: top + plotH - plotH * (acc + n) / maxTotal, width: barW, height: h, fill: colour(c), 'data-testid': 'leak-bar' });
        rect.appendChild(svg('title', {}, w + ' · ' + categoryLabel(c) + ': ' + n));
        root.appendChild(rect);
        acc += n;
      });
      // On a narrow chart every other week is labelled, so labels never overlap.
      if (slot >= 40 || wi % 2 === weeks.length % 2 || wi === weeks.length - 1) root.appendChild(svg('text', { x: bx + barW / 2, y: H - 8, 'text-anchor': 'middle' }, w.slice(5)));
    });
    host.appendChild(root);
    var legend = el('div', { class: 'legend' });
    cats.forEach(function (c) { var s = el('span', { text: categoryLabel(c) }); s.style.setProperty('--c', colour(c)); legend.appendChild(s); });
    host.appendChild(legend);
  }

  function renderDeclined(ul, list) {
    clear(ul);
    if (!list.length) { ul.appendChild(el('li', { class: 'empty', text: tr('none') })); return; }
    list.forEach(function (q) {
      ul.appendChild(el('li', { 'data-testid': 'declined-item' }, [str(q.question).slice(0, 500), el('span', { class: 'when', text: (q.lang ? q.lang + ' · ' : '') + fmtTime(q.createdAt) })]));
    });
  }

  function renderDeadLetters(ul, list) {
    clear(ul);
    if (!list.length) { ul.appendChild(el('li', { class: 'empty', text: tr('none') })); return; }
    list.forEach(function (d) {
      // Dead letters are engine records; show the fields an operator needs, whatever else they carry.
      var subject = str(d.subject || d.caseSubject || (d.case && d.case.subject) || d.caseId || d.id);
      var why = str(d.error || d.lastError || d.reason || '');
      var when = d.failedAt || d.dueAt || d.updatedAt || d.createdAt;
      var whenText = [when ? fmtTime(when) : '', d.attempts != null ? d.attempts + '×' : ''].filter(Boolean).join(' · ');
      ul.appendChild(el('li', { 'data-testid': 'dead-letter-item' }, [
        subject + (d.platform ? ' [' + d.platform + ']' : ''),
        why ? el('div', { class: 'muted', text: why.slice(0, 300) }) : null,
        whenText ? el('span', { class: 'when', text: whenText }) : null
      ]));
    });
  }

  // ---------- health ----------
  function setHealth(ok, text) {
    var h = $('health');
    h.querySelector('.dot').className = 'dot ' + (ok ? 'ok' : 'bad');
    h.querySelector('.health-text').textContent = text;
  }
  function refreshHealth() {
    fetch('/healthz', { credentials: 'same-origin' }).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (b) {
        var db = b && b.database ? str(b.database.engine) : '';
        setHealth(res.ok, (res.ok ? tr('healthOk') : tr('healthBad')) + (db ? ' · ' + tr('engine') + ' ' + db : ''));
      });
    }, function () { setHealth(false, tr('offline')); });
  }

  // ---------- listing check: a paste area and a results table ----------
  var listingBusy = false;
  var lastListing = null;
  function renderListingResults(data) {
    lastListing = data;
    var body = $('listing-rows');
    clear(body);
    var rows = (data && data.results) || [];
    rows.forEach(function (r) {
      var verdictKey = r.status !== 'checked' ? 'verdictNone' : r.verdict === 'risk' ? 'verdictRisk' : 'verdictOk';
      var findings = el('td', { class: 'findings' });
      var fixes = el('td', { class: 'fix' });
      var clauses = el('td', { class: 'clause' });
      (r.findings || []).forEach(function (f) {
        findings.appendChild(el('div', { class: 'finding' }, [el('strong', { text: str(f.label || f.kind) }), ' ', str(f.detail)]));
        fixes.appendChild(el('div', { class: 'finding', text: str(f.fix) }));
        clauses.appendChild(el('div', { class: 'finding' }, [el('q', { text: str(f.clause) }), lang === 'en' && f.clauseEn ? el('div', { class: 'muted', text: str(f.clauseEn) }) : null]));
      });
      // Nothing found, or nothing to check: say what was (not) read.
      if (!(r.findings || []).length) (r.notes || []).slice(0, 1).forEach(function (n) { findings.appendChild(el('div', { class: 'muted', text: str(n) })); });
      body.appendChild(el('tr', { 'data-verdict': r.status !== 'checked' ? 'none' : str(r.verdict) }, [
        el('td', { text: str(r.index) }),
        el('td', { class: 'title', text: r.title ? str(r.title) : tr('untitled') }),
        el('td', null, [el('span', { class: 'verdict ' + (r.status !== 'checked' ? 'none' : str(r.verdict)), text: tr(verdictKey) })]),
        findings, fixes, clauses
      ]));
    });
    $('listing-summary').textContent = rows.length ? tr('listingSummary', { n: rows.length, k: rows.filter(function (r) { return r.verdict === 'risk'; }).length }) : '';
  }
  $('listing-form').addEventListener('submit', function (e) {
    e.preventDefault();
    if (listingBusy) return;
    var text = $('listing-input').value;
    if (!text.trim()) { showNotice('listing-notice', tr('listingEmpty')); return; }
    hideNotice('listing-notice');
    listingBusy = true;
    var btn = $('listing-check');
    btn.disabled = true;
    btn.textContent = tr('listingChecking');
    api('POST', '/api/listing/check', { text: text, user: USER }).then(renderListingResults, function (err) {
      showNotice('listing-notice', explain(err));
    }).then(function () {
      listingBusy = false;
      btn.disabled = false;
      btn.textContent = tr('listingCheck');
    });
  });
  $('listing-input').addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); $('listing-form').requestSubmit(); }
  });

  // ---------- start ----------
  $('lang-toggle').addEventListener('click', function () {
    lang = lang === 'zh' ? 'en' : 'zh';
    try { localStorage.setItem('haili.lang', lang); } catch (e) { /* storage blocked */ }
    applyLang();
  });
  function localToday() { var d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0'); }
  $('case-start').value = localToday();

  var welcomeNode = el('div', { class: 'msg out', 'data-testid': 'welcome' }, [el('div', { class: 'bubble', text: '' })]);
  messages.appendChild(welcomeNode);
  applyLang();
  healthReady = true;
  refreshHealth();
  loadDashboard();
  poll();
  setInterval(poll, POLL_MS);
  setInterval(loadDashboard, 15000);
  setInterval(refreshHealth, 30000);
  var initial = location.hash.slice(1);
  selectTab(TABS.indexOf(initial) >= 0 ? initial : 'chat');
  window.__haili = { poll: poll, loadDashboard: loadDashboard };
})();
