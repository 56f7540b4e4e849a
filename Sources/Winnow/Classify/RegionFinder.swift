/// Finds the article's main region: the run of blocks with the most prose and the least furniture.
///
/// Each block scores by its first-pass quality (prose up, furniture down); the region is the
/// maximum-sum run (Kadane), which may not cross a header that opens a boilerplate section.
/// The idea is Finn's Body Text Extraction, over blocks instead of tokens.
struct RegionFinder: Sendable {
    /// Scores of all blocks; a list item introduced by a line ending in ':' is neutral, since
    /// it belongs to whatever its introduction belongs to (samples/text/seed-002).
    /// Comment headers are hard boundaries: comments are prose but never the article.
    static func scores(_ judgements: [FirstPass.Judgement], _ features: [BlockFeatures]) -> [Double?] {
        var scores: [Double?] = []
        scores.reserveCapacity(features.count)
        var listIsIntroduced = false, listIsHeaded = false
        var inBox = false
        for (index, feature) in features.enumerated() {
            // The links under a "Related" header cost no more than the header: a box inside the
            // article is one interruption however many teasers it holds (development page
            // 8b1945…: thirteen "Most read" links between two halves of the article).
            if isBoxHeader(judgements[index]) {
                inBox = true
            } else if inBox, judgements[index].quality == .bad, !isHardBoundary(judgements[index]),
                judgements[index].reason == .linkDense || judgements[index].reason == .classHint
            {
                scores.append(0)
                continue
            } else {
                inBox = false
            }
            if feature.isListItem {
                if index > 0, !features[index - 1].isListItem {
                    listIsIntroduced = features[index - 1].endsWithColon
                    listIsHeaded = isBoxHeader(judgements[index - 1])
                }
            } else {
                listIsIntroduced = false
                listIsHeaded = false
            }
            if Self.isHardBoundary(judgements[index]) {
                scores.append(nil)
                continue
            }
            let score = score(judgements[index], feature)
            // A list under "Latest news" is the section's, however much prose its items hold
            // (development page 5f9c5e…: a ticker of story summaries above the article).
            if listIsHeaded {
                scores.append(min(score, 0))
                continue
            }
            scores.append(listIsIntroduced && judgements[index].quality == .short ? 0 : score)
        }
        return scores
    }

    /// A "Related" or "Latest news" header: it opens a box the article may flow around.
    static func isBoxHeader(_ judgement: FirstPass.Judgement) -> Bool {
        judgement.reason == .sectionHeader && (judgement.label == .relatedLinks || judgement.label == .latestNews)
    }

    static func isHardBoundary(_ judgement: FirstPass.Judgement) -> Bool {
        judgement.reason == .commentShape || (judgement.reason == .sectionHeader && judgement.label == .comments)
    }

    /// What crossing a "Related" or "Latest news" header costs: the article may go on after a
    /// box of links (express.co.uk pages in the development corpus put two links under "Related
    /// articles" between paragraphs), but only if more than about 400 characters of prose follow.
    static let sectionHeaderScore = -4.0

    /// Score of one block: positive for prose, negative for furniture. Prose in links counts
    /// less, and prose in an `<aside>` or `<footer>` a third.
    static func score(_ judgement: FirstPass.Judgement, _ feature: BlockFeatures) -> Double {
        // Table rows and code neither make nor break an article: they are carried by the prose around them.
        if feature.kind == .tableRow || feature.kind == .code, judgement.quality != .bad { return 0 }
        let score = textScore(judgement, feature)
        let isSidelined = !feature.containers.isDisjoint(with: [.aside, .footer])
        guard score > 0 else { return isSidelined ? score - 0.5 : score }
        return score * (1 - feature.linkDensity) * (isSidelined ? 0.3 : 1)
    }

    /// The score from the text alone.
    private static func textScore(_ judgement: FirstPass.Judgement, _ feature: BlockFeatures) -> Double {
        if judgement.reason == .sectionHeader, judgement.label == .relatedLinks || judgement.label == .latestNews {
            return sectionHeaderScore
        }
        let length = Double(feature.characters + 2 * feature.ideographs)
        switch judgement.quality {
        case .good, .nearGood:
            if feature.looksTruncated { return 0 }
            if judgement.quality == .good { return min(8, max(0.5, length / 100)) }
            guard feature.endsWithSentence else { return 0.3 }
            // Short prose counts in full when it has the stop words of prose, half when it is thin.
            return judgement.reason == .denseProse || judgement.reason == .prose && feature.stopwordRatio >= 0.3
                ? min(4, max(0.5, length / 100)) : min(2, max(0.5, length / 200))
        case .short:
            if feature.endsWithSentence || feature.endsWithColon { return 0 }
            return feature.isHeadingLike && feature.occurrences == 1 ? -0.3 : -0.6
        case .bad:
            if judgement.reason == .fewStopwords && feature.endsWithSentence { return 0 }
            // Pictures sit inside articles: their captions and credits cost no more than a short line.
            if judgement.label == .caption || judgement.label == .credit { return -0.3 }
            return -1.5
        }
    }

    /// How much a run counts when it stands under a comments header that comes after an
    /// article-like run: comments are prose too, but the article comes first (development page
    /// ac3c…: an open thread with more words in its comments than in the post). A header before
    /// any article-like run is a navigation link and weighs nothing.
    static let commentsWeight = 0.15

    /// The least raw score of a run that makes later section headers count: about 300 characters
    /// of prose.
    static let articleLikeScore = 3.0

    /// How much a run counts when it starts after a "Related" or "You may like" header that
    /// stands in another `<article>` element than the best run so far: the stories below it are
    /// other pages' (development page b3c19d…: six quotes in their own `<article>`s under "Você
    /// pode gostar..." outweigh the one the page is about). No run crosses such a header.
    /// Elsewhere the header costs only its score: the article goes on after a box of links
    /// (express.co.uk pages).
    static let relatedWeight = 0.3

    /// The best region as a closed range of block indices and its weighted score, or nil when
    /// no run scores above zero. A nil score is a hard boundary. `isSeparateBox(header, run)`
    /// says whether a "Related" header opens a box of other stories than `run`'s.
    func find(
        _ scores: [Double?], isSeparateBox: (Int, ClosedRange<Int>) -> Bool = { _, _ in false }
    ) -> (range: ClosedRange<Int>, score: Double)? {
        var best: (range: ClosedRange<Int>, score: Double)?
        var bestRaw = 0.0
        var start = 0
        var sum = 0.0
        var weight = 1.0, zoneWeight = 1.0, runWeight = 1.0
        for (index, score) in scores.enumerated() {
            guard let score else {
                sum = 0
                start = index + 1
                if bestRaw >= Self.articleLikeScore { weight = Self.commentsWeight }
                continue
            }
            if bestRaw >= Self.articleLikeScore, let run = best?.range, isSeparateBox(index, run) {
                zoneWeight = Self.relatedWeight
                sum = 0
            }
            if sum <= 0 {
                sum = 0
                start = index
                runWeight = zoneWeight
            }
            sum += score
            bestRaw = max(bestRaw, sum)
            let weighted = sum * min(weight, runWeight)
            if weighted > (best?.score ?? 0) { best = (start...index, weighted) }
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
