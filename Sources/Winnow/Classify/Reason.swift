/// Why a block got its label. Raw values are stable: they appear in explain output, JSON lines
/// and golden files. `winnow rules` prints every case with its summary.
public enum Reason: String, Sendable, Codable, CaseIterable {
    // First pass: the block on its own.
    case denseProse = "dense-prose"
    case prose
    case namesProse = "names-prose"
    case short
    case fewStopwords = "few-stopwords"
    case phrase
    case sectionHeader = "section-header"
    case copyrightNotice = "copyright-notice"
    case creditShape = "credit-shape"
    case captionShape = "caption-shape"
    case bylineShape = "byline-shape"
    case dateShape = "date-shape"
    case datelineShape = "dateline-shape"
    case readingTimeShape = "reading-time-shape"
    case placeholderShape = "placeholder-shape"
    case flattenedList = "flattened-list"
    case commentShape = "comment-shape"
    case authorBox = "author-box"
    case classHint = "class-hint"
    case hidden
    case linkDense = "link-dense"
    case navContainer = "nav-container"
    // Context pass: the block among its neighbours.
    case inArticle = "in-article"
    case subHeading = "sub-heading"
    case teaserHeading = "teaser-heading"
    case articleList = "article-list"
    case betweenContent = "between-content"
    case linkListRun = "link-list-run"
    case repeatedLine = "repeated-line"
    case inSection = "in-section"
    case beforeArticle = "before-article"
    case afterArticle = "after-article"
    case offTopic = "off-topic"
    case headline
    case dek
    case noArticle = "no-article"
    case sharedAcrossSite = "shared-across-site"

    /// One line on what the rule looks at; `winnow rules` prints it and a test pins it.
    public var summary: String {
        switch self {
        case .denseProse: "long text with many stop words: running prose"
        case .prose: "medium-length text with a fair share of stop words"
        case .namesProse: "sentences with few stop words but a sentence end: names and numbers, as in results"
        case .short: "too short to judge alone; decided by its neighbours"
        case .fewStopwords: "long text with few stop words: names, tags or a list run together"
        case .phrase: "the whole block is a known furniture phrase (share, promo, cookie, legal, navigation)"
        case .sectionHeader: "a header that opens a boilerplate section (latest news, related, comments)"
        case .copyrightNotice: "a copyright sign or an 'all rights reserved' notice"
        case .creditShape: "a photo or image credit ('Photo: ...', '(Name/Agency)')"
        case .captionShape: "a description of a picture ending in a credit in parentheses"
        case .bylineShape: "names the author ('By ...', 'Original Author: ...')"
        case .dateShape: "a date, a time or a relative date and little else"
        case .datelineShape: "a place in capitals and its agency alone on a line ('WASHINGTON (AP) —')"
        case .readingTimeShape: "an estimated reading time ('2 min read')"
        case .placeholderShape: "the text of an icon or image placeholder ('logo', 'Avatar')"
        case .commentShape: "a comment's attribution ('Name says:', 'Name on DATE said:'): a comment starts here"
        case .flattenedList: "several items run together with inline bullets: a digest, not prose"
        case .classHint: "a class or id name of the block or an ancestor names furniture ('comments', 'share')"
        case .hidden: "hidden from readers (hidden, aria-hidden or display:none)"
        case .linkDense: "most of the text is link text"
        case .navContainer: "inside a <nav> or <menu> element"
        case .authorBox: "an author box: a name line, a role line and a paragraph that starts with the name"
        case .inArticle: "prose inside the article's main region"
        case .subHeading: "a heading-like line inside the article followed by its section's prose"
        case .teaserHeading: "a headline inside the article with no section after it: a teaser"
        case .articleList: "a list item inside the article, introduced by its prose"
        case .betweenContent: "a short block between kept article blocks"
        case .linkListRun: "one of three or more short lines in a row: a list of links"
        case .repeatedLine: "a short line that appears more than once in the page"
        case .inSection: "inside a boilerplate section opened by a header"
        case .beforeArticle: "before the article's main region"
        case .afterArticle: "after the article's main region"
        case .offTopic: "prose apart from the article that shares little vocabulary with its lead"
        case .headline: "the article's headline, taken as the title"
        case .dek: "the standfirst next to the headline, taken as the subtitle"
        case .noArticle: "the page has no region of prose long enough to be an article"
        case .sharedAcrossSite: "the same block is on many pages of this site in the batch: the site's template"
        }
    }
}
