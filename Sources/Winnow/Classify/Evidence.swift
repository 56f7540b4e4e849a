/// The numbers or the phrase a rule read, kept as values and written out only when explain,
/// JSON or the report asks for them.
///
/// Building the sentence for every block cost string appends and allocations on every page,
/// while most runs print no evidence at all. `text` gives exactly the sentence the rules wrote.
public enum Evidence: Sendable, Equatable, CustomStringConvertible {
    /// A sentence written in full (fixed, or from a rule that runs rarely).
    case text(String)
    /// `link density 0.64 > 0.50`
    case linkDensity(Double, maximum: Double)
    /// `class or id "sidebar"`
    case classOrID(String)
    /// `matched "read more"`
    case matched(String)
    /// `45 characters < 70`
    case tooShort(characters: Int, minimum: Int)
    /// `120 characters, sentence punctuation yes`
    case sentencePunctuation(characters: Int, isProse: Bool)
    /// `312 characters, stopword ratio 0.41`
    case stopwordRatio(characters: Int, ratio: Double)
    /// `312 characters, stopword ratio 0.12 < 0.30`
    case stopwordRatioBelow(characters: Int, ratio: Double, minimum: Double)
    /// `before the article (#3-#9), 15 characters`
    case outsideArticle(isBefore: Bool, region: ClosedRange<Int>, characters: Int)
    /// `under "Related" (#12)`
    case underHeader(String, index: Int)
    /// `sentences of names inside the article; ` and the first pass's evidence.
    indirect case namesInsideArticle(Evidence)
    /// `sentences with links between the article's prose; ` and the first pass's evidence.
    indirect case linkedSentence(Evidence)

    /// The sentence explain lines and JSON print.
    public var text: String {
        switch self {
        case .text(let text): text
        case .linkDensity(let density, let maximum): "link density \(density.formatted2) > \(maximum.formatted2)"
        case .classOrID(let matched): "class or id \"\(matched)\""
        case .matched(let matched): "matched \"\(matched)\""
        case .tooShort(let characters, let minimum): "\(characters) characters < \(minimum)"
        case .sentencePunctuation(let characters, let isProse):
            "\(characters) characters, sentence punctuation \(isProse ? "yes" : "no")"
        case .stopwordRatio(let characters, let ratio): "\(characters) characters, stopword ratio \(ratio.formatted2)"
        case .stopwordRatioBelow(let characters, let ratio, let minimum):
            "\(characters) characters, stopword ratio \(ratio.formatted2) < \(minimum.formatted2)"
        case .outsideArticle(let isBefore, let region, let characters):
            "\(isBefore ? "before" : "after") the article (#\(region.lowerBound)-#\(region.upperBound)), "
                + "\(characters) characters"
        case .underHeader(let header, let index): "under \"\(header)\" (#\(index))"
        case .namesInsideArticle(let evidence): "sentences of names inside the article; \(evidence.text)"
        case .linkedSentence(let evidence): "sentences with links between the article's prose; \(evidence.text)"
        }
    }

    public var description: String { text }

    /// Equal when they read the same: a rule may keep its numbers or write the sentence out.
    public static func == (left: Evidence, right: Evidence) -> Bool {
        left.text == right.text
    }
}

extension Evidence: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        self = .text(value)
    }
}
