// The upload page: choose or drop forms, send them to /api/v1/review, show a verdict per form, its findings
// (filterable, sortable) and the form itself with each problem cell coloured by severity.
"use strict";

const T = {
  zh: {
    title: "绩效表检查", subtitle: "报送前按财政评审口径检查绩效目标表和绩效自评表", api: "接口说明",
    drop: "把表格拖到这里，或点击选择文件",
    types: "支持 .xlsx .xls .docx .csv .txt .yaml .json，或包含文件夹的 .zip（按第一层文件夹汇总）",
    profile: "指标体系", auto: "自动识别", legacy: "传统三类一级指标", central: "财预〔2021〕101号（成本指标为一级）",
    check: "开始检查", clear: "清空", download: "下载：", report_xlsx: "报告（Excel）", report_html: "报告（网页）",
    annotated: "批注工作簿", checking: "正在检查 {0} 个文件…", done: "检查完成：{0} 张表，用时 {1} 秒。",
    failed: "检查失败：{0}", none: "未发现问题。", all: "全部", severity: "级别", rule: "规则", search: "查找",
    where: "位置", subject: "指标", problem: "问题", expected: "期望", actual: "实际", suggestion: "建议", basis: "依据",
    view: "表格原貌（点击标色单元格查看问题）", shown: "显示 {0} / {1} 条", line: "第{0}行", explain: "规则说明",
    indicators: "{0}个指标", error: "错误", warning: "警告", info: "提示", more: "另有 {0} 行未显示",
    count: "错误{0}，警告{1}，提示{2}", nofile: "请先选择文件。", downloading: "正在生成 {0}…",
    pass: "通过", amend: "修改后通过", ret: "退回", cellfindings: "此处的问题", unreadable: "无法读取",
    network: "文件没有发出去：选择后若在 Excel 里改过文件，请把它移除后重新选择；也可能是服务未启动或网络中断。",
    remove: "移除", rollup: "按文件夹汇总", files: "文件", forms: "表格", errors: "错误", warnings: "警告",
    infos: "提示", frequent: "最常见的问题", table: "表{0} 第{1}行第{2}列", close: "关闭", show: "展开",
  },
  en: {
    title: "Form check", subtitle: "Check performance target and self-evaluation forms before you submit them", api: "API",
    drop: "Drop forms here, or click to choose files",
    types: "Accepts .xlsx .xls .docx .csv .txt .yaml .json, or a .zip of folders (rolled up by the first folder)",
    profile: "Indicator scheme", auto: "Detect", legacy: "Legacy (three 一级)", central: "财预〔2021〕101号 (成本 as 一级)",
    check: "Check", clear: "Clear", download: "Download:", report_xlsx: "Report (Excel)", report_html: "Report (web page)",
    annotated: "Annotated workbook", checking: "Checking {0} files…", done: "Done: {0} forms in {1} s.",
    failed: "Check failed: {0}", none: "No problems found.", all: "All", severity: "Severity", rule: "Rule",
    search: "Find", where: "Where", subject: "Indicator", problem: "Problem", expected: "Expected", actual: "Actual",
    suggestion: "Suggestion", basis: "Basis", view: "The form (click a coloured cell to see its problems)",
    shown: "{0} of {1} shown", line: "line {0}", explain: "About this rule", indicators: "{0} indicators",
    error: "error", warning: "warning", info: "info", more: "{0} more rows not shown",
    count: "{0} errors, {1} warnings, {2} infos", nofile: "Choose files first.", downloading: "Preparing {0}…",
    pass: "pass", amend: "pass after changes", ret: "return", cellfindings: "Problems here", unreadable: "unreadable",
    network: "The files were not sent: if a file was changed in Excel after you chose it, remove it and choose it again; or the service is not running.",
    remove: "remove", rollup: "Roll-up by folder", files: "files", forms: "forms", errors: "errors",
    warnings: "warnings", infos: "infos", frequent: "most frequent rules", table: "table {0} row {1} column {2}",
    close: "close", show: "open",
  },
};
const VERDICT = { "通过": ["pass", "pass"], "修改后通过": ["amend", "amend"], "退回": ["return", "ret"] };
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };

const state = { lang: "zh", files: [], report: null, views: [], token: new URLSearchParams(location.search).get("token") };
const $ = (sel, root = document) => root.querySelector(sel);
const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v; else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null) node.setAttribute(k, v);
  }
  for (const child of children.flat()) node.append(child instanceof Node ? child : document.createTextNode(child ?? ""));
  return node;
};
const t = (key, ...args) => (T[state.lang][key] || key).replace(/\{(\d)\}/g, (_, n) => args[n]);

function applyLanguage() {
  document.documentElement.lang = state.lang === "en" ? "en" : "zh-CN";
  for (const node of document.querySelectorAll("[data-t]")) node.textContent = t(node.dataset.t);
  $("#lang-zh").classList.toggle("on", state.lang === "zh");
  $("#lang-en").classList.toggle("on", state.lang === "en");
  if (state.report) render();
}

function headers() { return state.token ? { "X-Jxcheck-Token": state.token } : {}; }

function body() {
  const data = new FormData();
  for (const file of state.files) data.append("files", file, file.name);
  return data;
}

function query(extra = {}) {
  return new URLSearchParams({ lang: state.lang, profile: $("#profile").value, ...extra }).toString();
}

async function problemOf(response) {
  try { return (await response.json()).message; } catch { return `HTTP ${response.status}`; }
}

function choose(list) {
  const names = new Set(list.map(f => f.name));  // a file chosen again replaces the one of that name
  state.files = [...state.files.filter(f => !names.has(f.name)), ...list];
  showChosen();
}

function showChosen() {
  const chosen = $("#chosen");
  chosen.replaceChildren(...state.files.map(f => el("li", {}, `${f.name} · ${Math.ceil(f.size / 1024)} KB `,
    el("button", { type: "button", class: "x", title: t("remove"), "aria-label": t("remove"),
      onclick: () => { state.files = state.files.filter(g => g !== f); showChosen(); } }, "×"))));
  $("#go").disabled = $("#clear").disabled = !state.files.length;
}

async function check() {
  if (!state.files.length) { setStatus(t("nofile"), true); return; }
  setStatus(t("checking", state.files.length));
  $("#go").disabled = true;
  $("#results").hidden = true;  // results of another check are never shown as this one's
  state.report = null;
  const started = performance.now();
  try {
    let response;
    try {
      response = await fetch(`/api/v1/review?${query()}`, { method: "POST", body: body(), headers: headers() });
    } catch (failure) {
      throw new Error(t("network"));
    }
    if (!response.ok) throw new Error(await problemOf(response));
    const data = await response.json();
    state.report = data.report; state.views = data.views;
    render();
    setStatus(t("done", data.report.results.length, ((performance.now() - started) / 1000).toFixed(1)));
  } catch (error) {
    setStatus(t("failed", error.message), true);
  } finally {
    $("#go").disabled = !state.files.length;
  }
}

function setStatus(text, bad = false) { const s = $("#status"); s.textContent = text; s.classList.toggle("bad", bad); }

function keyOf(loc) {
  if (loc.cell) return `S${loc.sheet || ""}!${loc.cell}`;
  if (loc.table !== null && loc.row !== null) return `T${loc.table}R${loc.row}C${loc.column || 1}`;
  if (loc.line !== null) return `L${loc.line}`;
  return null;
}

function rowKeyOf(loc) {
  if (loc.cell) return `S${loc.sheet || ""}!R${loc.cell.replace(/\D/g, "")}`;
  if (loc.table !== null && loc.row !== null) return `T${loc.table}R${loc.row}`;
  if (loc.line !== null) return `L${loc.line}`;
  return null;
}

function whereOf(loc) {
  if (loc.cell) return `${loc.sheet ? loc.sheet + "!" : ""}${loc.cell}`;
  if (loc.table !== null && loc.row !== null) return t("table", loc.table, loc.row, loc.column || 1);
  if (loc.line !== null) return t("line", loc.line);
  return "—";
}

function columnNumber(letters) { return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0); }

function order(loc) {  // where a finding stands, as a number that sorts rows, then columns
  if (loc.cell) {
    const m = /^([A-Z]+)(\d+)$/.exec(loc.cell);
    return m ? Number(m[2]) * 1000 + columnNumber(m[1]) : 0;
  }
  if (loc.table !== null && loc.row !== null) return loc.table * 1e7 + loc.row * 1000 + (loc.column || 0);
  return (loc.line ?? 0) * 1000;
}

function letters(n) { let s = ""; for (n += 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + (n - 1) % 26) + s; return s; }

function render() {
  const forms = $("#forms");
  const many = state.report.results.length > 5;  // many forms: each opens when asked, so the page stays quick
  forms.replaceChildren(...(state.report.rollup ? [rollupTable(state.report.rollup)] : []),
    ...state.report.results.map((result, n) => renderForm(result, n, many)));
  $("#results").hidden = false;
  $("#annotated").hidden = !state.files.some(f => /\.(xlsx|xlsm|zip)$/i.test(f.name));
}

function rollupTable(rows) {
  const keys = [["group", ""], ["files", t("files")], ["forms", t("forms")], ["pass", t("pass")], ["pass_after_changes", t("amend")],
    ["return", t("ret")], ["unreadable", t("unreadable")], ["errors", t("errors")], ["warnings", t("warnings")],
    ["infos", t("infos")], ["frequent_rules", t("frequent")]];
  return el("section", { class: "form" }, el("div", { class: "banner" }, el("b", {}, t("rollup"))),
    el("table", { class: "findings" }, el("thead", {}, el("tr", {}, ...keys.map(([, title]) => el("th", {}, title)))),
      el("tbody", {}, ...rows.map(row => el("tr", {}, ...keys.map(([key]) => el("td", {}, `${row[key] ?? ""}`)))))));
}

function counts(findings) {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity] += 1;
  return c;
}

function renderForm(result, index, many) {
  const unreadable = result.findings.some(f => f.rule === "FORM-01");
  const [cls, word] = unreadable ? ["return", "unreadable"] : VERDICT[result.verdict] || ["return", "ret"];
  const c = counts(result.findings);
  const label = result.form ? `${result.path} › ${result.form}` : result.path;
  const meta = [result.kind, result.department, result.year ? `${result.year}` : null,
    t("indicators", result.indicators)].filter(Boolean).join(" · ");
  const box = el("details", { class: "form", "data-index": index, open: many ? null : "" });
  box.append(el("summary", { class: `banner ${cls}` }, el("span", { class: "verdict" }, t(word)),
    el("b", {}, label), el("span", { class: "meta" }, meta), el("span", { class: "meta" }, t("count", c.error, c.warning, c.info))));
  const fill = () => {  // built when first opened
    if (box.dataset.built) return;
    box.dataset.built = "1";
    if (!result.findings.length) box.append(el("div", { class: "none" }, t("none")));
    else box.append(findingsTable(result, box));
    const view = state.views.find(v => v.file === result.path);
    if (view && view.sheets.length) box.append(formView(view, result, box));
  };
  if (!many) fill();
  box.addEventListener("toggle", () => { if (box.open) fill(); });
  return box;
}

function clip(text) { return el("span", { class: "clip", title: text || "" }, text || ""); }

function findingsTable(result, box) {
  const rules = [...new Set(result.findings.map(f => f.rule))].sort();
  const sevSelect = el("select", {}, el("option", { value: "" }, t("all")),
    ...["error", "warning", "info"].map(s => el("option", { value: s }, t(s))));
  const ruleSelect = el("select", {}, el("option", { value: "" }, t("all")), ...rules.map(r => el("option", { value: r }, r)));
  const search = el("input", { type: "search", placeholder: t("search") });
  const shown = el("span", { class: "meta" });
  const columns = [["severity", t("severity")], ["rule", t("rule")], ["where", t("where")], ["subject", t("subject")],
    ["message", t("problem")], ["expected", t("expected")], ["actual", t("actual")]];
  const head = el("tr", {}, ...columns.map(([key, title]) => el("th", { "data-key": key }, title)));
  const tbody = el("tbody");
  let sort = { key: "severity", desc: false };  // the errors that send a form back come first
  const value = (f, key) => key === "severity" ? SEVERITY_ORDER[f.severity] * 1e12 + order(f.location) :
    key === "where" ? order(f.location) : (f[key] || "");
  function fill() {
    let list = result.findings.filter(f => (!sevSelect.value || f.severity === sevSelect.value)
      && (!ruleSelect.value || f.rule === ruleSelect.value)
      && (!search.value || JSON.stringify(f).includes(search.value)));
    if (sort.key) list = [...list].sort((a, b) => {
      const x = value(a, sort.key), y = value(b, sort.key);
      return (x < y ? -1 : x > y ? 1 : 0) * (sort.desc ? -1 : 1);
    });
    tbody.replaceChildren(...list.map(f => el("tr", { class: "f", onclick: () => reveal(box, f) },
      el("td", { class: `sev ${f.severity}` }, t(f.severity)), el("td", { class: "rule" }, f.rule),
      el("td", {}, whereOf(f.location)), el("td", {}, clip(f.subject)), el("td", {}, clip(f.message)),
      el("td", {}, clip(f.expected)), el("td", {}, clip(f.actual)))));
    shown.textContent = t("shown", list.length, result.findings.length);
  }
  head.addEventListener("click", event => {
    const th = event.target.closest("th"); if (!th) return;
    sort = { key: th.dataset.key, desc: sort.key === th.dataset.key ? !sort.desc : false };
    for (const cell of head.children) cell.classList.remove("sorted", "desc");
    th.classList.add("sorted"); if (sort.desc) th.classList.add("desc");
    fill();
  });
  for (const control of [sevSelect, ruleSelect, search]) for (const name of ["input", "change"]) control.addEventListener(name, fill);
  fill();
  return el("div", {}, el("div", { class: "filters" }, el("label", {}, `${t("severity")} `, sevSelect),
    el("label", {}, `${t("rule")} `, ruleSelect), search, shown), el("table", { class: "findings" }, el("thead", {}, head), tbody));
}

function formView(view, result, box) {
  const byKey = new Map(), byRow = new Map();
  for (const f of result.findings) {
    const key = keyOf(f.location), row = rowKeyOf(f.location);
    if (key) (byKey.get(key) || byKey.set(key, []).get(key)).push(f);
    if (row) (byRow.get(row) || byRow.set(row, []).get(row)).push(f);
  }
  const worst = list => list.reduce((w, f) => SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[w] ? f.severity : w, "info");
  const details = el("details", { class: "view", open: result.findings.length ? "" : null }, el("summary", {}, t("view")));
  for (const sheet of view.sheets) {
    if (sheet.name) details.append(el("div", { class: "sheetname" }, sheet.name));
    const table = el("table", { class: "grid" });
    const width = Math.max(0, ...sheet.rows.map(r => r.cells.length));
    if (sheet.rows.some(r => r.cells.some(c => c.k && c.k.startsWith("S")))) {  // a workbook: its column letters
      table.append(el("tr", { class: "letters" }, el("td", { class: "n" }, ""),
        ...Array.from({ length: width }, (_, k) => el("td", { class: "n" }, letters(k)))));
    }
    for (const row of sheet.rows) {
      const rowFindings = row.key && byRow.get(row.key) || [];
      const tr = el("tr", { class: rowFindings.length ? "rowmark" : null }, el("td", { class: "n" }, row.n ?? ""));
      const lineOnly = row.key && row.key.startsWith("L");  // a text line: its findings name the line, not a cell
      row.cells.forEach((cell, k) => {
        let list = cell.k && !lineOnly ? byKey.get(cell.k) || [] : [];
        if (lineOnly && rowFindings.length && (cell.t || k === row.cells.length - 1)) list = rowFindings;
        const td = el("td", { "data-k": cell.k, class: list.length ? worst(list) : null }, cell.t);
        if (list.length) td.addEventListener("click", () => {
          showDetail(list);
          td.scrollIntoView({ block: "nearest", inline: "center" });
        });
        tr.append(td);
      });
      table.append(tr);
    }
    details.append(el("div", { class: "gridwrap" }, table));
    if (sheet.more) details.append(el("div", { class: "sheetname" }, t("more", sheet.more)));
  }
  return details;
}

function reveal(box, finding) {
  showDetail([finding]);  // the panel first: the page narrows, then the cell is brought into view
  const details = $("details.view", box); if (details) details.open = true;
  const key = keyOf(finding.location), row = rowKeyOf(finding.location);
  let target = key && !key.startsWith("L") ? box.querySelector(`td[data-k="${CSS.escape(key)}"]`) : null;
  if (!target && row) target = [...box.querySelectorAll("table.grid tr")].find(tr =>
    tr.querySelector("td.n") && `${row}` === rowKeyFromRow(tr, finding.location))?.querySelector("td.error, td.warning, td.info");
  if (target) requestAnimationFrame(() => {
    target.scrollIntoView({ block: "center", inline: "center" });
    target.classList.remove("flash"); void target.offsetWidth; target.classList.add("flash");
  });
}

function rowKeyFromRow(tr, loc) {
  const first = tr.querySelector("td[data-k]");
  if (!first) return null;
  const k = first.dataset.k;
  if (k.startsWith("L")) return k;
  return rowKeyOf(loc);
}

async function showDetail(findings) {
  const panel = $("#detail"), content = $("#detail-body");
  content.replaceChildren(el("h3", {}, t("cellfindings")), ...findings.map(f => {
    const explain = el("div");
    const link = el("span", { class: "link", onclick: async () => {
      const response = await fetch(`/api/v1/rules/${encodeURIComponent(f.rule)}?lang=${state.lang}`, { headers: headers() });
      explain.replaceChildren(response.ok ? markdown((await response.json()).explanation) : el("div", {}, await problemOf(response)));
    } }, t("explain"));
    return el("div", { class: "card" }, el("div", {}, el("span", { class: `sev ${f.severity}` }, t(f.severity)), " ",
      el("span", { class: "rule" }, f.rule), " · ", whereOf(f.location), " · ", link),
      el("p", {}, el("b", {}, f.message)),
      el("dl", {}, ...[["expected", f.expected], ["actual", f.actual], ["suggestion", f.suggestion], ["basis", f.basis]]
        .filter(([, v]) => v).flatMap(([k, v]) => [el("dt", {}, t(k)), el("dd", {}, v)])), explain);
  }));
  panel.hidden = false;
  document.body.classList.add("panel");
}

function markdown(text) {  // the rule's page, written in a little Markdown: headings, lists, bold, code
  const box = el("div", { class: "explain" });
  let block = null;
  const inline = line => {
    const out = el("span");
    line.split(/(\*\*[^*]+\*\*|`[^`]+`)/).forEach(part => {
      if (part.startsWith("**") && part.endsWith("**")) out.append(el("b", {}, part.slice(2, -2)));
      else if (part.startsWith("`") && part.endsWith("`")) out.append(el("code", {}, part.slice(1, -1)));
      else out.append(part);
    });
    return out;
  };
  let fence = null;
  for (const line of text.split("\n")) {
    if (line.startsWith("```")) { fence = fence ? (box.append(fence), null) : el("pre"); continue; }
    if (fence) { fence.append(line + "\n"); continue; }
    if (line.startsWith("### ")) { box.append(el("h4", {}, line.slice(4))); block = null; continue; }
    if (line.startsWith("- ")) { if (!block) { block = el("ul"); box.append(block); } block.append(el("li", {}, inline(line.slice(2)))); continue; }
    block = null;
    if (line.trim()) box.append(el("p", {}, inline(line)));
  }
  return box;
}

async function download(format) {
  setStatus(t("downloading", format));
  const url = format === "annotated" ? `/api/v1/annotate?${query()}` : `/api/v1/validate?${query({ format })}`;
  const response = await fetch(url, { method: "POST", body: body(), headers: headers() });
  if (!response.ok) { setStatus(t("failed", await problemOf(response)), true); return; }
  const blob = await response.blob();
  const named = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get("Content-Disposition") || "");
  const name = named ? decodeURIComponent(named[1]) : `jxcheck-report.${format === "annotated" ? "xlsx" : format}`;
  const link = el("a", { href: URL.createObjectURL(blob), download: name });
  document.body.append(link); link.click(); link.remove();
  setStatus("");
}

function setup() {
  const drop = $("#drop");
  $("#pick").addEventListener("change", event => { choose([...event.target.files]); event.target.value = ""; });
  for (const name of ["dragenter", "dragover"]) drop.addEventListener(name, e => { e.preventDefault(); drop.classList.add("over"); });
  for (const name of ["dragleave", "drop"]) drop.addEventListener(name, e => { e.preventDefault(); drop.classList.remove("over"); });
  drop.addEventListener("drop", e => choose([...e.dataTransfer.files]));
  $("#go").addEventListener("click", check);
  $("#clear").addEventListener("click", () => { state.files = []; state.report = null; showChosen(); $("#results").hidden = true; setStatus(""); });
  for (const button of document.querySelectorAll("#downloads button[data-format]")) button.addEventListener("click", () => download(button.dataset.format));
  $("#annotated").addEventListener("click", () => download("annotated"));
  const switchTo = lang => { state.lang = lang; applyLanguage(); if (state.report && state.files.length) check(); };
  $("#lang-zh").addEventListener("click", () => switchTo("zh"));  // findings come in the language asked: ask again
  $("#lang-en").addEventListener("click", () => switchTo("en"));
  $("#close").addEventListener("click", () => { $("#detail").hidden = true; document.body.classList.remove("panel"); });
  if (state.token) history.replaceState(null, "", location.pathname);  // the token stays out of the address bar
  applyLanguage();
}

setup();
