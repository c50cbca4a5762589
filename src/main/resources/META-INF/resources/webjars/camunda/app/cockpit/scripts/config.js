/*
 * Replaces the config.js shipped in camunda-webapp-webjar 7.24.0 (Apache License 2.0), which sets nothing:
 * Simplified Chinese beside English (../../governance/webapp-config.js).
 */
import { webappConfig } from '../../governance/webapp-config.js';

export default webappConfig('流程监控', 'Cockpit', {
  // the case-file button on each process instance's page and the dashboard's link to all case files
  customScripts: ['scripts/case-file-links']
});
