/*
 * Decision variables are read-only in Cockpit's variable tables (loaded through customScripts in config.js): the
 * engine refuses to set, change or delete approved, comment, the {activityId}Approved and {activityId}Comment
 * mirrors, outcome and the other inputs of task forms, administrators included (engine/DecisionVariables,
 * engine/CallerGuard: 403), so their rows get the class governance-decision-variable, which styles/user-styles.css
 * uses to hide the edit and delete buttons. The names come from the service, which derives them from the
 * deployed models and forms (/camunda/app/governance/decision-variables.json). Other variables stay editable.
 */
const APP_ROOT = document.querySelector('base')?.getAttribute('app-root') || '/camunda';

let names = null;

async function load() {
  const response = await fetch(APP_ROOT + '/app/governance/decision-variables.json', {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  });
  names = response.ok ? new Set(await response.json()) : new Set();
  mark();
}

function mark() {
  if (!names) {
    return;
  }
  document.querySelectorAll('[cam-widget-variables-table] tbody > tr').forEach((row) => {
    const name = row.querySelector('td.col-name')?.textContent.trim();
    const decision = names.has(name);
    if (row.classList.contains('governance-decision-variable') !== decision) {
      row.classList.toggle('governance-decision-variable', decision);
    }
  });
}

if (typeof document !== 'undefined') {
  load().catch(() => {
    names = new Set();
  });
  new MutationObserver(mark).observe(document.body, { childList: true, subtree: true, characterData: true });
}
