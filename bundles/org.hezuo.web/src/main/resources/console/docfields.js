'use strict';
// 文书信息（doc.*）：按所选模板的 docFields 生成输入框，就地校验，取值
const DocFields = (() => {
  const {el} = Hezuo;
  const cap = s => s.charAt(0).toUpperCase() + s.slice(1);

  // 返回错误文字或 null；required 为 false 时空值不算错
  function check(f, input, required) {
    const v = input.value.trim();
    if (f.type === 'date' && input.validity && input.validity.badInput) return '日期不完整或格式不正确';
    if (v === '') return required ? '必填' : null;
    if (f.type === 'integer' && !(/^\d+$/.test(v) && Number(v) >= 1)) return '应为正整数（不小于1）';
    if (f.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(v)) return '日期格式应为 年-月-日';
    return null;
  }

  function value(f, input) {
    const v = input.value.trim();
    if (v === '') return undefined;
    if (f.type === 'integer') return Number(v);
    if (f.type === 'list') return v.split('\n').map(x => x.trim()).filter(Boolean);
    return v;
  }

  // container：放输入框的元素；idPrefix：输入框 id 的前缀（doc → docCopies）；kept：跨模板保留已填的值
  function render(container, fields, idPrefix, kept) {
    const inputs = [];
    container.replaceChildren();
    if (!fields.length) container.append(el('p', {class: 'clause'}, '此模板不需要填写文书信息。'));
    for (const f of fields) {
      const id = idPrefix + cap(f.name);
      let input;
      if (f.type === 'list') {
        input = el('textarea', {id, rows: 2, placeholder: '每行一项'});
      } else {
        input = el('input', {id, type: f.type === 'date' ? 'date' : f.type === 'integer' ? 'number' : 'text',
          min: f.type === 'integer' ? 1 : null, step: f.type === 'integer' ? 1 : null,
          placeholder: f.default ? '不填则写“' + f.default + '”' : null});
      }
      input.dataset.path = f.path;
      if (kept[f.name] !== undefined) input.value = kept[f.name];
      const err = el('div', {class: 'err', 'data-err': f.path});
      const show = required => {
        const m = check(f, input, required);
        err.textContent = m || ''; input.classList.toggle('bad', !!m);
        return !m;
      };
      input.addEventListener('change', () => { kept[f.name] = input.value; show(false); });
      inputs.push({f, input, show});
      container.append(el('div', {class: 'field'}, el('label', {for: id, class: f.required ? 'req' : ''}, f.label), input, err));
    }
    return {
      // 校验全部输入；optional(f) 为 true 的必填项可以空着（批量：由数据文件的列提供）。返回有误的项
      validate(optional) {
        const bad = inputs.filter(({f, show}) => !show(f.required && !(optional && optional(f))));
        if (bad.length) bad[0].input.focus();
        return bad.map(({f}) => f);
      },
      values() {
        const doc = {};
        for (const {f, input} of inputs) { const v = value(f, input); if (v !== undefined) doc[f.name] = v; }
        return doc;
      },
      // 服务器返回的 errors（path 如 doc.copies）显示在对应输入框下；返回无处显示的
      showErrors(errors) {
        const rest = [];
        for (const x of errors) {
          const slot = container.querySelector('[data-err="' + CSS.escape(x.path) + '"]');
          if (!slot) { rest.push(x); continue; }
          slot.textContent = x.message;
          const input = container.querySelector('[data-path="' + CSS.escape(x.path) + '"]');
          if (input) input.classList.add('bad');
        }
        return rest;
      }
    };
  }

  // CSV 的表头（第一行）：字段路径或中文名称（去掉空格和必填星号），用于判断必填的文书信息是否由数据文件提供；
  // Excel / WPS 在中文 Windows 上另存的 CSV 是 GBK 编码
  async function csvHeader(file) {
    const bytes = await file.slice(0, 64 * 1024).arrayBuffer();
    let text;
    try { text = new TextDecoder('utf-8', {fatal: true}).decode(bytes); } catch (e) { text = new TextDecoder('gb18030').decode(bytes); }
    const cells = line => line.split(',').map(c => c.trim().replace(/^"|"$/g, '').replace(/[\s\u3000*＊]/g, ''));
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    // as the server reads it: a title or blank rows (at most one filled cell) above the header are passed over
    const header = lines.slice(0, 4).find(l => cells(l).filter(Boolean).length >= 2);
    return cells(header !== undefined ? header : lines[0] || '');
  }
  // 表头中是否有这一项文书信息：字段路径（doc.number）或其中文名称（文书编号）
  const inHeader = (header, f) => header.includes(f.path) || header.includes(f.label.replace(/[\s\u3000]/g, ''));

  return {render, csvHeader, inHeader};
})();
