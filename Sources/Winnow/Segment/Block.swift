/// One unit of the page the classifier decides on: a line of a dump, a paragraph of a page.
public struct Block: Sendable, Equatable {
    /// Position in the document, from 0.
    public var index: Int
    /// The text as the reader gets it: repaired, list marker removed.
    public var text: String
    /// The line as it stood in the decoded input, marker and artefacts included.
    public var raw: String
    public var kind: BlockKind
    /// The list marker as written (`-`, `•`, `3.`), for writers that keep lists.
    public var listMarker: String?
    /// 1-based line of the decoded input the block starts on.
    public var line: Int
    /// Blocks between the same blank lines share a group; a new group starts after a blank line.
    public var group: Int
    /// How many blocks in the document have the same text (case and spacing folded); 1 if unique.
    public var occurrences: Int
    /// Where the block stood in the page, for blocks that came from HTML.
    public var dom: DOMFeatures?
    /// Table cells, for a table row.
    public var cells: [String]?
    /// The text with its links as Markdown `[text](href)`, when it has links.
    public var linkedText: String?
    /// Images inside the block, for `--images`.
    public var images: [BlockImage] = []

    public init(
        index: Int, text: String, raw: String, kind: BlockKind, listMarker: String? = nil, line: Int, group: Int,
        occurrences: Int = 1
    ) {
        self.index = index
        self.text = text
        self.raw = raw
        self.kind = kind
        self.listMarker = listMarker
        self.line = line
        self.group = group
        self.occurrences = occurrences
    }
}

/// The shape a block was written in, before any judgement of what it is.
public enum BlockKind: String, Sendable, Equatable, Codable {
    /// A line of a dump, or text in a generic HTML container.
    case line
    /// Started with a list marker (`- `, `• `, `* `, `1.`, `1)`), or an HTML `<li>`.
    case listItem = "list-item"
    case paragraph, heading, quote, code
    case tableRow = "table-row"
    /// An HTML `<figcaption>`.
    case caption
}

/// An image inside a block: its alternative text and address.
public struct BlockImage: Sendable, Equatable {
    public var alt: String
    public var source: String
}

/// What the HTML around a block says about it.
public struct DOMFeatures: Sendable, Equatable {
    /// The element that made the block (`p`, `li`, `h2`, `div`, ...).
    public var tag: String
    /// Class and id tokens of the block's element and its nearest ancestors, nearest first, as
    /// word hashes (`ClassHints.token`); `ClassHints.elementEnd` ends each element's tokens.
    public var hintTokens: [UInt64]
    /// Characters of the block's text inside links.
    public var linkCharacters: Int
    public var containers: Containers
    /// `hidden`, `aria-hidden` or an inline `display:none` on the block or an ancestor.
    public var isHidden: Bool
    public var depth: Int
    /// 1 to 6 for `h1`...`h6`.
    public var headingLevel: Int?
    /// Ids of the block's ancestor elements, outermost first: blocks in one subtree share a prefix.
    public var ancestors: [Int32]
    /// Id of the nearest `<article>` element around the block: stories in their own
    /// `<article>`s after the article are other stories.
    public var article: Int32?
}

/// The semantic containers a block stands in.
public struct Containers: OptionSet, Sendable, Equatable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }
    public static let nav = Containers(rawValue: 1 << 0)
    public static let aside = Containers(rawValue: 1 << 1)
    public static let header = Containers(rawValue: 1 << 2)
    public static let footer = Containers(rawValue: 1 << 3)
    public static let form = Containers(rawValue: 1 << 4)
    public static let menu = Containers(rawValue: 1 << 5)
    public static let article = Containers(rawValue: 1 << 6)
    public static let main = Containers(rawValue: 1 << 7)
    public static let figure = Containers(rawValue: 1 << 8)
    public static let table = Containers(rawValue: 1 << 9)
    public static let list = Containers(rawValue: 1 << 10)
    public static let blockquote = Containers(rawValue: 1 << 11)
    public static let link = Containers(rawValue: 1 << 12)
    /// Marked up as the article's body (`itemprop="articleBody"`, schema.org): the page's own
    /// word on where the article is, used when its text alone finds none.
    public static let articleBody = Containers(rawValue: 1 << 13)
}
