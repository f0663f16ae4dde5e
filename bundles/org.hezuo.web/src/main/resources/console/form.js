'use strict';
// 由 JSON Schema 生成表单；表单值保存在 state 对象中，输入框按路径（如 students[0].birthDate）绑定
const CaseForm = (() => {
  const {el} = Hezuo;
  function parts(path) { return path.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean); }
  function get(obj, path) { return parts(path).reduce((o, k) => (o == null ? undefined : o[k]), obj); }
  function set(obj, path, value) {
    const ps = parts(path); let o = obj;
    for (let i = 0; i < ps.length - 1; i++) { if (o[ps[i]] == null) o[ps[i]] = /^\d+$/.test(ps[i + 1]) ? [] : {}; o = o[ps[i]]; }
    const last = ps[ps.length - 1];
    if (value === undefined) { if (Array.isArray(o)) o[last] = undefined; else delete o[last]; } else o[last] = value;
  }
  function join(base, name) { return base ? base + '.' + name : name; }
  // an ID, credit-code or phone number typed with a Chinese input method: full-width digits and
  // letters made half-width, spaces dropped, letters of codes upper case (as the server reads it)
  function plainNumber(v, upper) {
    let out = '';
    for (const ch of v) {
      let c = ch.charCodeAt(0);
      if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;
      else if (c === 0x2014 || c === 0x2013 || c === 0x2212) c = 45;
      const x = String.fromCharCode(c);
      if (/\s/.test(x) || c === 0x3000) continue;
      out += upper ? x.toUpperCase() : x;
    }
    return out;
  }

  function check(s, v, required) {
    if (v === undefined || v === null || v === '') return required ? '必填' : null;
    if (s.type === 'string') {
      if (s.minLength && v.length < s.minLength) return '不能为空';
      if (s.maxLength && v.length > s.maxLength) return '不能超过' + s.maxLength + '个字';
      if (s.pattern && !new RegExp(s.pattern).test(v)) return s['x-patternMessage'] || '格式不正确';
      if (s['x-past'] && s.format === 'date' && v >= new Date().toISOString().slice(0, 10)) return '应为过去的日期';
    }
    if (s.type === 'integer' || s.type === 'number') {
      if (s.type === 'integer' && !Number.isInteger(v)) return '应为整数';
      if (s.minimum !== undefined && v < s.minimum) return '不能小于' + s.minimum;
      if (s.maximum !== undefined && v > s.maximum) return '不能大于' + s.maximum;
      if (s.exclusiveMinimum !== undefined && v <= s.exclusiveMinimum) return '应大于' + s.exclusiveMinimum;
    }
    return null;
  }

  function input(s, path, state, required) {
    const v = get(state, path);
    let e;
    if (s.enum) {
      e = el('select', {}, el('option', {value: ''}, '—'), s.enum.map((c, i) => el('option', {value: c, selected: v === c}, (s['x-enumLabels'] || s.enum)[i])));
    } else if (s.type === 'boolean') {
      e = el('select', {}, el('option', {value: ''}, '未填'), el('option', {value: 'true', selected: v === true}, '是'), el('option', {value: 'false', selected: v === false}, '否'));
    } else if (s.type === 'array') {
      e = el('textarea', {rows: 2, placeholder: '每行一项'}); e.value = (v || []).join('\n');
    } else {
      const type = s.format === 'date' ? 'date' : s.type === 'integer' || s.type === 'number' ? 'number' : 'text';
      e = el('input', {type, step: s.type === 'number' ? 'any' : null, placeholder: s.format === 'time' ? 'HH:mm' : null});
      if (v !== undefined && v !== null) e.value = v;
    }
    e.dataset.path = path;
    const err = el('div', {class: 'err', 'data-err': path});
    e.addEventListener('change', () => {
      let val = e.value;
      if (val !== '' && s['x-format']) { val = plainNumber(val, s['x-format'] !== 'phone'); e.value = val; }
      if (val === '') val = undefined;
      else if (s.type === 'boolean') val = val === 'true';
      else if (s.type === 'integer' || s.type === 'number') val = Number(val);
      else if (s.type === 'array') val = val.split('\n').map(x => x.trim()).filter(Boolean);
      set(state, path, val);
      const m = check(s, val, required);
      err.textContent = m || ''; e.classList.toggle('bad', !!m);
    });
    return [e, err];
  }

  function objectFields(s, base, state, container, redraw) {
    const req = s.required || [];
    for (const [name, p] of Object.entries(s.properties || {})) {
      const path = join(base, name);
      if (p.const !== undefined) { set(state, path, p.const); continue; }
      if (p.type === 'object') {
        const fs = el('fieldset', {}, el('legend', {}, p.title));
        if (get(state, path) == null) set(state, path, {});
        objectFields(p, path, state, fs, redraw); container.append(fs);
      } else if (p.type === 'array' && p.items && p.items.type === 'object') {
        const fs = el('fieldset', {}, el('legend', {}, p.title + (req.includes(name) ? ' *' : '')));
        const list = get(state, path) || []; set(state, path, list);
        list.forEach((_, i) => {
          const item = el('fieldset', {}, el('legend', {}, p.title + ' ' + (i + 1)));
          objectFields(p.items, path + '[' + i + ']', state, item, redraw);
          item.append(el('button', {type: 'button', class: 'light', onclick: () => { list.splice(i, 1); redraw(); }}, '删除'));
          fs.append(item);
        });
        fs.append(el('button', {type: 'button', class: 'light', onclick: () => { list.push({}); redraw(); }}, '添加' + p.title));
        fs.append(el('div', {class: 'err', 'data-err': path}));
        container.append(fs);
      } else {
        const [e, err] = input(p, path, state, req.includes(name));
        container.append(el('div', {class: 'field'}, el('label', {class: req.includes(name) ? 'req' : ''}, p.title), e, err));
      }
    }
  }

  function render(schema, state, form) {
    const redraw = () => { form.replaceChildren(); objectFields(schema, '', state, form, redraw); };
    redraw();
    return redraw;
  }

  function clean(v) {
    if (Array.isArray(v)) return v.map(clean);
    if (v && typeof v === 'object') {
      const o = {};
      for (const [k, x] of Object.entries(v)) { const c = clean(x); if (c !== undefined && !(c && typeof c === 'object' && !Array.isArray(c) && Object.keys(c).length === 0)) o[k] = c; }
      return o;
    }
    return v;
  }

  function showErrors(form, errors) {
    form.querySelectorAll('.err').forEach(e => { e.textContent = ''; });
    form.querySelectorAll('.bad').forEach(e => e.classList.remove('bad'));
    const unplaced = [];
    for (const x of errors) {
      const slot = form.querySelector('[data-err="' + CSS.escape(x.path) + '"]');
      if (slot) { slot.textContent = x.message + '（' + x.code + '）'; const inp = form.querySelector('[data-path="' + CSS.escape(x.path) + '"]'); if (inp) inp.classList.add('bad'); }
      else unplaced.push(x);
    }
    return unplaced;
  }

  return {render, clean, showErrors};
})();
