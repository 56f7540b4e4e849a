/// What a block is. Raw values are stable: they appear in explain lines, JSON and golden files.
public enum Label: String, Sendable, Codable, CaseIterable {
    // The article: kept in the body.
    case heading, paragraph, quote, code
    case listItem = "list-item"
    case tableRow = "table-row"
    // The article's metadata: removed from the body, reported in JSON.
    case title, subtitle, byline, dateline, date, caption, credit, bio
    case readingTime = "reading-time"
    // Page furniture: removed.
    case navigation, promo, share, legal, cookie, comments, pagination, advertisement, placeholder
    case latestNews = "latest-news"
    case relatedLinks = "related-links"
    case embeddedStory = "embedded-story"
    /// A block the batch saw on many pages of the same site (`SiteTemplate`).
    case siteTemplate = "site-template"
    case boilerplate

    /// Labels whose blocks make up the article body.
    public var isBody: Bool {
        switch self {
        case .heading, .paragraph, .quote, .listItem, .tableRow, .code: true
        default: false
        }
    }

    /// Labels of boilerplate sections a header opens: what follows the header belongs to it.
    var opensSection: Bool {
        switch self {
        case .latestNews, .relatedLinks, .comments, .promo: true
        default: false
        }
    }
}
