@testable import Winnow

/// Cleans a dump given as lines, the way the CLI would.
func cleanLines(_ lines: [String], options: Options = Options()) throws -> Article {
    try Cleaner(options: options).clean(
        RawInput(id: "test", bytes: Array(lines.joined(separator: "\n").utf8), format: .text))
}

/// The verdict of the block whose text starts with `prefix`.
func verdict(_ article: Article, _ prefix: String) -> Verdict? {
    article.blocks.firstIndex { $0.text.hasPrefix(prefix) }.map { article.verdicts[$0] }
}

/// Ordinary English prose of about `sentences` × 120 characters, on a given topic word.
func prose(_ topic: String, sentences: Int = 2, variant: Int = 0) -> String {
    let templates = [
        "The \(topic) was discussed at length by the members of the committee, who said that it would be reviewed again in the spring.",
        "According to the report, the \(topic) has been one of the most important questions for the town over the last ten years.",
        "Residents who spoke to us said they were not sure what the \(topic) would mean for them, but they hoped it would help.",
        "It is not yet clear when the \(topic) will be finished, although the council has said that it expects to decide this year.",
    ]
    return (0..<sentences).map { templates[($0 + variant) % templates.count] }.joined(separator: " ")
}

/// Cleans an HTML page whose `<body>` holds `body`, the way the CLI would.
func cleanPage(_ body: String, title: String = "Test page") throws -> Article {
    let page = "<html><head><title>\(title)</title></head><body>\n\(body)\n</body></html>"
    return try Cleaner().clean(RawInput(id: "page.html", bytes: Array(page.utf8), format: .html))
}

/// The verdicts of every block whose text starts with `prefix`, in page order.
func verdicts(_ article: Article, _ prefix: String) -> [Verdict] {
    article.blocks.indices.filter { article.blocks[$0].text.hasPrefix(prefix) }.map { article.verdicts[$0] }
}
