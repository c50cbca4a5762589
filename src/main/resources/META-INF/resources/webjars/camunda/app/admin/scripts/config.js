/*
 * Replaces the config.js shipped in camunda-webapp-webjar 7.24.0 (Apache License 2.0), which sets nothing: adds
 * Simplified Chinese. The webapp picks the browser's first preferred language, cut at "-" ("zh-CN" -> "zh"), among
 * availableLocales, else fallbackLocale. `chinese` repeats that rule for the app name below.
 */
const chinese = (navigator.languages?.[0] || navigator.language || '').toLowerCase().split('-')[0] === 'zh';

export default {
  app: {
    vendor: chinese ? '学生会治理' : 'Student Union Governance',
    name: chinese ? '系统管理' : 'Admin'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    // zh falls back to zh, so that a Chinese browser loads zh.json alone: each loaded file applies its dateLocales
    // to moment.js, and en.json, loaded second as fallback, would turn dates and "5 分钟前" back into English
    fallbackLocale: chinese ? 'zh' : 'en'
  }
};
