/// What an HTML page says about itself outside its text: `<title>`, `<meta>` tags, JSON-LD,
/// the canonical link, the `lang` attribute and the first `<time datetime>`.
public struct PageHead: Sendable, Equatable {
    public var title: String?
    /// `<meta>` values by lowercase `name` or `property` (`og:title`, `author`, ...), first wins.
    public var meta: [String: String] = [:]
    /// The text of every `<script type="application/ld+json">`.
    public var jsonLD: [String] = []
    public var canonicalURL: String?
    public var language: String?
    public var timeDatetime: String?
    /// Elements marked up as the author (`rel=author`, `itemprop=author`).
    public var authorLinks: [String] = []

    public init() {}
}
