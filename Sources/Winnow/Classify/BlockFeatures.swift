/// What the classifier measures on one block, computed once.
struct BlockFeatures: Equatable, Sendable {
    var characters = 0
    var words = 0
    var stopwords = 0
    /// Share of words of four or more letters that start with a capital: title case reads high.
    var capitalisedShare = 0.0
    var endsWithSentence = false
    var endsWithColon = false
    /// Sentence ends followed by more text: "One. Two." has one.
    var innerSentenceBreaks = 0
    var isListItem = false
    var occurrences = 1
    /// Items run together on one line with ` * `, ` • ` or ` | ` between them.
    var inlineSeparators = 0
    /// Long, but stops mid-sentence: a cut teaser summary.
    var looksTruncated = false
    /// Language-free measure for text without spaces (Chinese, Japanese): ideographs and kana.
    var ideographs = 0
    /// A shape or a phrase that settles what the block is, whatever its length.
    var shape: Shape?
    /// How the block was written: a line, or the HTML element's kind.
    var kind: BlockKind = .line
    // HTML only: what the DOM around the block says.
    var linkCharacters = 0
    var isHidden = false
    var containers: Containers = []
    /// A class or id token of the block or an ancestor that names furniture ("comments", "share").
    var classHint: Shape?

    var stopwordRatio: Double { words == 0 ? 0 : Double(stopwords) / Double(words) }

    /// Share of the text inside links.
    var linkDensity: Double { characters == 0 ? 0 : min(1, Double(linkCharacters) / Double(characters)) }

    /// A short line that reads like a headline: no sentence end, few words, mostly capitalised or brief.
    var isHeadingLike: Bool {
        if kind == .heading { return characters <= 200 }
        guard !isListItem, !endsWithColon, characters <= 150, words >= 1, words <= 24 else { return false }
        return !endsWithSentence || lastIsQuestionMark
    }
    var lastIsQuestionMark = false
}

/// A recognised shape: the label it implies, the reason, and what was matched.
struct Shape: Equatable, Sendable {
    var label: Label
    var reason: Reason
    var matched: String
}
