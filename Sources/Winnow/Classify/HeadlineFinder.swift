/// Picks the headline and the standfirst (dek) among the blocks before the article.
///
/// The headline is the line before the main region that shares most vocabulary with the
/// article's opening; being repeated (page title and headline) or title-cased adds to it.
struct HeadlineFinder: Sendable {
    var similarity: TopicSimilarity
    /// Word hashes of the titles the page declares (`<title>`, `og:title`), for HTML input.
    var declaredTitles: [[UInt64]] = []
    /// Looked back this many blocks from the start of the article.
    static let searchBlocks = 25

    func mark(
        _ verdicts: inout [Verdict], blocks: [Block], features: [BlockFeatures],
        words: [[Word]], region: ClosedRange<Int>
    ) {
        let opening = region.filter { verdicts[$0].label == .paragraph }.prefix(3)
        let reference = similarity.contentWords(opening.flatMap { words[$0] })
        let window = max(0, region.lowerBound - Self.searchBlocks)..<region.lowerBound
        let hashes = window.map { words[$0].map(\.hash) }
        // The nearest line above the article that is not a byline, date, credit or other shape.
        let nearest = window.reversed().first { features[$0].shape == nil && !features[$0].isListItem }
        var best: (index: Int, score: Double, accepted: Bool, shared: Double)?
        for index in window {
            let feature = features[index]
            // A headline does not end like a sentence (a question may), and hidden text is no headline
            // (samples/pages/hidden-and-nav-heavy hides a copy of the article above it).
            guard feature.shape == nil, !feature.isListItem, (10...250).contains(feature.characters),
                feature.words >= 2, !feature.isHidden, feature.classHint == nil,
                !feature.endsWithSentence || feature.lastIsQuestionMark
            else { continue }
            let shared = similarity.similarity(of: similarity.contentWords(words[index]), to: reference)
            let key = hashes[index - window.lowerBound]
            // Repeated: the same line again, or the page title that starts with it ("Headline – Site").
            let isRepeated =
                feature.occurrences > 1
                || hashes.enumerated().contains {
                    $0.offset != index - window.lowerBound && $0.element.starts(with: key)
                }
                || declaredTitles.contains { $0.starts(with: key) }
            let isNearest = index == nearest && feature.isHeadingLike && (feature.words >= 3 || feature.ideographs >= 8)
            var score = shared
            if isRepeated { score += 0.3 }
            if feature.isHeadingLike { score += 0.1 }
            if isNearest { score += 0.25 }
            if blocks[index].dom?.headingLevel == 1 { score += 0.3 }
            score += 0.002 * Double(index)  // nearer the article wins a tie
            let isMainHeading = blocks[index].dom?.headingLevel == 1
            let accepted = shared >= 0.25 || (isRepeated && shared >= 0.1) || isNearest || isMainHeading
            if accepted, score > (best?.score ?? 0) { best = (index, score, accepted, shared) }
        }
        guard let best else { return }
        let key = words[best.index].map(\.hash)
        let evidence = "shares \(best.shared.formatted2) of its words with the opening"
        for index in 0..<region.lowerBound where words[index].map(\.hash).starts(with: key) {
            verdicts[index] = Verdict(
                label: .title, reason: .headline, evidence: evidence,
                firstPass: verdicts[index].firstPass)
        }
        markDek(&verdicts, near: best.index, blocks: blocks, features: features, region: region)
    }

    /// The block just before or after the headline that reads as a sentence-like standfirst.
    private func markDek(
        _ verdicts: inout [Verdict], near title: Int, blocks: [Block], features: [BlockFeatures],
        region: ClosedRange<Int>
    ) {
        for candidate in [title + 1, title - 1] where candidate >= 0 && candidate < region.lowerBound {
            let feature = features[candidate]
            guard verdicts[candidate].label != .title, feature.shape == nil, !feature.isHidden, !feature.isListItem,
                (40...400).contains(feature.characters), feature.words >= 6, feature.capitalisedShare < 0.7
            else { continue }
            verdicts[candidate] = Verdict(
                label: .subtitle, reason: .dek,
                evidence: "next to the headline #\(title), \(feature.words) words",
                firstPass: verdicts[candidate].firstPass)
            return
        }
    }
}
