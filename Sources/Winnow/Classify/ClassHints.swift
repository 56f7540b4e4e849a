/// Reads the class and id names around an HTML block for what they say it is.
///
/// Sites name their furniture: `comment-list`, `share-buttons`, `related-posts`. The nearest
/// furniture name wins, unless a content name (`article-body`, `entry-content`) stands nearer.
enum ClassHints {
    /// Tokens that name furniture, and the label they give.
    static let furnitureTokens: [String: Label] = [
        "comment": .comments, "comments": .comments, "disqus": .comments, "replies": .comments, "respond": .comments,
        "related": .relatedLinks, "recommended": .relatedLinks, "recommendations": .relatedLinks,
        "trending": .relatedLinks, "popular": .relatedLinks, "rail": .relatedLinks, "mostread": .relatedLinks,
        "outbrain": .advertisement,
        "taboola": .advertisement, "readmore": .relatedLinks, "teaser": .relatedLinks, "teasers": .relatedLinks,
        "share": .share, "sharing": .share, "social": .share, "addthis": .share, "sharethis": .share,
        "cookie": .cookie, "cookies": .cookie, "consent": .cookie, "gdpr": .cookie,
        "newsletter": .promo, "subscribe": .promo, "subscription": .promo, "signup": .promo,
        "promo": .promo, "donate": .promo,
        "ad": .advertisement, "ads": .advertisement, "advert": .advertisement, "advertisement": .advertisement,
        "sponsor": .advertisement, "sponsored": .advertisement, "dfp": .advertisement,
        "breadcrumb": .navigation, "breadcrumbs": .navigation, "menu": .navigation, "navbar": .navigation,
        "nav": .navigation, "navigation": .navigation, "pagination": .pagination, "pager": .pagination,
        "tags": .navigation, "footer": .legal, "copyright": .legal, "sidebar": .boilerplate,
        "caption": .caption, "credit": .credit, "byline": .byline, "bio": .bio,
    ]

    /// Tokens that name the content itself; nearer than any furniture token, they clear the block.
    static let contentTokens: Set<String> = [
        "article", "content", "post", "entry", "story", "body", "text", "main", "blog", "prose", "richtext",
    ]

    /// Elements read from the block upwards: names further up describe the page, not the block.
    static let elementsRead = 6

    /// What ends one element's tokens in a block's hint tokens (no token hashes to it in practice).
    static let elementEnd: UInt64 = 0

    /// The hash a token is stored under in `DOMFeatures.hintTokens` (`WordScanner`'s word hash).
    static func token(_ name: String) -> UInt64 { WordScanner.hash(of: Substring(name)) }

    /// The tables keyed by token hash: the walk hands over hashes, so no token is a `String`.
    private static let furnitureByHash = WordTable(
        Dictionary(
            uniqueKeysWithValues: furnitureTokens.map { (token($0.key), Furniture(label: $0.value, name: $0.key)) }))
    private static let contentByHash = WordTable(set: contentTokens.map(token))

    private struct Furniture: Sendable {
        var label: Label
        var name: String
    }

    /// The nearest element's furniture token, as a shape; nil when an element at or below it
    /// names content. Within one element the first name that says anything decides:
    /// `wp-caption-text` is a caption, `article-body pagination-first` the article.
    /// `tokens` holds each element's token hashes, nearest first, each element ended by `elementEnd`.
    static func furniture(in tokens: [UInt64]) -> Shape? {
        var found: Shape?
        var elementDecided = false
        for token in tokens {
            if token == elementEnd {
                if found != nil { return found }
                elementDecided = false
                continue
            }
            guard !elementDecided else { continue }
            if contentByHash.contains(token) { return found }
            if found == nil, let furniture = furnitureByHash[token] {
                found = Shape(label: furniture.label, reason: .classHint, matched: furniture.name)
                elementDecided = true
            }
        }
        return found
    }
}
