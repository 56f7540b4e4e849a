/// Markdown: the title as `#`, sub-headings as `##`, lists, quotes, tables and code as Markdown;
/// links and images when asked for.
public struct MarkdownWriter: ArticleWriter {
    public var options: WriteOptions

    public init(options: WriteOptions = WriteOptions()) {
        self.options = options
    }

    public var fileExtension: String { "md" }

    public func render(_ article: Article) -> String {
        var parts: [String] = []
        if let title = article.metadata.title { parts.append("# " + Self.escaped(title)) }
        if let subtitle = article.metadata.subtitle { parts.append("*" + Self.escaped(subtitle) + "*") }
        var group: [String] = []
        var rows: [[String]] = []
        var groupLabel: Label?
        func closeGroup() {
            if !group.isEmpty { parts.append(group.joined(separator: "\n")) }
            if !rows.isEmpty { parts.append(Self.table(rows)) }
            group = []
            rows = []
            groupLabel = nil
        }
        for (block, verdict) in zip(article.blocks, article.verdicts) where verdict.isKept {
            let label = verdict.label
            if label == .listItem || label == .tableRow {
                if groupLabel != label { closeGroup() }
                groupLabel = label
                if label == .tableRow {
                    rows.append((block.cells ?? [block.text]).map { Self.escaped($0).replacingPipes() })
                } else {
                    group.append(Self.listLine(block, inline: inline(block)))
                }
                continue
            }
            closeGroup()
            switch label {
            case .heading: parts.append("## " + inline(block))
            case .quote: parts.append("> " + inline(block))
            case .code: parts.append("```\n" + block.text + "\n```")
            default: parts.append(inline(block))
            }
            if options.includesImages {
                parts += block.images.map { "![\(Self.escaped($0.alt))](\($0.source))" }
            }
        }
        closeGroup()
        if options.includesComments {
            let comments = article.commentTexts.map(Self.escaped)
            if !comments.isEmpty { parts.append("## Comments\n\n" + comments.joined(separator: "\n\n")) }
        }
        return parts.isEmpty ? "" : parts.joined(separator: "\n\n") + "\n"
    }

    /// The block's text, with its links when `--links` asks for them.
    private func inline(_ block: Block) -> String {
        guard options.includesLinks, let linked = block.linkedText else { return Self.escaped(block.text) }
        return linked
    }

    private static func listLine(_ block: Block, inline: String) -> String {
        let marker = block.listMarker.map { $0.last == "." || $0.last == ")" ? $0 : "-" } ?? "-"
        return marker + " " + inline
    }

    /// Rows with the first as header; short rows padded so every row has the same cells.
    private static func table(_ rows: [[String]]) -> String {
        let width = rows.map(\.count).max() ?? 1
        let lines = rows.map { cells in
            "| " + (cells + Array(repeating: "", count: width - cells.count)).joined(separator: " | ") + " |"
        }
        let separator = "|" + String(repeating: " --- |", count: width)
        return ([lines[0], separator] + lines.dropFirst()).joined(separator: "\n")
    }

    /// Escapes what Markdown would read as markup at the start of a line or inside it.
    static func escaped(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for (offset, character) in text.enumerated() {
            if "*_`[]<>\\".contains(character) { output.append("\\") }
            if offset == 0, "#>-+=".contains(character) { output.append("\\") }
            output.append(character)
        }
        if let dot = output.firstIndex(of: "."), output[..<dot].allSatisfy(\.isNumber), dot != output.startIndex {
            output.insert("\\", at: dot)
        }
        return output
    }
}

extension String {
    fileprivate func replacingPipes() -> String {
        var output = ""
        for character in self { output += character == "|" ? "\\|" : String(character) }
        return output
    }
}
