/* klastry review — draws the review pages from their JSON block.
 *
 * Vanilla JS, no dependencies, works from file://. Every string that comes from a
 * document reaches the page through textContent or setAttribute on a fixed attribute,
 * never through HTML parsing; links are made only for http(s) addresses. Verdicts live in
 * localStorage (shared by the index and the document pages) until exported as JSONL for
 * `klastry corrections apply`.
 */
(function () {
  "use strict";

  const DATA = JSON.parse(document.getElementById("review-data").textContent);
  const FIELDS = DATA.fields;
  const FIELD = Object.fromEntries(FIELDS.map((f) => [f.key, f]));
  const LIST_FIELDS = new Set(["aliases", "goals", "websites"]);
  const INT_FIELDS = new Set(["member_count", "founded_year"]);
  const STORE_KEY = "klastry-review:" + DATA.siteKey;

  // ---- DOM -------------------------------------------------------------------------------

  function h(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else if (k === "dataset") Object.assign(node.dataset, v);
      else if (k === "style") for (const [p, val] of Object.entries(v)) node.style.setProperty(p, val);
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? "" : String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function safeUrl(value) {
    const text = String(value || "").trim();
    const candidate = /^www\./i.test(text) ? "http://" + text : text;
    try {
      const url = new URL(candidate);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function isEmpty(value) {
    return value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length);
  }

  function display(key, value) {
    if (key === "member_count_approx") return value ? "yes" : "no";
    if (isEmpty(value)) return "—";
    return Array.isArray(value) ? value.join(" | ") : String(value);
  }

  function visible(text) {
    return String(text).replace(/\n/g, "↵").replace(/\t/g, "⇥").replace(/ /g, "·");
  }

  function confClass(c) {
    if (c === undefined || c === null) return "conf-none";
    return c < 0.6 ? "conf-low" : c < 0.8 ? "conf-mid" : "conf-high";
  }

  function confPill(c) {
    const text = c === undefined || c === null ? "–" : c.toFixed(2);
    return h("span", { class: "pill " + confClass(c), title: "confidence" }, text);
  }

  // ---- verdicts (localStorage) -------------------------------------------------------------

  function loadState() {
    try {
      const s = JSON.parse(localStorage.getItem(STORE_KEY) || "{}");
      return { reviewer: s.reviewer || "", verdicts: s.verdicts || {} };
    } catch (e) {
      return { reviewer: "", verdicts: {} };
    }
  }
  let state = loadState();

  function save() {
    try {
      localStorage.setItem(STORE_KEY, JSON.stringify(state));
    } catch (e) {
      toast("Verdicts could not be saved in this browser: export them now.");
    }
    updateExport();
  }

  const vkey = (doc, mention, field) => JSON.stringify([doc, mention, field]);
  const verdictFor = (m, field) => state.verdicts[vkey(m.doc, m.name, field)] || null;

  function setVerdict(m, field, verdict, value) {
    const time = new Date().toISOString().replace(/\.\d+Z$/, "Z");
    state.verdicts[vkey(m.doc, m.name, field)] = { doc: m.doc, mention: m.name, field, verdict, value, time };
    save();
  }

  function clearVerdict(m, field) {
    delete state.verdicts[vkey(m.doc, m.name, field)];
    save();
  }

  function verdictsOf(m) {
    return FIELDS.map((f) => verdictFor(m, f.key)).filter(Boolean);
  }

  function exportLines() {
    const reviewer = state.reviewer.trim() || "anonymous";
    return Object.values(state.verdicts)
      .sort((a, b) => (a.doc + a.mention + a.field).localeCompare(b.doc + b.mention + b.field))
      .map((v) =>
        JSON.stringify({
          doc: v.doc, mention: v.mention, field: v.field, verdict: v.verdict,
          value: v.value, reviewer, time: v.time,
        })
      );
  }

  function exportText() {
    const lines = exportLines();
    return lines.length ? lines.join("\n") + "\n" : "";
  }

  function downloadExport() {
    const blob = new Blob([exportText()], { type: "application/x-ndjson" });
    const url = URL.createObjectURL(blob);
    const who = (state.reviewer.trim() || "anonymous").replace(/[^\p{L}\p{N}_-]+/gu, "-");
    const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, "");
    const link = h("a", { href: url, download: `corrections-${who}-${stamp}.jsonl`, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 2000);
  }

  // ---- chrome: top bar, export drawer, toast -----------------------------------------------

  let exportCount = null;
  let exportArea = null;

  function updateExport() {
    const n = Object.keys(state.verdicts).length;
    if (exportCount) exportCount.textContent = String(n);
    if (exportArea) exportArea.value = exportText();
  }

  function toast(message) {
    const node = h("div", { class: "toast", role: "status" }, message);
    document.body.append(node);
    setTimeout(() => node.remove(), 3500);
  }

  function topbar(title) {
    const reviewer = h("input", {
      id: "reviewer", type: "text", placeholder: "your name", autocomplete: "name",
      oninput: (e) => { state.reviewer = e.target.value; save(); },
    });
    reviewer.value = state.reviewer;
    exportCount = h("span", { class: "count", id: "export-count" }, "0");
    const drawer = exportDrawer();
    return [
      h("header", { class: "topbar" },
        h("a", { class: "brand", href: "index.html" }, h("span", { class: "logo" }, "k"), "klastry review"),
        h("span", { class: "crumb" }, title),
        h("span", { class: "spacer" }),
        h("span", { class: "scope", title: "what this site contains" }, DATA.scope),
        h("label", { class: "reviewer" }, "Reviewer", reviewer),
        h("button", {
          id: "export-open", class: "btn primary", type: "button",
          onclick: () => { drawer.hidden = !drawer.hidden; updateExport(); },
        }, "Export verdicts", exportCount)),
      drawer,
    ];
  }

  function exportDrawer() {
    exportArea = h("textarea", { id: "export-text", readonly: true, spellcheck: "false", rows: 14 });
    const drawer = h("aside", { id: "export-panel", class: "drawer", hidden: true, "aria-label": "Export verdicts" },
      h("div", { class: "drawer-head" },
        h("h2", {}, "Export verdicts"),
        h("button", { class: "btn ghost", type: "button", onclick: () => { drawer.hidden = true; } }, "Close")),
      h("p", { class: "hint" },
        "Your verdicts are kept in this browser. Download them as a corrections file, then run ",
        h("code", {}, "klastry corrections apply FILE"),
        " and re-run the pipeline: every later run applies them."),
      h("div", { class: "drawer-actions" },
        h("button", { id: "export-download", class: "btn primary", type: "button", onclick: downloadExport }, "Download .jsonl"),
        h("button", {
          id: "export-copy", class: "btn", type: "button",
          onclick: () => { exportArea.select(); document.execCommand("copy"); toast("Copied to the clipboard."); },
        }, "Copy"),
        h("button", {
          id: "export-clear", class: "btn danger", type: "button",
          onclick: () => {
            if (confirm("Forget all verdicts kept in this browser? Export and apply them first.")) {
              state.verdicts = {};
              save();
              render();
            }
          },
        }, "Clear after applying")),
      exportArea);
    return drawer;
  }

  // ---- index: tables of mentions and clusters ------------------------------------------------

  const ui = { tab: "mentions", sort: { key: "weakest", dir: 1 }, q: "", doc: "", voiv: "", conf: "", verdict: "" };

  function cellValue(key, value, conf, verdict) {
    const text = display(key, value);
    const node = h("span", { class: "cell " + confClass(conf) + (isEmpty(value) ? " empty" : ""), title: text });
    if (verdict) {
      const icon = { accept: "✓", reject: "✗", correct: "✎" }[verdict.verdict];
      node.append(h("span", { class: "mark mark-" + verdict.verdict, title: verdict.verdict }, icon));
      if (verdict.verdict === "correct") {
        node.append(h("span", { class: "corrected" }, display(key, verdict.value)));
        return node;
      }
    }
    node.append(text);
    return node;
  }

  function mentionColumns() {
    const field = (key, label) => ({
      key, label,
      sort: (m) => sortable(m.values[key]),
      cell: (m) => cellValue(key, m.values[key], m.confidence[key], verdictFor(m, key)),
    });
    return [
      { key: "weakest", label: "Conf.", sort: (m) => m.weakest, cell: (m) => confPill(m.weakest), cls: "num" },
      {
        key: "review", label: "Review", sort: (m) => reviewCount(m),
        cell: (m) => reviewBadge(m),
      },
      {
        key: "name", label: "Name", sort: (m) => m.name.toLowerCase(),
        cell: (m) => h("a", { class: "name-link " + confClass(m.confidence.name), href: m.page + "#m=" + encodeURIComponent(m.id) }, m.name),
      },
      { key: "doc", label: "Document", sort: (m) => m.doc, cell: (m) => h("span", { class: "cell doc", title: m.doc }, m.doc) },
      field("voivodeship", "Voivodeship"),
      field("town", "Town"),
      {
        key: "member_count", label: "Members", sort: (m) => sortable(m.values.member_count), cls: "num",
        cell: (m) => {
          const v = verdictFor(m, "member_count");
          const node = cellValue("member_count", m.values.member_count, m.confidence.member_count, v);
          if (m.values.member_count_approx && !isEmpty(m.values.member_count)) node.prepend("~");
          return node;
        },
      },
      field("founded_year", "Founded"),
      field("legal_form", "Legal form"),
      field("coordinator", "Coordinator"),
      field("country", "Country"),
      {
        key: "websites", label: "Websites", sort: (m) => sortable(m.values.websites),
        cell: (m) => linkList(m.values.websites, m.confidence.websites, verdictFor(m, "websites")),
      },
      field("goals", "Goals"),
      field("aliases", "Aliases"),
      {
        key: "cluster", label: "Cluster", sort: (m) => (m.cluster ? m.cluster.name.toLowerCase() : null),
        cell: (m) => m.cluster
          ? h("span", { class: "cell", title: m.cluster.id }, m.cluster.name, h("span", { class: "muted" }, ` · ${m.cluster.docs} doc${m.cluster.docs > 1 ? "s" : ""}`))
          : h("span", { class: "cell empty" }, "—"),
      },
    ];
  }

  function clusterColumns() {
    const field = (key, label) => ({
      key, label, sort: (c) => sortable(c[key]), cell: (c) => cellValue(key, c[key], null, null),
    });
    return [
      { key: "confidence", label: "Conf.", sort: (c) => c.confidence, cell: (c) => confPill(c.confidence), cls: "num" },
      { key: "name", label: "Name", sort: (c) => c.name.toLowerCase(), cell: (c) => h("span", { class: "cell strong", title: c.cluster_id }, c.name) },
      field("voivodeship", "Voivodeship"),
      field("town", "Town"),
      {
        key: "member_count", label: "Members", cls: "num", sort: (c) => sortable(c.member_count),
        cell: (c) => h("span", { class: "cell" + (c.member_count === null ? " empty" : ""), title: c.member_count_basis || "" },
          (c.member_count_approx && c.member_count !== null ? "~" : "") + display("member_count", c.member_count)),
      },
      field("founded_year", "Founded"),
      field("legal_form", "Legal form"),
      field("coordinator", "Coordinator"),
      field("country", "Country"),
      { key: "websites", label: "Websites", sort: (c) => sortable(c.websites), cell: (c) => linkList(c.websites, null, null) },
      field("goals", "Goals"),
      field("aliases", "Aliases"),
      {
        key: "links", label: "Mentions", sort: (c) => c.links.length,
        cell: (c) => h("span", { class: "cell links" }, c.links.map((l) =>
          h("a", { href: l.page + "#m=" + encodeURIComponent(l.id), title: l.doc }, l.doc.replace(/\.[^.]+$/, "")))),
      },
    ];
  }

  function sortable(value) {
    if (isEmpty(value)) return null;
    if (Array.isArray(value)) return value.length;
    return typeof value === "string" ? value.toLowerCase() : value;
  }

  function linkList(urls, conf, verdict) {
    if (verdict || isEmpty(urls)) return cellValue("websites", urls, conf, verdict);
    const node = h("span", { class: "cell links " + confClass(conf) });
    urls.forEach((u) => {
      const href = safeUrl(u);
      node.append(href ? h("a", { href, target: "_blank", rel: "noopener noreferrer nofollow" }, u) : h("span", {}, u));
    });
    return node;
  }

  function reviewCount(m) {
    return FIELDS.filter((f) => verdictFor(m, f.key) || m.reviewed[f.key]).length;
  }

  function reviewBadge(m) {
    const local = verdictsOf(m);
    const done = reviewCount(m);
    const node = h("span", { class: "review-badge" + (done ? " some" : "") }, `${done}/${FIELDS.length}`);
    for (const kind of ["accept", "reject", "correct"]) {
      const n = local.filter((v) => v.verdict === kind).length;
      if (n) node.append(h("span", { class: "mark mark-" + kind, title: `${n} ${kind}` }, { accept: "✓", reject: "✗", correct: "✎" }[kind] + n));
    }
    return node;
  }

  function mentionMatches(m) {
    if (ui.doc && m.doc !== ui.doc) return false;
    if (ui.voiv && (m.values.voivodeship || "∅") !== ui.voiv) return false;
    if (ui.conf && !(m.weakest < Number(ui.conf))) return false;
    if (ui.q) {
      const hay = [m.name, ...(m.values.aliases || []), m.values.town || "", m.values.coordinator || ""].join(" ").toLowerCase();
      if (!hay.includes(ui.q.toLowerCase())) return false;
    }
    const local = verdictsOf(m);
    switch (ui.verdict) {
      case "none": return !local.length && !Object.keys(m.reviewed).length;
      case "pending": return local.length > 0;
      case "accept": case "reject": case "correct": return local.some((v) => v.verdict === ui.verdict);
      case "run": return Object.keys(m.reviewed).length > 0;
      default: return true;
    }
  }

  function clusterMatches(c) {
    if (ui.doc && !c.docs.includes(ui.doc)) return false;
    if (ui.voiv && (c.voivodeship || "∅") !== ui.voiv) return false;
    if (ui.conf && !(c.confidence < Number(ui.conf))) return false;
    if (ui.q) {
      const hay = [c.name, ...c.aliases, c.town || ""].join(" ").toLowerCase();
      if (!hay.includes(ui.q.toLowerCase())) return false;
    }
    return true;
  }

  function sortRows(rows, columns) {
    const col = columns.find((c) => c.key === ui.sort.key) || columns[0];
    const dir = ui.sort.dir;
    return rows
      .map((row, i) => ({ row, i, v: col.sort(row) }))
      .sort((a, b) => {
        if (a.v === b.v) return a.i - b.i;
        if (a.v === null || a.v === undefined) return 1;
        if (b.v === null || b.v === undefined) return -1;
        if (typeof a.v === "string" || typeof b.v === "string") return dir * String(a.v).localeCompare(String(b.v), "pl");
        return dir * (a.v - b.v);
      })
      .map((x) => x.row);
  }

  function select(id, label, options, key) {
    const node = h("select", {
      id, "aria-label": label,
      onchange: (e) => { ui[key] = e.target.value; ui.limit = 0; drawTable(); },
    }, options.map(([value, text]) => h("option", { value }, text)));
    node.value = ui[key];
    return h("label", { class: "filter" }, h("span", {}, label), node);
  }

  let tableHost = null;
  let countHost = null;

  function renderIndex(app) {
    app.append(...topbar("All documents"));
    const docs = DATA.documents.map((d) => [d.name, `${d.name} (${d.mentions})`]);
    const voivs = [["∅", "— none —"], ...DATA.voivodeships.map((v) => [v, v])];
    const low = DATA.mentions.filter((m) => m.weakest < 0.6).length;
    const search = h("input", {
      id: "filter-q", type: "search", placeholder: "Search names, towns…", "aria-label": "Search",
      oninput: (e) => { ui.q = e.target.value; ui.limit = 0; drawTable(); },
    });
    search.value = ui.q;
    tableHost = h("div", { class: "table-wrap", id: "table-wrap" });
    countHost = h("span", { class: "muted count-label" });
    const tab = (key, label, n) => h("button", {
      class: "tab" + (ui.tab === key ? " active" : ""), type: "button", role: "tab",
      "aria-selected": ui.tab === key ? "true" : "false", dataset: { tab: key },
      onclick: () => { ui.tab = key; ui.sort = { key: key === "mentions" ? "weakest" : "confidence", dir: 1 }; render(); },
    }, label, h("span", { class: "tab-count" }, String(n)));
    app.append(h("main", { class: "index" },
      h("section", { class: "summary" },
        stat(DATA.mentions.length, "mentions"),
        stat(DATA.clusters.length, "clusters"),
        stat(DATA.documents.length, "documents"),
        stat(low, "with a field below 0.6", low ? "warn" : ""),
        stat(Object.keys(state.verdicts).length, "verdicts in this browser")),
      h("div", { class: "toolbar" },
        h("div", { class: "tabs", role: "tablist" },
          tab("mentions", "Mentions", DATA.mentions.length), tab("clusters", "Clusters", DATA.clusters.length)),
        search,
        select("filter-doc", "Document", [["", "All"], ...docs], "doc"),
        select("filter-voiv", "Voivodeship", [["", "All"], ...voivs], "voiv"),
        select("filter-conf", "Confidence", [["", "Any"], ["0.5", "below 0.5"], ["0.6", "below 0.6"], ["0.7", "below 0.7"], ["0.8", "below 0.8"], ["0.9", "below 0.9"], ["1", "below 1.0"]], "conf"),
        ui.tab === "mentions" ? select("filter-verdict", "Verdict", [["", "Any"], ["none", "Not reviewed"], ["pending", "With verdicts here"], ["accept", "Accepted"], ["reject", "Rejected"], ["correct", "Corrected"], ["run", "Reviewed in this run"]], "verdict") : null,
        h("button", {
          class: "btn ghost", type: "button", id: "filter-reset",
          onclick: () => { Object.assign(ui, { q: "", doc: "", voiv: "", conf: "", verdict: "" }); render(); },
        }, "Reset"),
        countHost),
      h("p", { class: "hint-line muted small" },
        "Conf. is the weakest field's confidence. Values in red are below 0.6, in amber below 0.8. ",
        "Click a row to see the evidence and record verdicts."),
      tableHost));
    drawTable();
  }

  function stat(n, label, cls) {
    return h("div", { class: "stat " + (cls || "") }, h("strong", {}, String(n)), h("span", {}, label));
  }

  const ROW_LIMIT = 300;

  function drawTable() {
    const mentions = ui.tab === "mentions";
    const columns = mentions ? mentionColumns() : clusterColumns();
    const all = mentions ? DATA.mentions : DATA.clusters;
    const rows = sortRows(all.filter(mentions ? mentionMatches : clusterMatches), columns);
    countHost.textContent = `showing ${rows.length} of ${all.length}`;
    const head = h("tr", {}, columns.map((c) => {
      const active = ui.sort.key === c.key;
      return h("th", { class: c.cls || "", "aria-sort": active ? (ui.sort.dir > 0 ? "ascending" : "descending") : "none" },
        h("button", {
          type: "button", class: "sort", dataset: { sort: c.key },
          onclick: () => { ui.sort = { key: c.key, dir: active ? -ui.sort.dir : 1 }; drawTable(); },
        }, c.label, h("span", { class: "arrow" }, active ? (ui.sort.dir > 0 ? "▲" : "▼") : "")));
    }));
    const limit = ui.limit || ROW_LIMIT;
    const body = h("tbody", {}, rows.slice(0, limit).map((row) => h("tr", {
      class: "row-link",
      dataset: mentions ? { id: row.id } : { cluster: row.cluster_id },
      onclick: (e) => {
        if (e.target.closest("a")) return;
        const target = mentions ? row : row.links[0];
        if (target) location.href = target.page + "#m=" + encodeURIComponent(target.id);
      },
    }, columns.map((c) => h("td", { class: (c.cls || "") + " col-" + c.key }, c.cell(row))))));
    if (rows.length > limit) {
      body.append(h("tr", {}, h("td", { colspan: columns.length, class: "more-row" },
        h("button", { type: "button", class: "btn", id: "show-more", onclick: () => { ui.limit = limit + ROW_LIMIT; drawTable(); } },
          `Show ${Math.min(ROW_LIMIT, rows.length - limit)} more of ${rows.length - limit} left`))));
    }
    if (!rows.length) body.append(h("tr", {}, h("td", { colspan: columns.length, class: "empty-row" }, "Nothing matches these filters.")));
    tableHost.replaceChildren(h("table", { class: "grid", id: mentions ? "mentions-table" : "clusters-table" }, h("thead", {}, head), body));
  }

  // ---- document page: fields, evidence, text ---------------------------------------------

  const doc = { selected: null, original: false, editing: null, scrollPending: true };

  function mentionById(id) {
    return DATA.mentions.find((m) => m.id === id) || null;
  }

  function renderDocument(app) {
    if (!doc.selected) {
      const fromHash = decodeURIComponent((location.hash.match(/^#m=(.*)$/) || [])[1] || "");
      const sorted = [...DATA.mentions].sort((a, b) => a.weakest - b.weakest);
      doc.selected = mentionById(fromHash) || sorted[0] || null;
    }
    app.append(...topbar(DATA.doc.name));
    const m = doc.selected;
    app.append(h("main", { class: "document" },
      mentionList(),
      h("section", { class: "panel fields-panel", id: "fields-panel", "aria-label": "Fields" }, m ? mentionPanel(m) : h("p", { class: "muted" }, "No mentions.")),
      h("section", { class: "panel text-panel", "aria-label": "Document text" }, textPanel(m))));
    if (m && doc.scrollPending) {
      doc.scrollPending = false;
      requestAnimationFrame(() => scrollToEvidence(firstEvidence(m), false));
    }
  }

  function mentionList() {
    const sorted = [...DATA.mentions].sort((a, b) => a.weakest - b.weakest || a.name.localeCompare(b.name, "pl"));
    return h("nav", { class: "panel mention-list", id: "mention-list", "aria-label": "Mentions in this document" },
      h("a", { class: "back", href: "index.html" }, "← All mentions"),
      h("h2", {}, `Mentions (${DATA.mentions.length})`),
      h("p", { class: "keys muted small" }, h("kbd", {}, "j"), " / ", h("kbd", {}, "k"), " next / previous"),
      h("ul", {}, sorted.map((m) => h("li", {},
        h("button", {
          type: "button", class: "mention-item" + (doc.selected === m ? " active" : ""), dataset: { id: m.id },
          "aria-current": doc.selected === m ? "true" : null,
          onclick: () => { doc.selected = m; doc.editing = null; doc.scrollPending = true; history.replaceState(null, "", "#m=" + encodeURIComponent(m.id)); render(); },
        }, confPill(m.weakest), h("span", { class: "mention-name" }, m.name), reviewBadge(m))))));
  }

  function mentionPanel(m) {
    const meta = [m.doc, m.id];
    if (m.cluster) meta.push(`cluster ${m.cluster.name} (${m.cluster.docs} doc${m.cluster.docs > 1 ? "s" : ""})`);
    return [
      h("div", { class: "mention-head" },
        h("h1", { id: "mention-title" }, m.name),
        h("p", { class: "muted meta" }, meta.join(" · "))),
      h("div", { class: "field-list" }, FIELDS.map((f) => fieldRow(m, f))),
    ];
  }

  function fieldRow(m, f) {
    const value = m.values[f.key];
    const conf = m.confidence[f.key];
    const evidence = (m.evidence || {})[f.key] || [];
    const v = verdictFor(m, f.key);
    const blank = f.key === "member_count_approx" ? !value : isEmpty(value);
    const quiet = blank && !evidence.length && !v && doc.editing !== f.key;
    const row = h("div", {
      class: "field-row" + (v ? " verdict-" + v.verdict : "") + (quiet ? " quiet" : ""),
      dataset: { field: f.key },
    });
    const actions = h("div", { class: "actions", role: "group", "aria-label": f.label + " verdict" },
      verdictButton(m, f, "accept", "✓ Accept", v),
      verdictButton(m, f, "reject", "✗ Reject", v),
      verdictButton(m, f, "correct", "✎ Correct", v));
    row.append(
      h("div", { class: "field-head" },
        h("span", { class: "swatch", style: { "--c": f.color } }),
        h("span", { class: "field-label" }, f.label),
        m.reviewed[f.key] ? h("span", { class: "tag tag-run", title: "a stored verdict was applied in this run" }, "reviewed") : null,
        conf !== undefined ? confMeter(conf) : null,
        actions),
      h("div", { class: "field-value" }, valueNode(f.key, value, v)));
    if (doc.editing === f.key) row.append(editor(m, f, v));
    if (evidence.length) row.append(evidenceList(m, f, evidence));
    return row;
  }

  function verdictButton(m, f, kind, label, v) {
    const pressed = v && v.verdict === kind;
    return h("button", {
      type: "button", class: "btn small verdict-btn " + kind + (pressed ? " pressed" : ""),
      dataset: { action: kind }, "aria-pressed": pressed ? "true" : "false",
      title: pressed ? "Click again to undo" : "",
      onclick: () => {
        if (kind === "correct") {
          doc.editing = doc.editing === f.key ? null : f.key;
        } else if (pressed) {
          clearVerdict(m, f.key);
        } else {
          setVerdict(m, f.key, kind, kind === "accept" ? m.values[f.key] : null);
          doc.editing = null;
        }
        render();
      },
    }, label);
  }

  function confMeter(c) {
    return h("span", { class: "meter " + confClass(c), title: `confidence ${c.toFixed(2)}` },
      h("span", { class: "meter-bar" }, h("span", { class: "meter-fill", style: { width: Math.round(c * 100) + "%" } })),
      h("span", { class: "meter-num" }, c.toFixed(2)));
  }

  function valueNode(key, value, v) {
    const shown = h("div", { class: "value" + (isEmpty(value) ? " empty" : "") });
    if (key === "goals" && Array.isArray(value) && value.length) {
      shown.append(h("ol", { class: "goals" }, value.map((g) => h("li", {}, g))));
    } else if (key === "websites" && Array.isArray(value) && value.length) {
      shown.append(h("ul", { class: "sites" }, value.map((u) => {
        const href = safeUrl(u);
        return h("li", {}, href ? h("a", { href, target: "_blank", rel: "noopener noreferrer nofollow" }, u) : u);
      })));
    } else {
      shown.append(display(key, value));
    }
    if (!v) return shown;
    if (v.verdict === "accept") return [shown, h("div", { class: "verdict-note accept" }, "✓ accepted")];
    shown.classList.add("struck");
    if (v.verdict === "reject") return [shown, h("div", { class: "verdict-note reject" }, "✗ rejected: no value")];
    return [shown, h("div", { class: "verdict-note correct" }, "✎ corrected to ", h("strong", { class: "corrected-value" }, display(key, v.value)))];
  }

  function editor(m, f, v) {
    const current = v && v.verdict === "correct" ? v.value : m.values[f.key];
    let input;
    if (f.key === "voivodeship") {
      input = h("select", {}, h("option", { value: "" }, "— none —"), DATA.voivodeships.map((x) => h("option", { value: x }, x)));
      input.value = current || "";
    } else if (f.key === "member_count_approx") {
      input = h("select", {}, h("option", { value: "false" }, "no"), h("option", { value: "true" }, "yes"));
      input.value = current ? "true" : "false";
    } else if (LIST_FIELDS.has(f.key)) {
      input = h("textarea", { rows: Math.max(3, (current || []).length + 1), placeholder: "one item a line" });
      input.value = (current || []).join("\n");
    } else {
      input = h("input", { type: "text", inputmode: INT_FIELDS.has(f.key) ? "numeric" : null, maxlength: f.key === "country" ? 2 : null });
      input.value = isEmpty(current) ? "" : String(current);
    }
    input.classList.add("correct-input");
    input.setAttribute("aria-label", "Correct " + f.label);
    const error = h("span", { class: "error", role: "alert" });
    const submit = () => {
      const parsed = parseValue(f.key, input.value);
      if (parsed.error) { error.textContent = parsed.error; return; }
      setVerdict(m, f.key, "correct", parsed.value);
      doc.editing = null;
      render();
    };
    input.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && (input.tagName !== "TEXTAREA" || e.ctrlKey || e.metaKey)) { e.preventDefault(); submit(); }
      if (e.key === "Escape") { doc.editing = null; render(); }
    });
    requestAnimationFrame(() => input.focus());
    return h("div", { class: "editor" }, input,
      h("button", { type: "button", class: "btn small primary", dataset: { action: "save" }, onclick: submit }, "Save"),
      h("button", { type: "button", class: "btn small ghost", dataset: { action: "cancel" }, onclick: () => { doc.editing = null; render(); } }, "Cancel"),
      error);
  }

  function parseValue(key, raw) {
    const text = String(raw).trim();
    if (LIST_FIELDS.has(key)) return { value: text.split("\n").map((s) => s.trim()).filter(Boolean) };
    if (key === "member_count_approx") return { value: text === "true" };
    if (!text) return key === "name" ? { error: "A name cannot be empty: reject the name instead." } : { value: null };
    if (INT_FIELDS.has(key)) return /^\d{1,6}$/.test(text) ? { value: Number(text) } : { error: "A whole number, please." };
    if (key === "country") return /^[A-Za-z]{2}$/.test(text) ? { value: text.toUpperCase() } : { error: "A two-letter code (PL, DE, …)." };
    return { value: text };
  }

  // -- evidence of one field: quotes, the original passage and the repairs made there

  function evidenceList(m, f, evidence) {
    return h("ul", { class: "evidence" }, evidence.map((ev, i) => {
      const item = h("li", {},
        h("button", {
          type: "button", class: "quote", dataset: { ev: f.key + "#" + i },
          title: "Show in the text", onclick: () => scrollToEvidence({ field: f.key, index: i }, true),
        }, h("span", { class: "page-tag" }, "p. " + ev.page), h("q", {}, ev.quote)),
        ev.exact ? null : h("span", { class: "warn small" }, " offsets do not match the quote"));
      if (doc.original) item.append(originalPassage(ev));
      return item;
    }));
  }

  function pageOf(number) {
    return DATA.doc.pages.find((p) => p.number === number) || null;
  }

  function originalPassage(ev) {
    const page = pageOf(ev.page);
    if (!page || ev.ostart === undefined) return h("div", { class: "passage muted" }, "The original text of this page is not available.");
    const from = Math.max(0, ev.ostart - 60);
    const to = Math.min(page.original.length, ev.oend + 60);
    const repairs = page.steps.filter((s) => s.end >= from && s.start <= to && (s.end > ev.ostart - 60 || s.start < ev.oend + 60));
    return h("div", { class: "passage" },
      h("div", { class: "passage-label" }, "Original text"),
      h("pre", { class: "passage-text" },
        from > 0 ? "…" : "", page.original.slice(from, ev.ostart),
        h("mark", {}, page.original.slice(ev.ostart, ev.oend)),
        page.original.slice(ev.oend, to), to < page.original.length ? "…" : ""),
      repairs.length
        ? h("ul", { class: "repairs" }, repairs.map((s) => h("li", {},
            h("span", { class: "rule" }, s.rule), " ", h("code", {}, visible(s.before)), " → ", h("code", {}, visible(s.after)),
            s.reason ? h("span", { class: "muted small" }, " — " + s.reason) : null)))
        : h("p", { class: "muted small" }, "No repairs in this passage."));
  }

  // -- the document text with every field's evidence highlighted

  function firstEvidence(m) {
    for (const f of FIELDS) if (((m.evidence || {})[f.key] || []).length) return { field: f.key, index: 0 };
    return null;
  }

  function scrollToEvidence(target, flash) {
    if (!target) return;
    const node = document.querySelector(`.text-panel [data-ev~="${CSS.escape(target.field + "#" + target.index)}"]`);
    const body = document.getElementById("text-body");
    if (!node || !body) return;
    // Scroll the text panel only (scrollIntoView would also move the page and other panels).
    const offset = node.getBoundingClientRect().top - body.getBoundingClientRect().top;
    body.scrollTo({ top: body.scrollTop + offset - body.clientHeight / 3, behavior: flash ? "smooth" : "auto" });
    if (flash) {
      document.querySelectorAll(`.text-panel [data-ev~="${CSS.escape(target.field + "#" + target.index)}"]`).forEach((n) => {
        n.classList.remove("flash");
        void n.offsetWidth;
        n.classList.add("flash");
      });
    }
  }

  function textPanel(m) {
    const toggle = h("input", {
      type: "checkbox", id: "toggle-original",
      onchange: (e) => { doc.original = e.target.checked; doc.scrollPending = true; render(); },
    });
    toggle.checked = doc.original;
    const used = m ? FIELDS.filter((f) => ((m.evidence || {})[f.key] || []).length) : [];
    const pages = DATA.doc.pages;
    const repairs = Object.entries(DATA.doc.repairs || {}).map(([rule, n]) => `${rule} ${n}`).join(", ");
    return [
      h("div", { class: "text-head" },
        h("div", { class: "text-title" },
          h("h2", {}, doc.original ? "Original text" : "Repaired text"),
          h("span", { class: "muted small" }, `${pages.length} page${pages.length === 1 ? "" : "s"}` + (repairs ? ` · repairs: ${repairs}` : "")),
          h("label", { class: "switch" }, toggle, h("span", {}, "Show original"))),
        h("div", { class: "legend", "aria-label": "Legend" },
          used.map((f) => h("span", { class: "legend-item" }, h("span", { class: "swatch", style: { "--c": f.color } }), f.label)),
          h("span", { class: "legend-item" },
            h("span", { class: "swatch " + (doc.original ? "repair-swatch-orig" : "repair-swatch") }),
            doc.original ? "changed by repair (hover for the result)" : "repaired (hover for the rule)"))),
      h("div", { class: "text-body", id: "text-body" }, pages.map((p) => pageNode(p, m))),
    ];
  }

  function pageNode(page, m) {
    const spans = [];
    for (const [field, items] of Object.entries((m && m.evidence) || {})) {
      items.forEach((ev, i) => {
        if (ev.page !== page.number || !ev.found) return;
        const [start, end] = doc.original ? [ev.ostart, ev.oend] : [ev.start, ev.end];
        spans.push({ start, end, field, token: field + "#" + i });
      });
    }
    const repairs = page.steps.map((s) => doc.original
      ? { start: s.start, end: s.end, title: `${s.rule}: ${visible(s.before)} → ${visible(s.after)}` }
      : { start: s.rstart, end: s.rend, title: `${s.rule}: ${visible(s.before)} → ${visible(s.after)}` });
    const text = doc.original ? page.original : page.text;
    return h("section", { class: "page", dataset: { page: String(page.number) } },
      h("div", { class: "page-label" }, "Page " + page.number),
      h("pre", { class: "page-text" + (doc.original ? " original" : "") }, segments(text, spans, repairs)));
  }

  function segments(text, spans, repairs) {
    // Repairs never overlap, so one pointer walks them; evidence spans are few per page.
    const clamp = (x) => Math.max(0, Math.min(text.length, x));
    const cuts = new Set([0, text.length]);
    for (const s of [...spans, ...repairs]) { cuts.add(clamp(s.start)); cuts.add(clamp(s.end)); }
    const points = [...cuts].sort((a, b) => a - b);
    const sorted = [...repairs].sort((x, y) => x.start - y.start || x.end - y.end);
    const out = [];
    let r = 0;
    for (let k = 0; k < points.length; k++) {
      const a = points[k];
      while (r < sorted.length && sorted[r].end < a) r++;
      for (let j = r; j < sorted.length && sorted[j].start <= a; j++) {
        if (sorted[j].start === a && sorted[j].end === a) out.push(h("span", { class: "rep-point", title: sorted[j].title }));
      }
      if (k === points.length - 1) break;
      const b = points[k + 1];
      const covering = spans.filter((s) => s.start <= a && s.end >= b && s.start < s.end);
      const fixes = [];
      for (let j = r; j < sorted.length && sorted[j].start <= a; j++) {
        if (sorted[j].end >= b && sorted[j].start < sorted[j].end) fixes.push(sorted[j]);
      }
      const piece = text.slice(a, b);
      if (!covering.length && !fixes.length) { out.push(piece); continue; }
      const node = h("span", {}, piece);
      const classes = [];
      if (covering.length) {
        covering.sort((x, y) => (x.end - x.start) - (y.end - y.start));
        const fields = [...new Set(covering.map((s) => s.field))];
        classes.push("ev");
        node.style.setProperty("--c1", FIELD[fields[0]].color);
        if (fields.length > 1) { classes.push("multi"); node.style.setProperty("--c2", FIELD[fields[1]].color); }
        node.dataset.ev = covering.map((s) => s.token).join(" ");
        node.title = fields.map((f) => FIELD[f].label).join(", ");
      }
      if (fixes.length) {
        classes.push(doc.original ? "rep-orig" : "rep");
        node.title = [node.title, ...fixes.map((x) => x.title)].filter(Boolean).join("\n");
      }
      node.className = classes.join(" ");
      out.push(node);
    }
    return out;
  }

  // ---- entry ---------------------------------------------------------------------------------

  const SCROLLERS = ["text-body", "fields-panel", "mention-list", "table-wrap"];

  function render() {
    const app = document.getElementById("app");
    const keep = {};
    for (const id of SCROLLERS) { const n = document.getElementById(id); if (n) keep[id] = n.scrollTop; }
    const drawerOpen = document.getElementById("export-panel") && !document.getElementById("export-panel").hidden;
    app.replaceChildren();
    document.body.className = "view-" + DATA.view;
    ui.limit = 0;
    if (DATA.view === "index") renderIndex(app);
    else renderDocument(app);
    if (drawerOpen) document.getElementById("export-panel").hidden = false;
    updateExport();
    for (const id of SCROLLERS) { const n = document.getElementById(id); if (n && id in keep) n.scrollTop = keep[id]; }
  }

  document.addEventListener("keydown", (e) => {
    if (DATA.view !== "document" || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target.closest && e.target.closest("input, textarea, select")) return;
    if (e.key !== "j" && e.key !== "k") return;
    const items = [...document.querySelectorAll(".mention-item")];
    const at = items.findIndex((n) => n.classList.contains("active"));
    const next = items[Math.max(0, Math.min(items.length - 1, at + (e.key === "j" ? 1 : -1)))];
    if (next && next !== items[at]) { next.click(); next.focus(); }
  });

  window.addEventListener("storage", (e) => { if (e.key === STORE_KEY) { state = loadState(); render(); } });
  window.addEventListener("hashchange", () => {
    if (DATA.view !== "document") return;
    const m = mentionById(decodeURIComponent((location.hash.match(/^#m=(.*)$/) || [])[1] || ""));
    if (m && m !== doc.selected) { doc.selected = m; doc.editing = null; doc.scrollPending = true; render(); }
  });
  render();
})();
