import Foundation

/// One self-contained HTML file that shows every decision on a batch of documents: an index
/// with a chart of what was removed, and each document's blocks, kept or struck through, with
/// the reason on hover and in a side column. No external assets: it works opened from disk.
///
/// Documents are embedded as JSON and drawn by the page's script one at a time, and the index is
/// paged, so a report of 5,000 documents opens as fast as one of five.
public struct ReportWriter: Sendable {
    /// Index rows per page.
    public static let rowsPerPage = 100

    public init() {}

    /// `failures` are inputs that produced no article: they appear in the index with their error.
    public func render(_ articles: [Article], failures: [(id: String, code: String, message: String)] = []) -> String {
        var removedByLabel: [Label: Int] = [:]
        for article in articles {
            for (label, count) in article.removedCounts { removedByLabel[label, default: 0] += count }
        }
        let documents =
            articles.map(Self.document)
            + failures.map { failure in
                JSONValue.object([
                    ("id", .string(failure.id)), ("status", .string("error")), ("error", .string(failure.code)),
                    ("message", .string(failure.message)), ("blocks", .array([])),
                ])
            }
        let data = JSONValue.object([
            ("documents", .array(documents)), ("rowsPerPage", .integer(Self.rowsPerPage)),
            ("labels", .array(Label.allCases.map { .string($0.rawValue) })),
        ])
        // "</" would end the script element early.
        let json = data.serialized().replacingAll("</", with: "<\\/")
        let statuses = Dictionary(grouping: articles, by: \.status).mapValues(\.count)
        let lossy = statuses[.okLossy].map { " (\($0) of them lossy)" } ?? ""
        let cleaned = (statuses[.ok] ?? 0) + (statuses[.okLossy] ?? 0)
        let summary =
            "\(documents.count) documents: \(cleaned) ok\(lossy), \(statuses[.noArticle] ?? 0) without an article, \(failures.count) failed"
        return """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Winnow report</title>
            <style>\(ReportAssets.style)</style>
            </head>
            <body data-status="loading" data-errors="0">
            <header><h1>Winnow report</h1><p id="summary">\(summary.htmlEscaped)</p></header>
            <main>
            <section id="overview" aria-labelledby="chart-title">
            <h2 id="chart-title">Removed blocks by label</h2>
            \(Self.chart(removedByLabel))
            <h2>Documents</h2>
            <nav id="pager" aria-label="Pages of the index"></nav>
            <table id="index"><caption class="visually-hidden">One row per document</caption>
            <thead><tr><th scope="col">#</th><th scope="col">Document</th><th scope="col">Status</th>
            <th scope="col">Characters kept</th><th scope="col">Characters removed</th><th scope="col">Labels removed</th></tr></thead>
            <tbody></tbody></table>
            </section>
            <section id="document" aria-live="polite"></section>
            </main>
            <script type="application/json" id="data">\(json)</script>
            <script>\(ReportAssets.script)</script>
            </body></html>

            """
    }

    /// A bar chart of removed blocks per label, as inline SVG with the label and count in text.
    static func chart(_ counts: [Label: Int]) -> String {
        let rows = counts.filter { $0.value > 0 }.sorted {
            $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue
        }
        guard let largest = rows.first?.value else { return "<p>Nothing was removed.</p>" }
        let rowHeight = 22, labelWidth = 150, barWidth = 420
        var svg = """
            <svg id="chart" role="img" aria-label="Removed blocks by label" width="\(labelWidth + barWidth + 70)" \
            height="\(rows.count * rowHeight + 4)" xmlns="http://www.w3.org/2000/svg">
            """
        for (row, (label, count)) in rows.enumerated() {
            let y = row * rowHeight + 2
            let width = max(2, barWidth * count / largest)
            svg += """
                <g class="bar" data-label="\(label.rawValue)"><text x="0" y="\(y + 15)">\(label.rawValue)</text>\
                <rect class="tint-\(label.rawValue)" x="\(labelWidth)" y="\(y)" width="\(width)" height="\(rowHeight - 6)"></rect>\
                <text x="\(labelWidth + width + 6)" y="\(y + 15)" class="count">\(count)</text></g>
                """
        }
        return svg + "</svg>"
    }

    /// The JSON the page's script draws a document from.
    static func document(_ article: Article) -> JSONValue {
        let meta = article.metadata
        let blocks = zip(article.blocks, article.verdicts).map { block, verdict in
            JSONValue.array([
                .string(block.text), .string(verdict.label.rawValue), .bool(verdict.isKept),
                .string(verdict.reason.rawValue), .string(verdict.evidence), .string(verdict.firstPass.rawValue),
            ])
        }
        let kept = zip(article.blocks, article.verdicts).filter { $0.1.isKept }.reduce(0) { $0 + $1.0.text.count }
        let all = article.blocks.reduce(0) { $0 + $1.text.count }
        let removed = article.removedCounts.sorted { $0.value > $1.value }.map {
            JSONValue.string("\($0.key.rawValue) \($0.value)")
        }
        return .object([
            ("id", .string(article.id)), ("status", .string(article.status.rawValue)),
            // What an ok-lossy document lost, shown beside its status.
            (
                "message",
                .optional(article.losses.isEmpty ? nil : article.losses.map(\.message).joined(separator: "; "))
            ),
            ("title", .optional(meta.title)), ("authors", .array(meta.authors.map { .string($0.name) })),
            ("published", .optional(meta.published?.iso ?? meta.published?.text)), ("site", .optional(meta.site)),
            ("language", .optional(meta.language?.code)), ("kept", .integer(kept)), ("removed", .integer(all - kept)),
            ("removedLabels", .array(removed)), ("blocks", .array(blocks)),
        ])
    }
}

extension String {
    /// Text safe inside HTML elements and attributes.
    var htmlEscaped: String {
        var output = ""
        output.reserveCapacity(utf8.count)
        for character in self {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            default: output.append(character)
            }
        }
        return output
    }

    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var output = ""
        var rest = self[...]
        while let range = rest.range(of: target) {
            output += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return output + rest
    }
}
