/// Every setting of the pipeline, grouped per stage. Defaults live in `Options+Defaults.swift`.
public struct Options: Sendable, Codable, Equatable {
    public var limits = Limits()
    public var decode = DecodeOptions()
    public var classify = ClassifyOptions()
    public var metadata = MetadataOptions()
    public var write = WriteOptions()

    public init() {}
}

/// Caps that keep one document from taking the whole run.
public struct Limits: Sendable, Codable, Equatable {
    public var maxBytes = Defaults.maxBytes
    /// More start tags than this and an HTML page is refused before libxml2 builds its tree.
    public var maxElements = Defaults.maxElements
    /// Markup nested deeper than this is flattened (text kept), below libxml2's silent cut at 256.
    public var maxDepth = Defaults.maxDepth
    /// Attributes past this many on one element are dropped (libxml2 is quadratic in them).
    public var maxAttributes = Defaults.maxAttributes
    public init() {}
}

/// Bytes to text.
public struct DecodeOptions: Sendable, Codable, Equatable {
    /// Undo the artefacts text dumps carry (stray Markdown emphasis, bullets, glued tokens).
    public var repairsDumpArtefacts = true
    public init() {}
}

/// The boilerplate classifier's thresholds. Units are in the names.
public struct ClassifyOptions: Sendable, Codable, Equatable {
    /// Below this a block is "short": it cannot stand as a paragraph on its own.
    public var shortCharacters = Defaults.shortCharacters
    /// At or above this, prose with enough stop words is "good" outright.
    public var longCharacters = Defaults.longCharacters
    /// Share of stop words below which text reads as a list of names, not prose.
    public var lowStopwordRatio = Defaults.lowStopwordRatio
    /// Share of stop words at which text reads as running prose.
    public var highStopwordRatio = Defaults.highStopwordRatio
    /// Text with fewer stop words than `lowStopwordRatio` but a sentence end still reads as prose
    /// down to this share.
    public var minSentenceStopwordRatio = Defaults.minSentenceStopwordRatio
    /// Above this share of link text a block of HTML is a list of links, not prose.
    public var maxLinkDensity = Defaults.maxLinkDensity
    /// The least similarity to the article's lead for prose outside the main region to join it.
    public var minLeadSimilarity = Defaults.minLeadSimilarity
    /// Keep photo captions and credits of the article in the body (they always go to `images`).
    public var keepsCaptions = false
    /// Fewest characters of kept prose for a document to count as having an article.
    public var minArticleCharacters = Defaults.minArticleCharacters
    public init() {}
}

/// Metadata extraction.
public struct MetadataOptions: Sendable, Codable, Equatable {
    /// The moment relative dates ("a day ago") count back from, as ISO 8601. Without it they
    /// are reported as found and not resolved: the library never reads the clock.
    public var referenceDate: String?
    public init() {}
}

/// Output writers.
public struct WriteOptions: Sendable, Codable, Equatable {
    /// Characters of each block's text shown in explain lines.
    public var explainPreviewCharacters = Defaults.explainPreviewCharacters
    /// Markdown keeps in-article links as `[text](href)`.
    public var includesLinks = false
    /// Markdown keeps images as `![alt](src)`.
    public var includesImages = false
    /// JSON and Markdown carry the page's comments apart from the body.
    public var includesComments = false
    public init() {}
}
