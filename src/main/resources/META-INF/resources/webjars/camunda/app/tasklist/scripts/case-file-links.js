/*
 * "我的流程" in Tasklist's header (loaded through customScripts in config.js): the page of the service that lists the
 * procedures the signed-in user's groups started or decided in, running or ended, with outcome and reason
 * (api/CaseFilePages, /case-files). A nominator learns there that a nomination ended, however it ended (an ineligible
 * nominee ends at once, before any task exists); each line opens the procedure's case file. The header is rendered
 * again at each login, so the link is put back whenever it is missing.
 */
const CHINESE = (navigator.languages?.[0] || navigator.language || '').toLowerCase().split('-')[0] === 'zh';

function addLink() {
  const menu = document.querySelector('[cam-widget-header] .cam-nav.app-menu > ul');
  if (!menu || !menu.querySelector('.account') || menu.querySelector('.governance-case-files')) {
    return;
  }
  const item = document.createElement('li');
  item.className = 'governance-case-files';
  const link = document.createElement('a');
  link.href = '/case-files';
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = CHINESE ? '我的流程' : 'My procedures';
  link.title = CHINESE ? '本组织发起或参与审批的流程：进度、结果和原因' : 'Procedures your groups started or decided in';
  item.appendChild(link);
  menu.insertBefore(item, menu.firstChild);
}

if (typeof document !== 'undefined') {
  new MutationObserver(addLink).observe(document.body, { childList: true, subtree: true });
  addLink();
}
