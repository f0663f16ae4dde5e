'use strict';
(async () => {
  const {json, el, who} = Hezuo;
  const $ = id => document.getElementById(id);
  await who();
  const problemList = ps => el('table', {class: 'problems'}, el('tr', {}, el('th', {}, '文件:行'), el('th', {}, '代码'), el('th', {}, '原因')),
    ps.map(p => el('tr', {}, el('td', {class: 'mono'}, p.file + (p.line ? ':' + p.line : '') + (p.column ? ':' + p.column : '')), el('td', {class: 'mono'}, p.code), el('td', {}, p.message))));
  const scenarioList = ss => el('table', {class: 'scenarios'}, el('tr', {}, el('th', {}, '结果'), el('th', {}, '场景'), el('th', {}, '文件'), el('th', {}, '差异')),
    ss.map(s => el('tr', {}, el('td', {}, el('span', {class: 'badge ' + (s.passed ? 'out-COMPLIANT' : 'out-NON_COMPLIANT')}, s.passed ? '通过' : '失败')), el('td', {}, s.name), el('td', {class: 'mono'}, s.file), el('td', {}, (s.mismatches || []).join('；')))));
  const report = (r, target) => {
    const rep = r.report;
    // replaceChildren prints a null argument as the text "null": pass only the parts there are
    target.replaceChildren(...[
      el('div', {class: 'msg ' + (r.ok ? 'ok' : 'error')}, r.ok ? '检查通过：' : '有问题：', r.summary.split('\n')[0]),
      rep.problems.length ? problemList(rep.problems) : null,
      rep.scenarios.length ? el('div', {}, el('h3', {}, '场景结果'), scenarioList(rep.scenarios)) : null].filter(Boolean));
  };

  // the case types a pack reviews, in Chinese (全部 when it reviews every case)
  let typeNames = null;
  async function loadTypeNames() {
    if (typeNames) return;
    const t = await json('GET', '/case-types');
    typeNames = t.ok ? Object.fromEntries(t.data.map(x => [x.code, x.label])) : {};
  }
  function caseTypeNames(codes) {
    return !codes || !codes.length ? '全部' : codes.map(c => (typeNames || {})[c] || c).join('、');
  }

  async function load() {
    const s = await json('GET', '/rules/status');
    if (s.status === 403) { $('denied').replaceChildren(el('div', {class: 'msg error'}, s.data.message)); document.querySelectorAll('section').forEach(x => x.classList.add('hidden')); return; }
    if (!s.ok) { $('status').textContent = s.data.message; return; }
    await loadTypeNames();
    const st = s.data;
    $('status').replaceChildren(
      el('p', {}, '版本 ', el('b', {class: 'mono', id: 'version'}, st.versionInForce || '（无）'), '　启用于 ', st.activatedAt || '', '　场景通过 ', String(st.scenariosPassed), '　规则目录 ', el('span', {class: 'mono'}, st.rulesDirectory)),
      el('table', {}, el('tr', {}, el('th', {}, '规则包'), el('th', {}, '规则数'), el('th', {}, '场景数'), el('th', {title: '规则都以案件类型开头的规则包只审查这些类型的案件'}, '审查的案件')), st.packs.map(p => el('tr', {}, el('td', {}, p.name), el('td', {}, String(p.rules)), el('td', {}, String(p.scenarios)), el('td', {}, caseTypeNames(p.caseTypes))))),
      // rules in force that failed on a case: those cases went to review; the rule needs mending
      (st.ruleErrors || []).length ? el('div', {class: 'msg error', id: 'ruleErrors'}, el('b', {}, '在用规则执行出错（有关案件已转人工复核，请修改规则）'), problemList(st.ruleErrors)) : '');
    const lr = st.lastRefusal;
    $('refusal').replaceChildren(lr ? el('div', {}, el('p', {}, (lr.at || '') + '　操作人 ' + (lr.actor || '') + '　版本 ', el('span', {class: 'mono'}, lr.version)), problemList(lr.problems),
      lr.scenarios.filter(x => !x.passed).length ? scenarioList(lr.scenarios.filter(x => !x.passed)) : null) : el('p', {}, '没有被拒绝的启用。'));
    const v = await json('GET', '/rules/versions');
    $('versions').replaceChildren(el('table', {}, (v.data || []).map(ver => el('tr', {}, el('td', {class: 'mono'}, ver),
      el('td', {}, ver === st.versionInForce ? '在用' : el('button', {class: 'light', onclick: () => rollback(ver)}, '回滚到此版本'))))));
    const h = await json('GET', '/rules/history');
    $('history').replaceChildren(el('table', {}, el('tr', {}, el('th', {}, '时间'), el('th', {}, '版本'), el('th', {}, '结果'), el('th', {}, '操作人'), el('th', {}, '来源')),
      (h.data || []).slice(0, 20).map(r => el('tr', {}, el('td', {}, r.at), el('td', {class: 'mono'}, r.version), el('td', {}, r.activated ? '已启用' : '拒绝'), el('td', {}, r.actor || ''), el('td', {class: 'mono'}, r.source || '')))));
    await templates();
  }

  // the templates directory is looked at again whenever the document service is used: a template
  // saved with a mistake shows here with its reason, and its previous version (if any) still serves
  async function templates() {
    const [t, p] = await Promise.all([json('GET', '/templates'), json('GET', '/templates/problems')]);
    if (!t.ok || !p.ok) { $('templates').textContent = (t.ok ? p : t).data.message; return; }
    $('templates').replaceChildren(...[
      el('p', {}, '在用模板 ' + t.data.length + ' 个：' + t.data.map(x => x.title === x.id ? x.id : x.title + '（' + x.id + '）').join('、')),
      p.data.length
        ? el('table', {class: 'problems', id: 'templateProblems'}, el('tr', {}, el('th', {}, '模板'), el('th', {}, '代码'), el('th', {}, '原因'), el('th', {}, '位置')),
            p.data.map(x => el('tr', {}, el('td', {class: 'mono'}, x.template + '.docx'), el('td', {class: 'mono'}, x.code), el('td', {}, x.message), el('td', {}, x.where))))
        : el('p', {}, '没有被拒绝的模板。')]);
  }

  // 上传的模板：检查，或启用（能编译才保存到模板目录；同编号的模板被替换）
  const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  const tplProblems = ps => el('table', {class: 'problems'}, el('tr', {}, el('th', {}, '代码'), el('th', {}, '原因'), el('th', {}, '位置')),
    ps.map(x => el('tr', {}, el('td', {class: 'mono'}, x.code), el('td', {}, x.message), el('td', {}, x.where))));
  $('tplFile').addEventListener('change', e => {
    const f = e.target.files[0];
    if (f && !$('tplId').value) $('tplId').value = f.name.replace(/\.docx$/i, '');
  });
  async function upload(install) {
    const f = $('tplFile').files[0], id = $('tplId').value.trim();
    if (!f || !id) { $('tplResult').replaceChildren(el('div', {class: 'msg error'}, '请选择 .docx 文件并填写模板编号')); return; }
    const r = await json('POST', (install ? '/templates/' : '/templates/check/') + encodeURIComponent(id), f, DOCX);
    const ps = r.data.problems || [];
    const ok = r.ok && (install || r.data.ok);
    $('tplResult').replaceChildren(...[
      el('div', {class: 'msg ' + (ok ? 'ok' : 'error')}, ok ? (install ? '模板“' + id + '”已启用' + (r.data.replaced ? '（替换了原模板）' : '') : '检查通过，可以启用')
        : (r.data.message || '模板有问题')),
      ps.length ? tplProblems(ps) : null].filter(Boolean));
    if (install && r.ok) templates();
  }
  $('tplCheck').addEventListener('click', () => upload(false));
  $('tplInstall').addEventListener('click', () => upload(true));

  async function rollback(ver) {
    if (!confirm('回滚到版本 ' + ver + '？')) return;
    const r = await json('POST', '/rules/rollback/' + ver);
    if (r.data.report) report(r.data, $('activation')); else $('activation').replaceChildren(el('div', {class: 'msg error'}, r.data.message));
    load();
  }

  $('ruleFile').addEventListener('change', async e => {
    const f = e.target.files[0]; if (!f) return;
    $('ruleContent').value = await f.text();
    if (!$('rulePath').value) $('rulePath').value = f.name;
  });
  $('validate').addEventListener('click', async () => {
    $('validation').replaceChildren(el('p', {}, '正在检查……'));
    const r = await json('POST', '/rules/validate', {path: $('rulePath').value.trim(), content: $('ruleContent').value});
    if (r.data.report) report(r.data, $('validation')); else $('validation').replaceChildren(el('div', {class: 'msg error'}, r.data.message));
  });
  $('activate').addEventListener('click', async () => {
    const r = await json('POST', '/rules/activate');
    if (r.data.report) report(r.data, $('activation')); else $('activation').replaceChildren(el('div', {class: 'msg error'}, r.data.message));
    load();
  });
  $('runScenarios').addEventListener('click', async () => {
    const r = await json('GET', '/rules/scenarios');
    $('activation').replaceChildren(el('p', {}, '通过 ' + r.data.passed + '，失败 ' + r.data.failed), scenarioList(r.data.results));
  });
  load();
})();
