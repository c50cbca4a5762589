/*
 * Replaces the config.js shipped in camunda-webapp-webjar 7.24.0 (Apache License 2.0): Simplified Chinese beside
 * English (../../governance/webapp-config.js), the shipped keyboard shortcuts with Chinese descriptions, and the
 * Chinese texts for Camunda Forms.
 */
import { chinese, webappConfig } from '../../governance/webapp-config.js';

export default webappConfig('任务列表', 'Tasklist', {
  // dateFormat comes from webapp-config.js: 2026-12-01 09:30 for Chinese and English browsers alike (Tasklist's
  // config/date.js gives it to the camDate filter; zh.json's dateLocales still give Chinese relative times)
  // Chinese for the texts form-js and the date picker have in English only (scripts/chinese-texts.js)
  // and the create-task action for administrators only (scripts/staff-actions.js, styles/user-styles.css)
  // and "我的流程" in the header, the list of the user's procedures with their outcomes (scripts/case-file-links.js)
  customScripts: ['scripts/chinese-texts', 'scripts/staff-actions', 'scripts/case-file-links'],
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
});
