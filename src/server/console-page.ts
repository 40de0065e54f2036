import fs from 'node:fs';
import { consoleLabels } from '../checker/categories.js';

/**
 * The local web console: one self-contained HTML page (inline CSS and JS, no external requests,
 * no build step). The stylesheet and script live next to this file as plain .css/.js so they stay
 * readable and syntax-checkable; they are inlined once and cached.
 */
let cached: string | null = null;

export function consolePage(): string {
  cached ??= render(readAsset('console.css'), readAsset('console.js').replace('/*CATEGORY_LABELS*/{}', JSON.stringify(consoleLabels())));
  return cached;
}

function readAsset(name: string): string {
  return fs.readFileSync(new URL(`./console/${name}`, import.meta.url), 'utf8');
}

function render(css: string, js: string): string {
  // Inline <script>/<style> end at the first closing tag; the assets must never contain one.
  if (/<\/(script|style)/i.test(css + js)) throw new Error('console asset contains a closing script/style tag');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'">
<link rel="icon" href="data:,">
<title>海狸 Haili</title>
<style>${css}</style>
</head>
<body>
<header class="top">
  <div class="brand"><span class="logo" aria-hidden="true">狸</span><span>海狸 Haili<small data-i18n="tagline">合规助手</small></span></div>
  <nav class="tabs" role="tablist" data-i18n-aria="tabsLabel" aria-label="Sections">
    <button type="button" role="tab" id="tab-chat" data-testid="tab-chat" aria-controls="panel-chat" aria-selected="true" data-i18n="tabChat">对话</button>
    <button type="button" role="tab" id="tab-inbox" data-testid="tab-inbox" aria-controls="panel-inbox" aria-selected="false" tabindex="-1" data-i18n="tabInbox">提醒</button>
    <button type="button" role="tab" id="tab-listing" data-testid="tab-listing" aria-controls="panel-listing" aria-selected="false" tabindex="-1" data-i18n="tabListing">商品检查</button>
    <button type="button" role="tab" id="tab-dashboard" data-testid="tab-dashboard" aria-controls="panel-dashboard" aria-selected="false" tabindex="-1" data-i18n="tabDashboard">看板</button>
  </nav>
  <div class="top-tools">
    <span class="health" id="health" data-testid="health" role="status"><span class="dot" aria-hidden="true"></span><span class="health-text">…</span></span>
    <button type="button" class="lang-toggle" id="lang-toggle" data-testid="lang-toggle" data-i18n-aria="langToggle" aria-label="Switch language">English</button>
  </div>
</header>
<main>
  <section class="tab-panel" id="panel-chat" role="tabpanel" aria-labelledby="tab-chat">
    <div class="panel chat">
      <div id="messages" data-testid="messages" role="log" aria-live="polite" data-i18n-aria="messagesLabel" aria-label="Conversation"><button type="button" class="btn older" id="older" data-testid="older" hidden>…</button></div>
      <form class="composer" id="composer" novalidate>
        <div class="notice" id="chat-notice" data-testid="chat-notice" role="alert" hidden><p class="notice-text"></p><button type="button" class="close" data-i18n-aria="dismiss" aria-label="Dismiss">×</button></div>
        <div class="composer-row">
          <label for="chat-input" class="sr-only" data-i18n="inputLabel">消息</label>
          <textarea id="chat-input" data-testid="chat-input" rows="2" data-i18n-placeholder="placeholder" placeholder=""></textarea>
          <button type="submit" class="btn primary" id="send" data-testid="send" data-i18n="send">发送</button>
        </div>
        <div class="hint" data-i18n="hint">Enter 发送，Shift+Enter 换行</div>
      </form>
    </div>
  </section>

  <section class="tab-panel" id="panel-inbox" role="tabpanel" aria-labelledby="tab-inbox" hidden>
    <div class="notice" id="inbox-notice" data-testid="inbox-notice" role="status" hidden><p class="notice-text"></p><button type="button" class="close" data-i18n-aria="dismiss" aria-label="Dismiss">×</button></div>
    <div class="panel">
      <h2 data-i18n="openCases">待办期限</h2>
      <ul class="case-list" id="case-list" data-testid="case-list" data-i18n-aria="openCases" aria-label="Open deadlines"></ul>
    </div>
    <div class="panel">
      <h2 data-i18n="newCase">新建提醒</h2>
      <form class="new-case" id="new-case" data-testid="new-case" novalidate>
        <label><span data-i18n="kind">类型</span>
          <select name="kind" id="case-kind" data-testid="case-kind" required></select></label>
        <label><span data-i18n="subject">对象（产品 ID / 店铺）</span>
          <input name="subject" id="case-subject" data-testid="case-subject" maxlength="200" required></label>
        <label><span data-i18n="startDate">起始日期</span>
          <input name="start" id="case-start" data-testid="case-start" type="date" required></label>
        <button type="submit" class="btn primary" data-testid="case-submit" data-i18n="create">创建</button>
      </form>
    </div>
  </section>

  <section class="tab-panel" id="panel-listing" role="tabpanel" aria-labelledby="tab-listing" hidden>
    <div class="notice" id="listing-notice" data-testid="listing-notice" role="status" hidden><p class="notice-text"></p><button type="button" class="close" data-i18n-aria="dismiss" aria-label="Dismiss">×</button></div>
    <div class="panel">
      <h2 data-i18n="listingPaste">粘贴商品信息</h2>
      <form class="listing-form" id="listing-form" data-testid="listing-form" novalidate>
        <label for="listing-input" class="sr-only" data-i18n="listingPaste">粘贴商品信息</label>
        <textarea id="listing-input" data-testid="listing-input" rows="10" data-i18n-placeholder="listingPlaceholder" placeholder=""></textarea>
        <div class="listing-tools">
          <span class="hint" data-i18n="listingHint">可一次粘贴多个商品，用单独一行 --- 分隔。</span>
          <button type="submit" class="btn primary" id="listing-check" data-testid="listing-check" data-i18n="listingCheck">检查</button>
        </div>
      </form>
    </div>
    <div class="panel">
      <h2 data-i18n="listingResults">检查结果</h2>
      <p class="listing-summary" id="listing-summary" data-testid="listing-summary" role="status"></p>
      <div class="table-wrap"><table class="listing-table" id="listing-table" data-testid="listing-table">
        <thead><tr><th scope="col">#</th><th scope="col" data-i18n="colListing">商品</th><th scope="col" data-i18n="colVerdict">结论</th><th scope="col" data-i18n="colFindings">问题与证据</th><th scope="col" data-i18n="colFix">修改建议</th><th scope="col" data-i18n="colClause">简报条款</th></tr></thead>
        <tbody id="listing-rows" data-testid="listing-rows"></tbody>
      </table></div>
    </div>
  </section>

  <section class="tab-panel" id="panel-dashboard" role="tabpanel" aria-labelledby="tab-dashboard" hidden>
    <div class="notice" id="dash-notice" data-testid="dash-notice" role="status" hidden><p class="notice-text"></p><button type="button" class="close" data-i18n-aria="dismiss" aria-label="Dismiss">×</button></div>
    <div class="panel">
      <h2 data-i18n="timeline">期限时间轴</h2>
      <div id="timeline" data-testid="timeline"></div>
    </div>
    <div class="panel">
      <h2 data-i18n="leaks">每周泄露发现（按类别）</h2>
      <div id="leak-chart" data-testid="leak-chart"></div>
    </div>
    <div class="grid2">
      <div class="panel"><h2 data-i18n="declined">未能回答的问题</h2><ul class="plain" id="declined" data-testid="declined"></ul></div>
      <div class="panel"><h2 data-i18n="deadLetters">投递失败的提醒</h2><ul class="plain" id="dead-letters" data-testid="dead-letters"></ul></div>
    </div>
  </section>
</main>
<script>${js}</script>
</body>
</html>`;
}
