'use strict';
// 公共：CSRF 令牌、请求、当前用户
const Hezuo = (() => {
  let token = null;
  async function csrf() {
    if (!token) { const r = await fetch('/hezuo/api/csrf', {credentials: 'same-origin'}); token = (await r.json()).token; }
    return token;
  }
  async function api(method, path, body, contentType) {
    const headers = {};
    if (method !== 'GET') headers['X-Hezuo-CSRF'] = await csrf();
    let payload = body;
    if (body !== undefined && !(body instanceof FormData)) { headers['Content-Type'] = contentType || 'application/json'; payload = typeof body === 'string' || body instanceof Blob ? body : JSON.stringify(body); }
    const r = await fetch('/hezuo/api' + path, {method, headers, body: payload, credentials: 'same-origin'});
    return r;
  }
  async function json(method, path, body, ct) {
    const r = await api(method, path, body, ct);
    let data = null; try { data = await r.json(); } catch (e) { data = {message: '服务器返回了无法识别的内容'}; }
    return {status: r.status, ok: r.ok, data};
  }
  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k.startsWith('on')) e.addEventListener(k.slice(2), v); else if (k === 'class') e.className = v; else if (v !== null && v !== undefined && v !== false) e.setAttribute(k, v === true ? '' : v);
    }
    for (const k of kids.flat()) if (k !== null && k !== undefined) e.append(k instanceof Node ? k : String(k));
    return e;
  }
  async function who() {
    const r = await json('GET', '/me');
    const w = document.getElementById('who');
    if (r.ok && w) w.textContent = r.data.user + '（' + r.data.roleLabel + '）';
    return r.data;
  }
  const SEVERITY = {BLOCK: '禁止', REVIEW: '复核', WARN: '提示', INFO: '说明'};
  return {api, json, el, who, csrf, SEVERITY};
})();
