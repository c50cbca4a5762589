/*
 * The part of config.js that Tasklist, Cockpit, Admin and Welcome share: Simplified Chinese beside English.
 * The webapp picks the browser's first preferred language, cut at "-" ("zh-CN" -> "zh"), among
 * availableLocales, else fallbackLocale; `chinese` repeats that rule for the names and texts of config.js.
 */
export const chinese = (navigator.languages?.[0] || navigator.language || '').toLowerCase().split('-')[0] === 'zh';

/**
 * Dates as 2026-12-01 09:30 in every app and language, seconds only in Tasklist's "long" (the tooltip of a task's
 * created, due and follow-up dates): moment.js formats by the variant of the camDate filter. Tasklist reads them
 * from config.js; Cockpit and Admin do not (their bundles fix their own), so scripts/dates.js gives them the same.
 * With explicit formats, zh.json's dateLocales only give Chinese relative times ("5 分钟前"), month and weekday names.
 */
export const DATE_FORMAT = {
  monthName: 'MMMM',
  day: 'DD',
  abbr: 'YYYY-MM-DD HH:mm',
  normal: 'YYYY-MM-DD HH:mm',
  long: 'YYYY-MM-DD HH:mm:ss',
  short: 'YYYY-MM-DD'
};

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
    dateFormat: DATE_FORMAT,
    ...settings
  };
}
