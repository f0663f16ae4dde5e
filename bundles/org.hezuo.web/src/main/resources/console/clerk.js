'use strict';
(async () => {
  const {json, api, el, who, SEVERITY} = Hezuo;
  const $ = id => document.getElementById(id);
  let schema = null, state = {}, templates = [];
  // 已填的文书信息按名称保留，换模板时不丢；single / batch 为当前模板的输入框
  const kept = {}, keptBatch = {};
  let single = DocFields.render($('docFields'), [], 'doc', kept), batch = DocFields.render($('batchDocFields'), [], 'batchDoc', keptBatch);
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
    const usable = templates.filter(t => !t.caseTypes.length || t.caseTypes.includes(code));
    $('template').replaceChildren(...usable.map(t => el('option', {value: t.id}, t.title)));
    $('batchTemplate').replaceChildren(...usable.map(t => el('option', {value: t.id}, t.title)));
    showDocFields(); showBatchDocFields();
    $('batchSection').classList.remove('hidden');
  }
  const template = id => templates.find(t => t.id === id);
  const fieldsOf = id => (template(id) || {}).docFields || [];
  function showDocFields() { single = DocFields.render($('docFields'), fieldsOf($('template').value), 'doc', kept); $('docMsg').replaceChildren(); }
  function showBatchDocFields() { batch = DocFields.render($('batchDocFields'), fieldsOf($('batchTemplate').value), 'batchDoc', keptBatch); $('batchMsg').replaceChildren(); }
  $('template').addEventListener('change', showDocFields);
  $('batchTemplate').addEventListener('change', showBatchDocFields);
  function download(blob, name) {
    const a = el('a', {href: URL.createObjectURL(blob), download: name});
    document.body.append(a); a.click(); a.remove();
  }
  const problemList = data => [
    data.problems ? el('ul', {}, data.problems.map(p => el('li', {}, p.message + (p.path ? '（' + p.path + '）' : '')))) : null,
    data.errors ? el('ul', {}, data.errors.map(x => el('li', {}, (x.label || x.path) + '：' + x.message))) : null];
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

  // 发现涉及的事实，用表单上的中文名称写出：students[1] → 学生 2（李雨涵）；enterprise.posts[0] → 企业 · 岗位 1（设备巡检）
  function factLabel(path) {
    let node = schema, val = state;
    const out = [];
    for (const part of String(path).split('.')) {
      const m = /^([^\[\]]+)(?:\[(\d+)\])?$/.exec(part);
      const prop = m && node && node.properties ? node.properties[m[1]] : null;
      if (!prop) return path;
      val = val ? val[m[1]] : undefined;
      let text = prop.title || m[1];
      if (m[2] !== undefined) {
        const i = Number(m[2]), item = Array.isArray(val) ? val[i] : undefined;
        text += ' ' + (i + 1) + (item && item.name ? '（' + item.name + '）' : '');
        node = prop.items; val = item;
      } else {
        node = prop;
      }
      out.push(text);
    }
    return out.length ? out.join(' · ') : path;
  }

  function showDecision(d) {
    const rows = d.findings.map(f => el('tr', {class: 'finding'},
      el('td', {}, el('span', {class: 'badge sev-' + f.severity}, SEVERITY[f.severity] || f.severity)),
      el('td', {}, f.message, el('div', {class: 'clause mono'}, f.code)),
      el('td', {class: 'clause-cell'}, el('div', {}, f.clauseSource || f.clauseId || ''), el('div', {class: 'clause'}, f.clauseText || '')),
      el('td', {}, (f.facts || []).map(x => el('div', {title: x}, factLabel(x))))));
    const labels = d.valueLabels || {};
    const values = Object.entries(d.values || {}).map(([k, v]) => el('tr', {class: 'value'},
      labels[k] ? el('td', {title: k}, labels[k]) : el('td', {class: 'mono'}, k),
      el('td', {}, typeof v === 'object' ? JSON.stringify(v) : String(v))));
    $('result').replaceChildren(
      el('p', {}, '结论：', el('span', {class: 'badge out-' + d.outcome, id: 'outcome'}, d.outcomeLabel), '　规则版本 ', el('span', {class: 'mono'}, d.ruleVersion), '　审查基准日 ', d.asOf || ''),
      d.findings.length ? el('table', {id: 'findings'}, el('tr', {}, el('th', {}, '程度'), el('th', {}, '发现'), el('th', {}, '依据条款'), el('th', {}, '涉及字段')), rows) : el('p', {}, '未发现问题。'),
      values.length ? el('div', {}, el('h3', {}, '计算值'), el('table', {id: 'values'}, values)) : null);
    $('docSection').classList.remove('hidden');
  }

  $('generate').addEventListener('click', async () => {
    const id = $('template').value;
    if (!id) return;
    const bad = single.validate();
    if (bad.length) {
      $('docMsg').replaceChildren(el('div', {class: 'msg error'}, '请先填写文书信息：' + bad.map(f => f.label).join('、')));
      return;
    }
    let q = '';
    if ($('override').checked) q = '?override=true&reason=' + encodeURIComponent($('overrideReason').value);
    const r = await api('POST', '/documents/' + encodeURIComponent(id) + q, {case: CaseForm.clean(state), doc: single.values()});
    if (r.ok) {
      download(await r.blob(), id + '-' + (state.caseId || 'case') + '.docx');
      $('docMsg').replaceChildren(el('div', {class: 'msg ok'}, '已生成并下载' + (r.headers.get('X-Hezuo-Override') ? '（强制生成，已记录理由）' : '')));
      return;
    }
    const data = await r.json();
    if (r.status === 409) $('overrideRow').classList.remove('hidden');
    if (data.code === 'INVALID_DOC') single.showErrors(data.errors);
    $('docMsg').replaceChildren(el('div', {class: 'msg error'}, data.message), ...problemList(data));
  });

  $('batchGenerate').addEventListener('click', async () => {
    const id = $('batchTemplate').value, file = $('batchFile').files[0];
    if (!id) return;
    if (!file) { $('batchMsg').replaceChildren(el('div', {class: 'msg error'}, '请选择数据文件（.csv、.xlsx 或 .json）')); return; }
    // 必填项可由数据文件的 doc.* 列提供：CSV 先看表头；Excel / JSON 由服务器逐行检查
    const header = /\.csv$/i.test(file.name) ? await DocFields.csvHeader(file) : null;
    const bad = batch.validate(f => !header || DocFields.inHeader(header, f));
    if (bad.length) {
      $('batchMsg').replaceChildren(el('div', {class: 'msg error'}, '请填写文书信息（或在数据文件中加 ' + bad.map(f => f.path).join('、') + ' 列）：' + bad.map(f => f.label).join('、')));
      return;
    }
    if ($('batchOverride').checked && !$('batchOverrideReason').value.trim()) {
      $('batchMsg').replaceChildren(el('div', {class: 'msg error'}, '强制生成须填写理由')); return;
    }
    const form = new FormData();
    form.append('file', file, file.name);
    form.append('doc', JSON.stringify(batch.values()));
    if ($('batchUseForm').checked) form.append('case', JSON.stringify(CaseForm.clean(state)));
    const q = $('batchOverride').checked ? '?override=true&reason=' + encodeURIComponent($('batchOverrideReason').value.trim()) : '';
    $('batchGenerate').disabled = true;
    try {
      $('batchMsg').replaceChildren(el('div', {class: 'msg'}, '正在提交……'));
      const r = await api('POST', '/documents/' + encodeURIComponent(id) + '/batches' + q, form);
      let data; try { data = await r.json(); } catch (e) { data = {message: '服务器返回了无法识别的内容（' + r.status + '）'}; }
      if (r.status !== 202) {
        if (data.code === 'INVALID_DOC') batch.showErrors(data.errors);
        $('batchMsg').replaceChildren(el('div', {class: 'msg error'}, data.message), ...problemList(data),
          data.rows ? el('ul', {}, data.rows.map(x => el('li', {}, '第 ' + x.row + ' 行：' + x.reason))) : null);
        return;
      }
      showJobs();
      await followBatch(data.id, id);
    } finally {
      $('batchGenerate').disabled = false;
    }
  });

  // 我的批量任务：页面打开时、提交后和任务结束后刷新；“查看”在下方显示该任务的进度与结果
  const STATE = {running: '进行中', done: '已完成', failed: '失败'};
  const titleOf = id => (template(id) || {}).title || id;
  async function showJobs() {
    const r = await json('GET', '/documents/batches');
    if (!r.ok) return;
    const jobs = r.data.jobs;
    $('jobsSection').classList.toggle('hidden', !jobs.length);
    if (!jobs.length) { $('jobsList').replaceChildren(); return; }
    $('jobsList').replaceChildren(el('table', {id: 'jobsTable'},
      el('thead', {}, el('tr', {}, ...['提交时间', '模板', '数据文件', '状态', ''].map(h => el('th', {}, h)))),
      el('tbody', {}, jobs.map(j => el('tr', {class: j.state === 'failed' ? 'row-error' : ''},
        el('td', {}, new Date(j.started).toLocaleString('zh-CN', {hour12: false})),
        el('td', {}, titleOf(j.template)),
        el('td', {class: 'mono'}, j.file || ''),
        el('td', {}, STATE[j.state] + (j.state === 'running'
          ? '：已处理 ' + j.done + (j.total !== null && j.total !== undefined ? ' / ' + j.total : '') + ' 行'
          : j.state === 'done' ? '：已生成 ' + j.ok + ' 份' + (j.failed ? '，' + j.failed + ' 行未生成' : '') : '：' + (j.message || ''))),
        el('td', {}, el('button', {type: 'button', class: 'jobShow', onclick: () => followBatch(j.id, j.template, $('jobDetail'))}, '查看')))))));
  }
  showJobs();

  // 后台批量任务：每 500 毫秒查询一次进度，完成后列出各行结果并提供压缩包下载
  async function followBatch(job, templateId, target) {
    const out = target || $('batchMsg');
    const bar = el('progress', {id: 'batchProgress', max: 1});
    const label = el('span', {id: 'batchProgressText'}, '已处理 0 行');
    out.replaceChildren(el('div', {class: 'msg'}, el('div', {}, '正在生成……'), el('div', {class: 'row'}, bar, label)));
    let s;
    for (;;) {
      const r = await json('GET', '/documents/batches/' + job);
      if (!r.ok) { out.replaceChildren(el('div', {class: 'msg error'}, r.data.message)); return; }
      s = r.data;
      if (s.total !== null && s.total !== undefined) { bar.max = Math.max(1, s.total); bar.value = s.done; }
      label.textContent = '已处理 ' + s.done + (s.total !== null && s.total !== undefined ? ' / ' + s.total : '') + ' 行';
      if (s.state !== 'running') break;
      await new Promise(ok => setTimeout(ok, 500));
    }
    if (s.total !== null && s.total !== undefined) { bar.max = Math.max(1, s.total); bar.value = s.total; }
    const parts = [];
    if (s.state === 'done') {
      parts.push(el('div', {class: 'msg ok', id: 'batchSummary'}, '共 ' + s.total + ' 行：已生成 ' + s.ok + ' 份'
        + (s.failed ? '，' + s.failed + ' 行未生成（原因见下表）' : '')));
      parts.push(el('div', {class: 'row'}, el('button', {id: 'batchZip', type: 'button', onclick: async () => {
        const z = await api('GET', '/documents/batches/' + job + '/zip');
        if (z.ok) { download(await z.blob(), templateId + '-批量.zip'); return; }
        let d; try { d = await z.json(); } catch (e) { d = {message: '下载失败（' + z.status + '）'}; }
        out.append(el('div', {class: 'msg error'}, d.message));
      }}, '下载压缩包')));
    } else {
      parts.push(el('div', {class: 'msg error', id: 'batchSummary'}, s.message || '批量生成失败'));
    }
    parts.push(el('div', {class: 'row'}, bar, label));
    if (s.rows && s.rows.length) {
      // 未生成的行排在前面
      const rows = s.rows.filter(x => x.status === 'error').concat(s.rows.filter(x => x.status !== 'error'));
      parts.push(el('table', {id: 'batchRows'},
        el('thead', {}, el('tr', {}, el('th', {}, '行'), el('th', {}, '文件'), el('th', {}, '状态'), el('th', {}, '原因'))),
        el('tbody', {}, rows.map(x => el('tr', {class: x.status === 'error' ? 'row-error' : 'row-ok'},
          el('td', {}, String(x.row)), el('td', {class: 'mono'}, x.file || ''),
          el('td', {}, x.status === 'error' ? '未生成' : '已生成'), el('td', {}, x.reason || ''))))));
      if (s.truncated) parts.push(el('div', {class: 'msg'}, '仅列出前 ' + s.rows.length + ' 行；全部结果见压缩包中的 manifest.csv'));
    }
    out.replaceChildren(...parts);
    showJobs();
  }
})();
