/// The Classify stage: a label and a reason for every block.
///
/// First each block alone (`FirstPass`), then the article's main region (`RegionFinder`, or
/// the page's own `itemprop="articleBody"` when the prose finds no article there), then each
/// block among its neighbours (`ContextPass`), then stretches about something else
/// (`OffTopicFinder`) and the headline (`HeadlineFinder`).
public struct Classifier: Sendable {
    public var options: ClassifyOptions

    public init(options: ClassifyOptions) {
        self.options = options
    }

    public func classify(_ blocks: [Block], head: PageHead? = nil) -> Classification {
        classify(blocks, head: head, words: nil)
    }

    /// `words`: each block's words when segmentation scanned them already (`Cleaner` passes them).
    func classify(_ blocks: [Block], head: PageHead?, words: [[Word]]?) -> Classification {
        let measured = FeatureExtractor().measure(blocks, words: words)
        let features = measured.features
        let firstPass = FirstPass(options: options, measuresByCharacters: measured.stopwordLanguage == nil)
        var judgements = features.map(firstPass.judge)
        for (index, role) in AuthorBoxFinder().find(blocks, features) {
            let label: Label = role == .bio ? .bio : .byline
            judgements[index] = FirstPass.Judgement(
                quality: .bad, label: label, reason: .authorBox,
                facts: .text("author box, \(role)"))
        }
        let scores = RegionFinder.scores(judgements, features)
        let similarity = TopicSimilarity(stopwordMask: measured.stopwordMask)
        var classification = Classification(
            verdicts: [], region: nil, stopwordLanguage: measured.stopwordLanguage?.code,
            stopwordCoverage: measured.stopwordLanguage?.coverage ?? 0, words: measured.words)
        let marked = Self.markedArticleBody(features)
        let isSeparateBox = { (header: Int, run: ClosedRange<Int>) in
            RegionFinder.isBoxHeader(judgements[header])
                && ContainerExtender.standsInOtherArticle(header, run: run, blocks: blocks, judgements: judgements)
        }
        let best = RegionFinder().find(scores, isSeparateBox: isSeparateBox)
        guard let found = best?.range ?? marked else {
            classification.verdicts = Self.noArticle(judgements)
            return classification
        }
        // With no run of prose at all, the marked element is the region, and is taken as marked.
        var (region, verdicts, keptCharacters) = decide(
            found, blocks, features, judgements, scores, measured, similarity, asMarked: best == nil)
        // Too little prose for an article, or a scrap of prose outside the element the page marks
        // as its article body (a comments notice under a fixture list): the markup gets its say.
        if let marked, marked != found,
            keptCharacters < options.minArticleCharacters
                || (!found.overlaps(marked) && (best?.score ?? 0) < RegionFinder.articleLikeScore)
        {
            let markedDecision = decide(
                marked, blocks, features, judgements, scores, measured, similarity, asMarked: true)
            if markedDecision.keptCharacters >= options.minArticleCharacters
                || keptCharacters < options.minArticleCharacters
            {
                (region, verdicts, keptCharacters) = markedDecision
            }
        }
        guard keptCharacters >= options.minArticleCharacters else {
            classification.verdicts = Self.noArticle(judgements)
            return classification
        }
        if let alike = Self.alikeTeasers(region, keptCharacters: keptCharacters, judgements, features) {
            classification.verdicts = Self.noArticle(
                judgements,
                evidence: .text("the best run, \(keptCharacters) characters, is one of \(alike + 1) alike teasers")
            )
            return classification
        }
        let declaredTitles = [head?.title, head?.meta["og:title"]].compactMap { $0 }
            .map { WordScanner.words(in: $0).map(\.hash) }
        HeadlineFinder(similarity: similarity, declaredTitles: declaredTitles)
            .mark(&verdicts, blocks: blocks, features: features, words: measured.words, region: region)
        if options.keepsCaptions { Self.keepCaptions(&verdicts, near: region) }
        classification.verdicts = verdicts
        classification.region = region
        return classification
    }

    /// The verdicts for one candidate region: widened to its container, started after its
    /// headline, and judged block by block among its neighbours. A region the markup marked
    /// (`asMarked`) is taken as it stands.
    private func decide(
        _ found: ClosedRange<Int>, _ blocks: [Block], _ features: [BlockFeatures],
        _ judgements: [FirstPass.Judgement], _ scores: [Double?], _ measured: FeatureExtractor.Measured,
        _ similarity: TopicSimilarity, asMarked: Bool = false
    ) -> (region: ClosedRange<Int>, verdicts: [Verdict], keptCharacters: Int) {
        let region: ClosedRange<Int>
        if asMarked {
            region = Self.startingAfterLeadingTitle(found, blocks)
        } else {
            let widened = ContainerExtender().extend(found, blocks: blocks, judgements: judgements, scores: scores)
            region = Self.extendedOverClosingSentences(
                Self.startingAfterHeadline(widened, judgements, features, blocks: blocks), judgements, features)
        }
        var verdicts = ContextPass(
            blocks: blocks, features: features, judgements: judgements, region: region, isMarked: asMarked
        ).decide()
        OffTopicFinder(similarity: similarity, minSimilarity: options.minLeadSimilarity).mark(
            &verdicts, features: features, words: measured.words, region: region)
        let keptCharacters = zip(verdicts, features).reduce(0) { $0 + ($1.0.isKept ? $1.1.characters : 0) }
        return (region, verdicts, keptCharacters)
    }

    /// Short sentences and introduced lists right after the region still belong to the article:
    /// a closing line ("The plan goes to a vote on 21 May.") or a closing list scores zero and
    /// would be cut off otherwise.
    static func extendedOverClosingSentences(
        _ region: ClosedRange<Int>, _ judgements: [FirstPass.Judgement],
        _ features: [BlockFeatures]
    ) -> ClosedRange<Int> {
        var end = region.upperBound
        var inIntroducedList = false
        while end + 1 < features.count {
            let next = features[end + 1]
            let isPlain = judgements[end + 1].quality == .short && next.occurrences == 1
            if next.isListItem {
                guard inIntroducedList, isPlain else { break }
            } else {
                let introducesList = next.endsWithColon && end + 2 < features.count && features[end + 2].isListItem
                guard isPlain, next.endsWithSentence || introducesList else { break }
                inIntroducedList = introducesList
            }
            end += 1
        }
        return region.lowerBound...end
    }

    /// A headline-like line before the region's first long paragraph is the article's headline,
    /// and what stands before it (a dek, a kicker) is not body: start the region after it
    /// (samples/text/seed-002: dek, headline, then the article).
    ///
    /// When the page has an `<h1>` before the first paragraph, the markup names the headline:
    /// the region starts after it, or where it is when the `<h1>` stands above it. Short lines of
    /// the body's own text are no headline (development pages 358cc4… and 521118…: the lead's
    /// short lines cut the region after them; c81e13…: a results list under `<h2>` sections
    /// lost everything above its last section).
    static func startingAfterHeadline(
        _ region: ClosedRange<Int>, _ judgements: [FirstPass.Judgement],
        _ features: [BlockFeatures], blocks: [Block]
    ) -> ClosedRange<Int> {
        let isSentenceProse = { (index: Int) in judgements[index].isSentenceProse(features[index]) }
        guard let firstProse = region.first(where: isSentenceProse) else { return region }
        let before = region.lowerBound..<firstProse
        let isMainHeading = { (index: Int) in
            features[index].kind == .heading && blocks[index].dom?.headingLevel == 1
        }
        let headline: Int?
        if let mainHeading = (0..<firstProse).last(where: isMainHeading) {
            headline = before.contains(mainHeading) ? mainHeading : nil
        } else {
            headline = before.last { features[$0].isHeadingLike && !features[$0].isListItem }
        }
        guard let headline else { return region }
        return (headline + 1)...region.upperBound
    }

    /// A marked article body that opens with its `<h1>` starts after it: the title goes to
    /// metadata, as elsewhere.
    static func startingAfterLeadingTitle(_ region: ClosedRange<Int>, _ blocks: [Block]) -> ClosedRange<Int> {
        guard region.count > 1, blocks[region.lowerBound].dom?.headingLevel == 1 else { return region }
        return (region.lowerBound + 1)...region.upperBound
    }

    /// The blocks of the page's `itemprop="articleBody"` element, for a page whose text finds no
    /// article: a calendar or a list of short lines is no prose, but the markup says it is the
    /// article (development page cc03dd…: a race calendar).
    static func markedArticleBody(_ features: [BlockFeatures]) -> ClosedRange<Int>? {
        guard let first = features.firstIndex(where: { $0.containers.contains(.articleBody) }) else { return nil }
        var last = first
        while last + 1 < features.count, features[last + 1].containers.contains(.articleBody) { last += 1 }
        return first...last
    }

    /// `--captions`: the article's captions and credits (inside it or just above it) stay in the body.
    static func keepCaptions(_ verdicts: inout [Verdict], near region: ClosedRange<Int>) {
        for index in max(0, region.lowerBound - 3)...region.upperBound
        where verdicts[index].label == .caption || verdicts[index].label == .credit {
            verdicts[index].isKept = true
        }
    }

    /// An index page's best run is one short standfirst among several alike: the number of other
    /// prose blocks outside the region at least half its length, when there are two or more
    /// (samples/pages/no-article: a grid of story cards).
    static func alikeTeasers(
        _ region: ClosedRange<Int>, keptCharacters: Int, _ judgements: [FirstPass.Judgement],
        _ features: [BlockFeatures]
    ) -> Int? {
        guard keptCharacters < Defaults.maxTeaserCharacters else { return nil }
        let alike = features.indices.filter { index in
            !region.contains(index) && judgements[index].isProse
                && features[index].characters * 2 >= keptCharacters
        }
        return alike.count >= 2 ? alike.count : nil
    }

    /// Every block removed: shapes keep their labels, the rest is navigation.
    private static func noArticle(
        _ judgements: [FirstPass.Judgement], evidence pageEvidence: Evidence = "no article region"
    )
        -> [Verdict]
    {
        judgements.map { judgement in
            let facts = judgement.label == nil ? pageEvidence : judgement.facts
            return Verdict(
                label: judgement.label ?? .navigation, reason: judgement.label == nil ? .noArticle : judgement.reason,
                facts: facts, firstPass: judgement.quality)
        }
    }
}

/// Every block's verdict plus what the classifier learnt about the document.
public struct Classification: Sendable, Equatable {
    public var verdicts: [Verdict]
    /// The article's main region as block indices; nil when there is no article.
    public var region: ClosedRange<Int>?
    /// The stop-word list the document was measured with (ISO 639-1), if any matched.
    public var stopwordLanguage: String?
    public var stopwordCoverage: Double
    /// The words of each block as the classifier scanned them, for the metadata stage.
    ///
    /// An internal hand-off, not a result: left out of `==`, so two classifications that agree
    /// on every public field are equal however their words were scanned.
    var words: [[Word]] = []

    public static func == (lhs: Classification, rhs: Classification) -> Bool {
        lhs.verdicts == rhs.verdicts && lhs.region == rhs.region && lhs.stopwordLanguage == rhs.stopwordLanguage
            && lhs.stopwordCoverage == rhs.stopwordCoverage
    }
}
