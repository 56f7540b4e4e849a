/// Markdown: the title as `#`, sub-headings as `##`, lists and quotes as Markdown.
public struct MarkdownWriter: ArticleWriter {
    public init() {}
    public var fileExtension: String { "md" }

    public func render(_ article: Article) -> String {
        var parts: [String] = []
        if let title = article.metadata.title { parts.append("# " + Self.escaped(title)) }
        if let subtitle = article.metadata.subtitle { parts.append("*" + Self.escaped(subtitle) + "*") }
        var list: [String] = []
        for (block, verdict) in zip(article.blocks, article.verdicts) where verdict.isKept {
            if verdict.label == .listItem {
                let marker = block.listMarker.map { $0.last == "." || $0.last == ")" ? $0 : "-" } ?? "-"
                list.append(marker + " " + Self.escaped(block.text))
                continue
            }
            if !list.isEmpty { parts.append(list.joined(separator: "\n")); list = [] }
            switch verdict.label {
            case .heading: parts.append("## " + Self.escaped(block.text))
            case .quote: parts.append("> " + Self.escaped(block.text))
            default: parts.append(Self.escaped(block.text))
            }
        }
        if !list.isEmpty { parts.append(list.joined(separator: "\n")) }
        return parts.isEmpty ? "" : parts.joined(separator: "\n\n") + "\n"
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
