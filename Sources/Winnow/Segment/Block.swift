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
    case line
    /// Started with a list marker (`- `, `• `, `* `, `1.`, `1)`).
    case listItem = "list-item"
}
