/*
 * Replaces the config.js shipped in camunda-webapp-webjar 7.24.0 (Apache License 2.0): adds Simplified Chinese.
 * The webapp picks the browser's first preferred language, cut at "-" ("zh-CN" -> "zh"), among availableLocales,
 * else fallbackLocale. `chinese` repeats that rule for the texts this file itself carries.
 */
const chinese = (navigator.languages?.[0] || navigator.language || '').toLowerCase().split('-')[0] === 'zh';

export default {
  app: {
    vendor: chinese ? '学生会治理' : 'Student Union Governance',
    name: chinese ? '任务列表' : 'Tasklist'
  },
  // dateFormat is left at its defaults (LL, LLL, LLLL, lll): moment.js tokens that zh.json's dateLocales turn into
  // 2026年11月24日 15:03 for Chinese browsers and that stay English for the others
  // Chinese validation messages for Camunda Forms (form-js has English ones only)
  customScripts: ['scripts/form-messages-zh'],
  locales: {
    availableLocales: ['zh', 'en'],
    // zh falls back to zh, so that a Chinese browser loads zh.json alone: each loaded file applies its dateLocales
    // to moment.js, and en.json, loaded second as fallback, would turn dates and "5 分钟前" back into English
    fallbackLocale: chinese ? 'zh' : 'en'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: chinese ? '认领当前选中的任务' : 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: chinese ? '将焦点移到过滤器列表的第一项' : 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: chinese ? '将焦点移到任务列表的第一项' : 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: chinese ? '将焦点移到任务表单的第一个输入框' : 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: chinese ? '打开“启动流程”对话框' : 'opens the start process modal dialog'
    }
  }
};
