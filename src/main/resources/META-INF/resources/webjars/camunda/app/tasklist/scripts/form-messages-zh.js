/*
 * Chinese validation messages for Camunda Forms in Tasklist (loaded through customScripts in config.js).
 *
 * form-js, bundled in Tasklist 7.24, writes its validation messages, the texts of its select fields and its
 * date fields' calendar in English only ("Field is required.", "Select", "January", "Sun") and offers no
 * setting for them. For a browser whose preferred language is Chinese this script rewrites each text in
 * place as form-js renders it; the figures (length, value, pattern) are kept. Other browsers keep the
 * English text.
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

/** The calendar of date fields (flatpickr inside form-js): month names and weekdays. */
const CALENDAR = {
  January: '一月', February: '二月', March: '三月', April: '四月', May: '五月', June: '六月',
  July: '七月', August: '八月', September: '九月', October: '十月', November: '十一月', December: '十二月',
  Sun: '日', Mon: '一', Tue: '二', Wed: '三', Thu: '四', Fri: '五', Sat: '六'
};

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
  if (!element || !element.closest('.fjs-container')) {
    return null;
  }
  if (element.closest('.fjs-form-field-error')) {
    return translate(node.nodeValue);
  }
  const words = element.closest('.flatpickr-calendar') ? CALENDAR : WORDS;
  return words[node.nodeValue.trim()] || null;
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
