/*
 * Chinese for the words Cockpit writes in English whatever the locale (loaded through customScripts in config.js):
 * the variable table of camunda-commons-ui has its column "Actions" and its links "Download" and "Upload" in its
 * template, not in the locale files. For a browser whose preferred language is Chinese this script rewrites them
 * in place as they are rendered; other browsers keep the English text.
 */
import { chinese } from '../../governance/webapp-config.js';

/** Each English text, by where it stands (a CSS selector its element matches), and its Chinese. */
const TEXTS = [
  ['[cam-widget-variables-table] thead td.actions', 'Actions', '操作'],
  ['[cam-widget-variables-table] a', 'Download', '下载'],
  ['[cam-widget-variables-table] a', 'Upload', '上传']
];

function rewrite(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue.trim();
    const element = node.parentElement;
    for (const [where, english, chineseText] of TEXTS) {
      if (text === english && element?.matches(where)) {
        node.nodeValue = chineseText;
      }
    }
  }
}

if (typeof document !== 'undefined' && chinese) {
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      const target = mutation.target.nodeType === Node.TEXT_NODE ? mutation.target.parentNode : mutation.target;
      if (target) {
        rewrite(target);
      }
    }
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
}
