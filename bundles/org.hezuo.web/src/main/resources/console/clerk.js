'use strict';
(async () => {
  const {json, api, el, who, SEVERITY} = Hezuo;
  const $ = id => document.getElementById(id);
  let schema = null, state = {}, templates = [];
  await who();
  const types = await json('GET', '/case-types');
  if (!types.ok) { $('formErrors').textContent = types.data.message; return; }
  for (const t of types.data) $('caseType').append(el('option', {value: t.code}, t.label));
  const tl = await json('GET', '/templates');
  templates = tl.ok ? tl.data : [];

  async function choose(code, value) {
    const r = await json('GET', '/schema/' + code);
    schema = r.data; state = value || {};
    CaseForm.render(schema, state, $('caseForm'));
    $('formSection').classList.remove('hidden');
    $('resultSection').classList.add('hidden');
    $('loadExample').disabled = false; $('showJson').disabled = false;
    $('template').replaceChildren(...templates.filter(t => !t.caseTypes.length || t.caseTypes.includes(code)).map(t => el('option', {value: t.id}, t.title)));
  }
  $('caseType').addEventListener('change', e => { if (e.target.value) choose(e.target.value); });
  $('loadExample').addEventListener('click', async () => {
    const code = $('caseType').value;
    const name = code === 'COMMITTEE' ? 'committee-steering' : code.toLowerCase().replace(/_/g, '-');
    const r = await fetch('examples/' + name + '.json');
    if (r.ok) choose(code, await r.json()); else $('formErrors').textContent = '没有这种案件类型的示例';
  });
  $('showJson').addEventListener('click', () => { $('jsonText').value = JSON.stringify(CaseForm.clean(state), null, 2); $('jsonBox').classList.toggle('hidden'); });
  $('applyJson').addEventListener('click', () => {
    try { const v = JSON.parse($('jsonText').value); if (v.caseType && v.caseType !== $('caseType').value) $('caseType').value = v.caseType; choose($('caseType').value, v); }
    catch (e) { $('formErrors').replaceChildren(el('div', {class: 'msg error'}, 'JSON 格式错误：' + e.message)); }
  });

  $('check').addEventListener('click', async () => {
    const r = await json('POST', '/cases/evaluate', CaseForm.clean(state));
    $('formErrors').replaceChildren();
    $('resultSection').classList.remove('hidden');
    if (r.status === 400 && r.data.errors) {
      const rest = CaseForm.showErrors($('caseForm'), r.data.errors);
      $('result').replaceChildren(el('div', {class: 'msg error'}, r.data.message),
        el('ul', {}, r.data.errors.map(x => el('li', {}, (x.label || x.path || '案件') + '：' + x.message + '（' + x.code + '）'))));
      if (rest.length) $('formErrors').append(el('div', {class: 'msg error'}, rest.map(x => (x.label || '案件') + '：' + x.message).join('；')));
      return;
    }
    if (!r.ok) { $('result').replaceChildren(el('div', {class: 'msg error'}, r.data.message)); return; }
    CaseForm.showErrors($('caseForm'), []);
    showDecision(r.data);
  });

  function showDecision(d) {
    const rows = d.findings.map(f => el('tr', {class: 'finding'},
      el('td', {}, el('span', {class: 'badge sev-' + f.severity}, SEVERITY[f.severity] || f.severity)),
      el('td', {}, f.message, el('div', {class: 'clause mono'}, f.code)),
      el('td', {class: 'clause-cell'}, el('div', {}, f.clauseSource || f.clauseId || ''), el('div', {class: 'clause'}, f.clauseText || '')),
      el('td', {class: 'mono'}, (f.facts || []).join(' '))));
    const values = Object.entries(d.values || {}).map(([k, v]) => el('tr', {}, el('td', {class: 'mono'}, k), el('td', {}, typeof v === 'object' ? JSON.stringify(v) : String(v))));
    $('result').replaceChildren(
      el('p', {}, '结论：', el('span', {class: 'badge out-' + d.outcome, id: 'outcome'}, d.outcomeLabel), '　规则版本 ', el('span', {class: 'mono'}, d.ruleVersion), '　审查基准日 ', d.asOf || ''),
      d.findings.length ? el('table', {id: 'findings'}, el('tr', {}, el('th', {}, '程度'), el('th', {}, '发现'), el('th', {}, '依据条款'), el('th', {}, '涉及字段')), rows) : el('p', {}, '未发现问题。'),
      values.length ? el('div', {}, el('h3', {}, '计算值'), el('table', {}, values)) : null);
    $('docSection').classList.remove('hidden');
  }

  $('generate').addEventListener('click', async () => {
    const id = $('template').value;
    if (!id) return;
    const doc = {}; if ($('docNumber').value) doc.number = $('docNumber').value; if ($('docPlace').value) doc.place = $('docPlace').value; if ($('docDate').value) doc.date = $('docDate').value;
    let q = '';
    if ($('override').checked) q = '?override=true&reason=' + encodeURIComponent($('overrideReason').value);
    const r = await api('POST', '/documents/' + id + q, {case: CaseForm.clean(state), doc});
    if (r.ok) {
      const blob = await r.blob();
      const a = el('a', {href: URL.createObjectURL(blob), download: id + '-' + (state.caseId || 'case') + '.docx'});
      document.body.append(a); a.click(); a.remove();
      $('docMsg').replaceChildren(el('div', {class: 'msg ok'}, '已生成并下载' + (r.headers.get('X-Hezuo-Override') ? '（强制生成，已记录理由）' : '')));
      return;
    }
    const data = await r.json();
    if (r.status === 409) $('overrideRow').classList.remove('hidden');
    $('docMsg').replaceChildren(el('div', {class: 'msg error'}, data.message),
      data.problems ? el('ul', {}, data.problems.map(p => el('li', {}, p.message + (p.path ? '（' + p.path + '）' : '')))) : null,
      data.errors ? el('ul', {}, data.errors.map(x => el('li', {}, (x.label || x.path) + '：' + x.message))) : null);
  });
})();
