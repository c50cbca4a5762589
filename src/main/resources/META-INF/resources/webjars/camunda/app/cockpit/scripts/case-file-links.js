/*
 * Cockpit plugins (Camunda 7.14+ plugin API; loaded through customScripts in config.js) that lead to the service's
 * case files (流程档案, api/CaseFilePages): a button on every process instance's page, and on the dashboard a link to
 * the list of all procedures. Cockpit Community Edition cannot open a finished instance at all; the list reaches
 * every procedure, running or ended, with who decided what and the path taken.
 */
const CHINESE = (navigator.languages?.[0] || navigator.language || '').toLowerCase().split('-')[0] === 'zh';

function link(href, text, className) {
  const a = document.createElement('a');
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener';
  a.className = className;
  a.textContent = text;
  return a;
}

export default [
  {
    id: 'governance.caseFileAction',
    pluginPoint: 'cockpit.processInstance.runtime.action',
    priority: 30,
    render: (node, { processInstanceId }) => {
      node.appendChild(link('/case-files/' + encodeURIComponent(processInstanceId),
        CHINESE ? '流程档案' : 'Case file', 'btn btn-default governance-case-file'));
    }
  },
  {
    id: 'governance.caseFilesDashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 5,
    render: (node) => {
      const section = document.createElement('section');
      section.className = 'governance-case-files';
      const title = document.createElement('h3');
      title.textContent = CHINESE ? '流程档案' : 'Case files';
      const text = document.createElement('p');
      text.append(CHINESE ? '每个流程（进行中或已结束）的对象、结果和原因、审批记录和走过的路径：'
        : 'Every procedure, running or ended, with its outcome, approval record and path: ');
      text.appendChild(link('/case-files', CHINESE ? '全部流程' : 'all procedures', 'governance-case-files-link'));
      section.append(title, text);
      node.appendChild(section);
    }
  }
];
