/*
 * Tasklist's "创建任务" (create task) action stays for administrators alone (loaded through customScripts in
 * config.js): engine/CallerGuard refuses an ad-hoc task from anyone else, so styles/user-styles.css hides the
 * action unless <body> has the class governance-administrator, which this script sets for a user whom the
 * webapps let into Admin (the camunda-admin group; staff groups get Tasklist only). The header is rendered again
 * at each login, so the check runs again whenever a new action appears.
 */
const ADMIN_API = document.querySelector('base')?.getAttribute('admin-api') || '/camunda/api/admin/';

let checked = null;

async function markAdministrator() {
  const response = await fetch(ADMIN_API + 'auth/user/default', {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  });
  const user = response.ok ? await response.json() : {};
  document.body.classList.toggle('governance-administrator', (user.authorizedApps || []).includes('admin'));
}

if (typeof document !== 'undefined') {
  new MutationObserver(() => {
    const action = document.querySelector('.create-task-action');
    if (action && action !== checked) {
      checked = action;
      markAdministrator().catch(() => document.body.classList.remove('governance-administrator'));
    }
  }).observe(document.body, { childList: true, subtree: true });
}
