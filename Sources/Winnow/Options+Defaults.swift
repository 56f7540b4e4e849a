/// Default values, each with its unit and the evidence behind it.
public enum Defaults {
    /// 20 MB: larger than any article page in the development corpus by two orders of magnitude.
    public static let maxBytes = 20_000_000
    /// 500,000 start tags: the development pages have at most 1,600; libxml2 needs ~200 bytes per
    /// node, so the cap also bounds a tree to ~100 MB.
    public static let maxElements = 500_000
    /// 200 levels: the development pages nest about 50 deep at most; libxml2 drops everything below 256,
    /// and `<html>`, `<body>` and the elements libxml2 opens on its own need a margin.
    public static let maxDepth = 200
    /// 1,000 attributes on one element: the development pages use at most 64; at 200,000 libxml2 takes ~400 s.
    public static let maxAttributes = 1_000
    /// 70 characters: jusText's `length_low`; a line shorter than this is a heading, a label or a link.
    public static let shortCharacters = 70
    /// 200 characters: jusText's `length_high`; two ordinary sentences.
    public static let longCharacters = 200
    /// jusText's `stopwords_low` (0.30) and `stopwords_high` (0.32) for English; tuned on the
    /// development dumps (`scripts/eval`), where navigation sits below 0.15 and prose above 0.3.
    public static let lowStopwordRatio = 0.20
    public static let highStopwordRatio = 0.30
    /// 0.08: match reports and results lists in the development pages ("Palm Bay (1-0): Tolivert
    /// 25 points.") sit between 0.1 and 0.2; navigation has no sentence ends at all.
    public static let minSentenceStopwordRatio = 0.08
    /// 0.5: half the text in links. jusText uses 0.2 on all blocks; articles link inside
    /// sentences, so HTML paragraphs of the development pages reach 0.4.
    public static let maxLinkDensity = 0.5
    /// Share of the lead's content words a distant prose block must share to join the article.
    public static let minLeadSimilarity = 0.08
    /// 150 characters: less kept prose than this is a stub, a teaser or an index page.
    public static let minArticleCharacters = 150
    /// 400 characters: an "article" this short that looks like several other blocks on the page
    /// is a teaser on an index page.
    public static let maxTeaserCharacters = 400
    /// Characters of block text quoted at the end of each explain line.
    public static let explainPreviewCharacters = 48
}
