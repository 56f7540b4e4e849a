/// Plain text: the body only, one block per paragraph, a blank line between blocks.
public struct TextWriter: ArticleWriter {
    public init() {}
    public var fileExtension: String { "txt" }

    public func render(_ article: Article) -> String {
        let body = article.bodyText
        return body.isEmpty ? "" : body + "\n"
    }
}

extension Article {
    /// The body as plain text: kept blocks separated by blank lines, list items with their marker.
    public var bodyText: String {
        bodyBlocks.map { block in
            guard block.kind == .listItem, let marker = block.listMarker else { return block.text }
            return (marker == "•" || marker == "*" ? "-" : marker) + " " + block.text
        }.joined(separator: "\n\n")
    }
}
