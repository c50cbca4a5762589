/*
 * Chinese texts that Tasklist's bundled libraries write in English only (loaded through customScripts in
 * config.js): Camunda Forms (form-js) validation messages ("Field is required."), its select fields
 * ("Select", "Search") and its date fields' calendar (flatpickr: "January", "Sun"), and Tasklist's own
 * date picker for due and follow-up dates (AngularJS UI Bootstrap: "November 2026", "Sun", "Today").
 * None of them offers a setting. For a browser whose preferred language is Chinese this script rewrites
 * each text in place as it is rendered; the figures (length, value, pattern) are kept. Other browsers keep
 * the English text. It also joins a notification's heading and the server's message with a Chinese colon:
 * the template puts " : " between them ("流程无法启动 : 启动被拒绝…"), so the headings in locales/zh.json end
 * without punctuation and read "流程无法启动：启动被拒绝…".
 */
const MESSAGES = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must have minimum length of (\d+)\.$/, (n) => `至少填写 ${n} 个字符。`],
  [/^Field must have maximum length of (\d+)\.$/, (n) => `最多填写 ${n} 个字符。`],
  [/^Field must have minimum value of (.+)\.$/, (n) => `不得小于 ${n}。`],
  [/^Field must have maximum value of (.+)\.$/, (n) => `不得大于 ${n}。`],
  [/^Field must match pattern (.+)\.$/, (p) => `格式不正确（须符合 ${p}）。`],
  [/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱地址。'],
  [/^Field must be a valid\s+international phone number\..*$/, () => '请填写有效的国际电话号码（如 +8610xxxxxxxx）。']
];

/** Fixed texts of form-js's select fields. */
const WORDS = {
  'Select': '请选择',
  'No results': '无匹配项',
  'All values selected': '已全部选择'
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const MONTHS_ZH = ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAYS_ZH = ['日', '一', '二', '三', '四', '五', '六'];

/** Month names and weekdays of both calendars, and the buttons of Tasklist's date picker. */
const CALENDAR = {
  ...Object.fromEntries(MONTHS.map((month, i) => [month, MONTHS_ZH[i]])),
  ...Object.fromEntries(WEEKDAYS.map((day, i) => [day, WEEKDAYS_ZH[i]])),
  Today: '今天', Clear: '清除', Done: '完成'
};

/** A text of Tasklist's date picker: its title ("November 2026" -> "2026年11月") or a calendar word. */
function datePickerText(text) {
  const title = /^([A-Za-z]+) (\d{4})$/.exec(text);
  if (title && MONTHS.includes(title[1])) {
    return `${title[2]}年${MONTHS.indexOf(title[1]) + 1}月`;
  }
  return CALENDAR[text] || null;
}

/** The Chinese text of a form-js message, or null for a text that is not one. */
export function translate(text) {
  const message = text.trim();
  for (const [pattern, chinese] of MESSAGES) {
    const match = pattern.exec(message);
    if (match) {
      return chinese(match[1]);
    }
  }
  return null;
}

/** The same choice as config.js: the browser's first preferred language. */
function prefersChinese() {
  return (navigator.languages?.[0] || navigator.language || '').toLowerCase().split('-')[0] === 'zh';
}

function chineseText(node) {
  const element = node.parentElement;
  if (!element) {
    return null;
  }
  const text = node.nodeValue.trim();
  if (element.closest('.uib-daypicker, .uib-monthpicker, .uib-yearpicker, .uib-datepicker-popup')) {
    return datePickerText(text);
  }
  if (!element.closest('.fjs-container')) {
    return null;
  }
  if (element.closest('.fjs-form-field-error')) {
    return translate(text);
  }
  return (element.closest('.flatpickr-calendar') ? CALENDAR : WORDS)[text] || null;
}

/** A notification's heading, the template's ASCII colon and the message, joined by a Chinese colon. */
function joinNotifications(root) {
  root.querySelectorAll('.notifications .alert strong.status').forEach((status) => {
    const colon = status.nextElementSibling;
    if (colon?.tagName === 'STRONG' && colon.textContent.trim() === ':') {
      colon.textContent = '：';
      status.parentNode.childNodes.forEach((node) => {
        if (node.nodeType === Node.TEXT_NODE && node.nodeValue && !node.nodeValue.trim()) {
          node.nodeValue = '';
        }
      });
    }
  });
}

function rewrite(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const chinese = chineseText(node);
    if (chinese) {
      node.nodeValue = chinese;
    }
  }
  if (root.querySelectorAll) {
    root.querySelectorAll('.fjs-container input[placeholder="Search"]').forEach((input) => {
      input.placeholder = '搜索';
    });
    joinNotifications(root);
  }
}

if (typeof document !== 'undefined' && prefersChinese()) {
  // index.html says lang="en": CJK fonts and screen readers follow the page language
  document.documentElement.lang = 'zh-CN';
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      const target = mutation.target.nodeType === Node.TEXT_NODE ? mutation.target.parentNode : mutation.target;
      if (target) {
        rewrite(target);
      }
    }
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
}
