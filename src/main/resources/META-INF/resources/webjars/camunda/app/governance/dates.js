/*
 * Dates as 2026-12-01 09:30 in Cockpit and Admin as in Tasklist (loaded through customScripts in their config.js).
 * Tasklist gives config.js's dateFormat to the camDate filter; Cockpit's bundle ignores it and fixes its own
 * formats ("normal" 2026-12-01T09:30:00, the others moment.js's locale formats LLLL, LL, lll), and Admin keeps
 * camDate's defaults. Custom scripts are loaded after the app's module is configured and before AngularJS starts,
 * so a config block added here to the app's custom module (cam.cockpit.custom, started after cam.cockpit) runs
 * last and sets the formats of webapp-config.js.
 */
import { DATE_FORMAT } from './webapp-config.js';

const app = document.querySelector('base')?.getAttribute('app-name');

function customModule() {
  try {
    return window.angular.module(`cam.${app}.custom`);
  } catch (missing) {
    return window.angular.module(`cam.${app}`);
  }
}

if (window.angular && app) {
  customModule().config(['camDateFormatProvider', (formats) => {
    Object.entries(DATE_FORMAT).forEach(([variant, format]) => formats.setDateFormat(format, variant));
  }]);
}

