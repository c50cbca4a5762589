/*
 * Replaces the config.js shipped in camunda-webapp-webjar 7.24.0 (Apache License 2.0), which sets nothing:
 * Simplified Chinese beside English (../../governance/webapp-config.js), and dates as 2026-12-01 09:30 (Admin's
 * bundle ignores config.js's dateFormat: ../../governance/dates.js).
 */
import { webappConfig } from '../../governance/webapp-config.js';

export default webappConfig('系统管理', 'Admin', {
  customScripts: ['../governance/dates']
});
