/// What the article says about itself: title, people, dates, place, language.
public struct Metadata: Sendable, Equatable {
    public var title: String?
    public var subtitle: String?
    public var authors: [Author] = []
    public var published: FoundDate?
    public var modified: FoundDate?
    /// The page's canonical address, from HTML.
    public var url: String?
    /// Tags and the section, as the page declares them.
    public var tags: [String] = []
    /// The page's main picture (`og:image`, JSON-LD `image`).
    public var mainImage: String?
    public var site: String?
    public var dateline: String?
    public var language: LanguageGuess?
    public var readingTime: ReadingTime?
    public var wordCount = 0
    public var images: [ImageNote] = []

    public init() {}
}

/// A person credited with the article.
public struct Author: Sendable, Equatable {
    public var name: String
    public var role: String?
    public var bio: String?
}

/// A date as the page wrote it, and as ISO 8601 when it could be resolved.
public struct FoundDate: Sendable, Equatable {
    public var text: String
    public var iso: String?
}

/// The language of the body and how sure the guess is (0...1).
public struct LanguageGuess: Sendable, Equatable {
    public var code: String
    public var confidence: Double
}

/// The page's own reading-time note, and the estimate from the body's length.
public struct ReadingTime: Sendable, Equatable {
    public var text: String?
    public var minutes: Int
}

/// A picture's caption and credit, taken out of the body.
public struct ImageNote: Sendable, Equatable {
    public var caption: String?
    public var credit: String?
}
