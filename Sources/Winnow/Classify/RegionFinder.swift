/// Finds the article's main region: the run of blocks with the most prose and the least furniture.
///
/// Each block scores by its first-pass quality (prose up, furniture down); the region is the
/// maximum-sum run (Kadane), which may not cross a header that opens a boilerplate section.
/// The idea is Finn's Body Text Extraction, over blocks instead of tokens.
struct RegionFinder: Sendable {
    /// Scores of all blocks; a list item introduced by a line ending in ':' is neutral, since
    /// it belongs to whatever its introduction belongs to (samples/text/seed-002).
    static func scores(_ judgements: [FirstPass.Judgement], _ features: [BlockFeatures]) -> [Double?] {
        var scores: [Double?] = []
        scores.reserveCapacity(features.count)
        var listIsIntroduced = false
        for (index, feature) in features.enumerated() {
            if feature.isListItem {
                if index > 0, !features[index - 1].isListItem { listIsIntroduced = features[index - 1].endsWithColon }
            } else {
                listIsIntroduced = false
            }
            let score = score(judgements[index], feature)
            scores.append(listIsIntroduced && judgements[index].quality == .short ? 0 : score)
        }
        return scores
    }

    /// Score of one block: positive for prose, negative for furniture; nil for a hard boundary.
    static func score(_ judgement: FirstPass.Judgement, _ feature: BlockFeatures) -> Double? {
        if judgement.reason == .sectionHeader, judgement.label?.opensSection == true { return nil }
        let length = Double(feature.characters + 2 * feature.ideographs)
        switch judgement.quality {
        case .good, .nearGood:
            if feature.looksTruncated { return 0 }
            return feature.endsWithSentence || judgement.quality == .good ? min(8, max(0.5, length / 100)) : 0.3
        case .short:
            if feature.endsWithSentence || feature.endsWithColon { return 0 }
            return feature.isHeadingLike && feature.occurrences == 1 ? -0.3 : -0.6
        case .bad:
            return -1.5
        }
    }

    /// The best region as a closed range of block indices and its score, or nil when no run scores
    /// above zero.
    func find(_ scores: [Double?]) -> (range: ClosedRange<Int>, score: Double)? {
        var best: (range: ClosedRange<Int>, score: Double)?
        var start = 0
        var sum = 0.0
        for (index, score) in scores.enumerated() {
            guard let score else {
                sum = 0
                start = index + 1
                continue
            }
            if sum <= 0 {
                sum = 0
                start = index
            }
            sum += score
            if sum > (best?.score ?? 0) { best = (start...index, sum) }
        }
        guard var region = best else { return nil }
        // A run never starts or ends on a block that adds nothing.
        var lower = region.range.lowerBound, upper = region.range.upperBound
        while lower < upper, (scores[lower] ?? -1) <= 0 { lower += 1 }
        while upper > lower, (scores[upper] ?? -1) <= 0 { upper -= 1 }
        region.range = lower...upper
        return region
    }
}
