/// Finds stretches of prose inside the main region that are about something else: a whole
/// other story embedded after the article, with or without a header of its own.
///
/// The region is cut into runs of kept prose at headings and removed blocks; runs at the end,
/// after the longest one, are compared with everything before them (samples/text/embedded-story).
struct OffTopicFinder: Sendable {
    var similarity: TopicSimilarity
    var minSimilarity: Double
    /// Runs shorter than this are too small to judge by vocabulary.
    static let minRunCharacters = 250
    /// The article's most frequent content words; a stretch about the same story names some of them.
    static let keywordCount = 8
    /// Fewer repeated content words than this in the article and nothing is judged off-topic.
    static let minKeywords = 5
    /// Below this share of the keywords (at most one of eight) a stretch is about something else.
    static let minKeywordCoverage = 0.25

    func mark(
        _ verdicts: inout [Verdict], features: [BlockFeatures], words: [[Word]],
        region: ClosedRange<Int>
    ) {
        let runs = Self.runs(verdicts, features: features, region: region)
        guard runs.count > 1 else { return }
        let characters = runs.map { $0.blocks.reduce(0) { $0 + features[$1].characters } }
        // Only runs after the longest are judged: when it is the last, there is nothing to compare.
        guard let anchor = characters.indices.max(by: { characters[$0] < characters[$1] }), anchor < runs.count - 1
        else { return }
        let runWords = runs.map { run in similarity.contentWords(run.blocks.lazy.flatMap { words[$0] }) }
        let keywords = similarity.keywords(runs[anchor].blocks.flatMap { words[$0] }, count: Self.keywordCount)
        // Too short an article has no vocabulary to compare with (development page 4a44ab…).
        guard keywords.count >= Self.minKeywords else { return }
        // Only trailing runs: a story glued after the article. A section in the middle of an
        // article may well use other words (samples/text/all-article).
        for index in stride(from: runs.count - 1, to: anchor, by: -1) {
            let reference = runWords[..<index].reduce(into: Set<UInt64>()) { $0.formUnion($1) }
            let shared = similarity.similarity(of: runWords[index], to: reference)
            let covered =
                keywords.isEmpty ? 1 : Double(keywords.filter(runWords[index].contains).count) / Double(keywords.count)
            guard characters[index] >= Self.minRunCharacters, shared < minSimilarity, covered < Self.minKeywordCoverage
            else { return }
            let evidence =
                "shares \(shared.formatted2) < \(minSimilarity.formatted2) of its words and \(covered.formatted2) of the article's keywords"
            for block in runs[index].blocks + (runs[index].heading.map { [$0] } ?? []) {
                verdicts[block] = Verdict(
                    label: .embeddedStory, reason: .offTopic, evidence: evidence,
                    firstPass: verdicts[block].firstPass)
            }
        }
    }

    /// Stretches of kept prose, cut at headings and at removed blocks of some length.
    private static func runs(_ verdicts: [Verdict], features: [BlockFeatures], region: ClosedRange<Int>)
        -> [(blocks: [Int], heading: Int?)]
    {
        var runs: [(blocks: [Int], heading: Int?)] = []
        var current: [Int] = []
        var heading: Int?
        func close() {
            if !current.isEmpty { runs.append((current, heading)) }
            current = []
        }
        for index in region {
            let verdict = verdicts[index]
            if verdict.label == .heading {
                close()
                heading = index
            } else if verdict.isKept {
                current.append(index)
            } else if features[index].characters >= 20 {
                close()
                heading = nil
            }
        }
        close()
        return runs
    }
}
