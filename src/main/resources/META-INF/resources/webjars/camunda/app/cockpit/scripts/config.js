/*
 * Replaces the config.js shipped in camunda-webapp-webjar 7.24.0 (Apache License 2.0), which sets nothing:
 * Simplified Chinese beside English (../../governance/webapp-config.js), and four scripts: dates as 2026-12-01 09:30
 * (Cockpit's bundle ignores config.js's dateFormat: ../../governance/dates.js), Chinese for the words Cockpit's
 * variable table writes in English only (scripts/chinese-texts.js), no edit or delete button on decision
 * variables (scripts/decision-variables.js), and the way to the case files: a button on each process instance's
 * page and a link on the dashboard (scripts/case-file-links.js).
 */
import { webappConfig } from '../../governance/webapp-config.js';

export default webappConfig('流程监控', 'Cockpit', {
  customScripts: ['../governance/dates', 'scripts/chinese-texts', 'scripts/decision-variables',
    'scripts/case-file-links']
});
