/// The report page's style and script, inline so the file needs nothing else.
enum ReportAssets {
    /// Every label has a tint and always its name in text: colour is never the only cue.
    static let style = """
        :root { --ink: #1d1d1f; --muted: #5f6368; --line: #d9d9de; --kept: #e7f5ea; font: 15px/1.45 system-ui, sans-serif; color: var(--ink); }
        body { margin: 0; }
        header, main { max-width: 1200px; margin: 0 auto; padding: 0 16px; }
        h1 { font-size: 1.5rem; margin: 16px 0 4px; } h2 { font-size: 1.15rem; margin: 20px 0 8px; }
        #summary { color: var(--muted); margin: 0 0 8px; }
        table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        #pager button { margin: 0 4px 8px 0; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
        #chart text { font-size: 12px; fill: var(--ink); } #chart .count { fill: var(--muted); }
        .controls { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin: 8px 0 12px; padding: 8px; background: #f5f5f7; border-radius: 6px; }
        .meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0 0 12px; }
        .meta dt { color: var(--muted); } .meta dd { margin: 0; }
        .layout { display: grid; grid-template-columns: 1fr 320px; gap: 12px; } .layout.no-side { grid-template-columns: 1fr; }
        .layout.no-side .why { display: none; }
        .row { display: contents; }
        .block { padding: 6px 8px; border-left: 4px solid transparent; margin: 2px 0; border-radius: 3px; }
        .block:focus { outline: 2px solid #1a73e8; }
        .block.kept { background: var(--kept); border-left-color: #2e7d32; }
        .block.removed .text { text-decoration: line-through; color: #444; }
        .badge { display: inline-block; font-size: 11px; font-weight: 600; padding: 0 6px; margin-right: 6px; border-radius: 8px; background: #fff; border: 1px solid currentColor; }
        .why { font-size: 12px; color: var(--muted); padding: 6px 8px; border-bottom: 1px dotted var(--line); }
        .hidden { display: none; }
        .error { color: #b3261e; }
        @media (max-width: 760px) { .layout { grid-template-columns: 1fr; } .why { border-bottom: none; padding-top: 0; } #index th:nth-child(6), #index td:nth-child(6) { display: none; } }
        rect[class^="tint-"] { stroke: #9aa0a6; stroke-width: 1; }

        """ + tints

    /// A tint per label, as a block background and as a chart bar fill.
    static let palette: [Label: String] = [
        .navigation: "#c5cae9", .latestNews: "#ffe0b2", .relatedLinks: "#f8bbd0", .promo: "#e1bee7",
        .embeddedStory: "#fff59d", .bio: "#b2dfdb", .caption: "#bbdefb", .credit: "#bbdefb", .comments: "#d7ccc8",
        .share: "#f48fb1", .legal: "#cfd8dc", .cookie: "#cfd8dc", .advertisement: "#ffcdd2", .pagination: "#dcedc8",
        .placeholder: "#eeeeee", .boilerplate: "#e0e0e0", .title: "#c6dafc", .subtitle: "#c6dafc", .byline: "#c6dafc",
        .date: "#c6dafc", .dateline: "#c6dafc", .readingTime: "#c6dafc",
    ]

    static let tints: String = Label.allCases.map { label in
        let colour = label.isBody ? "#e7f5ea" : palette[label] ?? "#eeeeee"
        return
            ".block.tint-\(label.rawValue) { background: \(colour); } rect.tint-\(label.rawValue) { fill: \(colour); }"
    }.joined(separator: "\n")

    /// Draws the index (paged) and one document at a time; keyboard: n / p for the next and
    /// previous document, / to search. Errors are counted on `body[data-errors]` for the tests.
    static let script = """
        "use strict";
        window.addEventListener("error", () => { document.body.dataset.errors = String(Number(document.body.dataset.errors) + 1); });
        const data = JSON.parse(document.getElementById("data").textContent);
        const docs = data.documents;
        let page = 0, current = 0, onlyRemoved = false, onlyLabel = "", query = "", showWhy = true;
        const el = (tag, attrs = {}, text) => { const node = document.createElement(tag); for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v); if (text !== undefined) node.textContent = text; return node; };

        function drawIndex() {
          const body = document.querySelector("#index tbody"); body.replaceChildren();
          const start = page * data.rowsPerPage;
          docs.slice(start, start + data.rowsPerPage).forEach((doc, offset) => {
            const n = start + offset, row = el("tr", { "data-status": doc.status });
            row.append(el("td", { class: "number" }, String(n + 1)));
            const cell = el("td"); cell.append(el("a", { href: "#doc-" + n }, doc.title || doc.id)); cell.append(el("div", { class: "why" }, doc.id)); row.append(cell);
            row.append(el("td", { class: doc.status === "error" ? "error" : "" }, doc.status + (doc.error ? " (" + doc.error + ")" : "")));
            row.append(el("td", { class: "number" }, String(doc.kept || 0)));
            row.append(el("td", { class: "number" }, String(doc.removed || 0)));
            row.append(el("td", {}, (doc.removedLabels || []).join(", ")));
            body.append(row);
          });
          const pager = document.getElementById("pager"); pager.replaceChildren();
          const pages = Math.ceil(docs.length / data.rowsPerPage);
          if (pages > 1) for (let p = 0; p < pages; p++) {
            const button = el("button", { type: "button", "aria-pressed": String(p === page) }, "Page " + (p + 1));
            button.addEventListener("click", () => { page = p; drawIndex(); }); pager.append(button);
          }
        }

        function drawDocument() {
          const doc = docs[current], section = document.getElementById("document"); section.replaceChildren();
          if (!doc) return;
          const back = el("a", { href: "#overview", class: "back" }, "← All documents");
          section.append(back, el("h2", { id: "document-heading", tabindex: "-1" }, "Document " + (current + 1) + " of " + docs.length + ": " + (doc.title || doc.id)));
          const meta = el("dl", { class: "meta" });
          for (const [name, value] of [["Input", doc.id], ["Status", doc.status + (doc.message ? ": " + doc.message : "")], ["Title", doc.title],
            ["Authors", (doc.authors || []).join(", ")], ["Published", doc.published], ["Site", doc.site], ["Language", doc.language]]) {
            if (!value) continue; meta.append(el("dt", {}, name)); meta.append(el("dd", {}, value));
          }
          section.append(meta);
          const controls = el("div", { class: "controls", role: "group", "aria-label": "Filters" });
          const removed = el("input", { type: "checkbox", id: "only-removed" }); removed.checked = onlyRemoved;
          removed.addEventListener("change", () => { onlyRemoved = removed.checked; drawBlocks(); });
          const removedLabel = el("label", { for: "only-removed" }); removedLabel.append(removed, " Only removed");
          const select = el("select", { id: "only-label", "aria-label": "Only one label" }); select.append(el("option", { value: "" }, "All labels"));
          for (const label of new Set(doc.blocks.map(b => b[1]))) { const option = el("option", { value: label }, label); option.selected = label === onlyLabel; select.append(option); }
          select.addEventListener("change", () => { onlyLabel = select.value; drawBlocks(); });
          const search = el("input", { type: "search", id: "search", placeholder: "Search text (/)", "aria-label": "Search within text" }); search.value = query;
          search.addEventListener("input", () => { query = search.value.toLowerCase(); drawBlocks(); });
          const why = el("input", { type: "checkbox", id: "show-why" }); why.checked = showWhy;
          why.addEventListener("change", () => { showWhy = why.checked; drawBlocks(); });
          const whyLabel = el("label", { for: "show-why" }); whyLabel.append(why, " Reasons column");
          const previous = el("button", { type: "button" }, "Previous (p)"), next = el("button", { type: "button" }, "Next (n)");
          previous.addEventListener("click", () => go(current - 1)); next.addEventListener("click", () => go(current + 1));
          controls.append(removedLabel, select, search, whyLabel, previous, next);
          section.append(controls, el("div", { id: "blocks" }));
          drawBlocks();
        }

        function drawBlocks() {
          const doc = docs[current], holder = document.getElementById("blocks"); holder.replaceChildren();
          const layout = el("div", { class: "layout" + (showWhy ? "" : " no-side") });
          doc.blocks.forEach(([text, label, kept, reason, evidence, firstPass], index) => {
            if (onlyRemoved && kept) return; if (onlyLabel && label !== onlyLabel) return; if (query && !text.toLowerCase().includes(query)) return;
            const why = "#" + index + " " + (kept ? "kept" : "removed") + " as " + label + ": " + reason + (evidence ? " (" + evidence + ")" : "") + "; first pass " + firstPass;
            const block = el("div", { class: "block " + (kept ? "kept" : "removed") + " tint-" + label, tabindex: "0", title: why, "data-label": label });
            block.append(el("span", { class: "badge" }, label + (kept ? "" : " · removed")), el("span", { class: "text" }, text));
            layout.append(block, el("div", { class: "why" }, reason + (evidence ? ": " + evidence : "")));
          });
          holder.append(layout);
        }

        function go(n) { if (n >= 0 && n < docs.length) location.hash = "#doc-" + n; }
        // The overview (chart and index) and one document are two views: #doc-N shows the document.
        function fromHash() {
          const match = /^#doc-(\\d+)$/.exec(location.hash);
          current = match ? Number(match[1]) : 0; page = Math.floor(current / data.rowsPerPage);
          document.getElementById("overview").hidden = Boolean(match);
          document.getElementById("document").hidden = !match;
          drawIndex(); drawDocument();
        }
        window.addEventListener("hashchange", () => { fromHash(); const heading = document.getElementById("document-heading"); if (heading && !document.getElementById("document").hidden) heading.focus(); });
        document.addEventListener("keydown", event => {
          if (event.target.matches("input, select, textarea")) return;
          if (event.key === "n") go(current + 1); else if (event.key === "p") go(current - 1);
          else if (event.key === "/") { event.preventDefault(); document.getElementById("search").focus(); }
        });
        fromHash();
        document.body.dataset.status = "ready";
        """
}
