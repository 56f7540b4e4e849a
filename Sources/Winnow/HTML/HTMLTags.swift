/// The element tables the DOM walk reads, one per concept.
enum HTMLTags {
    /// Elements that start and end a block of text.
    static let blockLevel: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul", "noscript", "output",
    ]

    /// Table structure that may stand inside a simple row without making it a layout table.
    static let tableParts: Set<String> = ["td", "th", "tr", "tbody", "thead", "tfoot"]

    /// Elements whose content never becomes text.
    ///
    /// Not `embed`, `source` and `track`: void in HTML, they are containers in libxml2 2.9, which
    /// puts everything after a bare one inside it until its parent ends. Not `map` (its content
    /// is the page's, shown around its areas) nor `frameset` (libxml2 keeps the rest of a body
    /// inside a stray one). Skipping these skipped the rest of the article (found by the random
    /// tag soup test in `MarkupGuardTests`).
    static let skipped: Set<String> = [
        "script", "style", "template", "noscript", "iframe", "svg", "math", "canvas", "select", "option",
        "textarea", "button", "object", "audio", "video", "input", "area", "frame", "datalist", "picture",
    ]

    /// The semantic containers each element marks its blocks with.
    static let containers: [String: Containers] = [
        "nav": .nav, "aside": .aside, "header": .header, "footer": .footer, "form": .form, "menu": .menu,
        "article": .article, "main": .main, "figure": .figure, "table": .table, "ul": .list, "ol": .list,
        "blockquote": .blockquote,
    ]

    /// The block kind each element gives.
    static let kinds: [String: BlockKind] = [
        "p": .paragraph, "h1": .heading, "h2": .heading, "h3": .heading, "h4": .heading, "h5": .heading,
        "h6": .heading, "li": .listItem, "blockquote": .quote, "pre": .code, "figcaption": .caption,
        "dd": .paragraph, "dt": .paragraph, "caption": .caption,
    ]

    static func headingLevel(_ tag: String) -> Int? {
        guard tag.count == 2, tag.first == "h", let digit = tag.last?.wholeNumberValue, (1...6).contains(digit) else {
            return nil
        }
        return digit
    }
}
