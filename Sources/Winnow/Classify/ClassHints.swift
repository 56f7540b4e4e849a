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

    /// The nearest element's furniture token, as a shape; nil when an element at or below it
    /// names content. Within one element the first name that says anything decides:
    /// `wp-caption-text` is a caption, `article-body pagination-first` the article.
    /// `tokens` holds each element's tokens, nearest first, ended by "".
    static func furniture(in tokens: [String]) -> Shape? {
        var found: Shape?
        var elementDecided = false
        for token in tokens {
            if token.isEmpty {
                if found != nil { return found }
                elementDecided = false
                continue
            }
            guard !elementDecided else { continue }
            if contentTokens.contains(token) { return found }
            if found == nil, let label = furnitureTokens[token] {
                found = Shape(label: label, reason: .classHint, matched: token)
                elementDecided = true
            }
        }
        return found
    }
}
