/// The pipeline, top to bottom. Every stage is a call you can step into.
///
/// Decode (bytes to clean text, or to UTF-8 that libxml2 parses) -> Segment (text or DOM to
/// blocks) -> Classify (a label and a reason for every block) -> Metadata. Writers in `Write/`
/// turn the `Article` into output.
public struct Cleaner: Sendable {
    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// `template`: what the batch learned about the page's site (`SiteTemplateLearner`); its
    /// blocks are removed as `site-template` even where this page alone would keep them.
    public func clean(_ input: RawInput, template: SiteTemplate? = nil) throws(CleanError) -> Article {
        let format = Self.resolveFormat(input)
        let page = try segment(input, format: format)
        var classification = Classifier(options: options.classify).classify(
            page.blocks, head: page.head, words: page.words)
        template?.apply(to: &classification.verdicts, blocks: page.blocks)
        var metadataOptions = options.metadata
        metadataOptions.referenceDate = metadataOptions.referenceDate ?? input.recordDate
        let metadata = MetadataExtractor(options: metadataOptions).extract(page.blocks, classification, head: page.head)
        return Article(
            id: input.id, format: format, decoding: page.decoding, blocks: page.blocks,
            verdicts: classification.verdicts, metadata: metadata, losses: page.losses)
    }

    /// The first pass of site-template learning: the page's blocks as fingerprints, and the
    /// site it declares (the host of its canonical address), without classifying anything.
    public func fingerprints(_ input: RawInput) throws(CleanError) -> (site: String?, fingerprints: [UInt64]) {
        let page = try segment(input, format: Self.resolveFormat(input))
        // A relative canonical link names no host: the page's og:url may.
        let site = [page.head?.canonicalURL, page.head?.meta["og:url"]].lazy.compactMap { $0.flatMap(Self.host) }.first
        return (site, page.blocks.compactMap { SiteTemplate.fingerprint($0.text) })
    }

    /// `https://www.example.com/a/b` -> `example.com`.
    public static func host(_ address: String) -> String? {
        guard let scheme = address.range(of: "://") else { return nil }
        var host = address[scheme.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
            .lowercased()[...]
        if host.hasPrefix("www.") { host = host.dropFirst(4) }
        return host.isEmpty ? nil : String(host)
    }

    private func segment(_ input: RawInput, format: InputFormat) throws(CleanError) -> Page {
        let decoder = DocumentDecoder(limits: options.limits, options: options.decode)
        try decoder.admit(input)
        return format == .html
            ? try Self.segmentHTML(decoder.decodeHTML(input), limits: options.limits)
            : Self.segmentText(decoder.decode(input))
    }

    /// A page cut into blocks, whichever kind of input it came from.
    struct Page {
        var blocks: [Block]
        /// Each block's words, scanned once at segmentation for the classifier.
        var words: [[Word]] = []
        var head: PageHead?
        var decoding: DecodingReport
        /// What had to be changed to read the page, beyond ordinary clean-up.
        var losses: [Loss] = []
    }

    static func segmentText(_ decoded: DecodedText) -> Page {
        let decoding = DecodingReport(
            encoding: decoded.encoding, replacedSequences: decoded.replacedSequences,
            removedInvisibles: decoded.removedInvisibles)
        let (blocks, words) = Segmenter().segmentWithWords(decoded)
        return Page(blocks: blocks, words: words, head: nil, decoding: decoding, losses: decoding.losses)
    }

    /// The markup guard runs first so libxml2 never meets the shapes that make it drop content or stall.
    static func segmentHTML(_ decoded: HTMLBytesDecoder.Decoded, limits: Limits) throws(CleanError) -> Page {
        let decoding = DecodingReport(
            encoding: decoded.report, replacedSequences: decoded.replaced, removedInvisibles: decoded.removedControls)
        // An empty page is a page without an article, not a parse failure (libxml2 builds no document).
        guard decoded.utf8.contains(where: { !InputSniffer.isSpace($0) }) else {
            return Page(blocks: [], head: PageHead(), decoding: decoding, losses: decoding.losses)
        }
        let guarded = try MarkupGuard(limits: limits).guarded(decoded.utf8)
        let document = try HTMLDocument(utf8: guarded.utf8)
        let (blocks, head, deepest, words) = DOMSegmenter().segment(document)
        // The guard keeps pages below libxml2's nesting limit; should one still reach it, say so.
        var losses = decoding.losses + guarded.losses
        if deepest >= 255, !losses.contains(where: { $0.code == .depthLimit }) {
            losses.append(
                Loss(
                    code: .depthLimit,
                    message:
                        "the page nests \(deepest) deep, at libxml2's limit of 256: content below it may be missing"))
        }
        return Page(blocks: blocks, words: words, head: head, decoding: decoding, losses: losses)
    }

    /// The caller's format, else HTML when the bytes start like markup, else a text dump.
    static func resolveFormat(_ input: RawInput) -> InputFormat {
        guard input.format == .auto else { return input.format }
        return InputSniffer().looksLikeHTML(input.bytes) ? .html : .text
    }
}
