/*
 * The part of config.js that Tasklist, Cockpit, Admin and Welcome share: Simplified Chinese beside English.
 * The webapp picks the browser's first preferred language, cut at "-" ("zh-CN" -> "zh"), among
 * availableLocales, else fallbackLocale; `chinese` repeats that rule for the names and texts of config.js.
 */
export const chinese = (navigator.languages?.[0] || navigator.language || '').toLowerCase().split('-')[0] === 'zh';

/** The config of one app, named in both languages, with the app's own settings added. */
export function webappConfig(chineseName, englishName, settings = {}) {
  return {
    app: {
      vendor: chinese ? '学生会治理' : 'Student Union Governance',
      name: chinese ? chineseName : englishName
    },
    locales: {
      availableLocales: ['zh', 'en'],
      // zh falls back to zh, so that a Chinese browser loads zh.json alone: each loaded file applies its dateLocales
      // to moment.js, and en.json, loaded second as fallback, would turn dates and "5 分钟前" back into English
      fallbackLocale: chinese ? 'zh' : 'en'
    },
    ...settings
  };
}
