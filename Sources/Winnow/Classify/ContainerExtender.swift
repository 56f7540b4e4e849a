/// Widens the main region of an HTML page to the element that holds its prose.
///
/// The region is found from scores alone and stops at the first table, embed or run of short
/// lines; the page's own markup says where the article really ends: the deepest element that
/// holds nearly all of the region's prose; a stretch of the run outside it, beyond furniture,
/// is cut off. Hard boundaries (comments) still stop the widening.
struct ContainerExtender: Sendable {
    /// The container must sit below `<html><body>`: a body-wide region is no container.
    static let minContainerDepth = 3

    /// The share of the region's prose score the container must hold: a stray paragraph in
    /// another part of the page (a share-by-email dialog repeating the standfirst, development
    /// page f8ff62…) must not widen the container to the whole page.
    static let minProseShare = 0.8

    func extend(_ region: ClosedRange<Int>, blocks: [Block], judgements: [FirstPass.Judgement], scores: [Double?])
        -> ClosedRange<Int>
    {
        let prose = region.filter { judgements[$0].isProse }
        guard let container = Self.container(of: prose, blocks: blocks, scores: scores) else { return region }
        guard container.count >= Self.minContainerDepth else { return region }
        let isInside = { (index: Int) in blocks[index].dom?.ancestors.starts(with: container) == true }
        var lower = region.lowerBound, upper = region.upperBound
        // The run crossed furniture into another part of the page (f8ff62: past an ad into a
        // share-by-email dialog): the outer stretch beyond a negative block is cut off.
        let isNegative = { (index: Int) in (scores[index] ?? -1) < 0 }
        var end = upper
        while end > lower, !isInside(end) { end -= 1 }
        if end < upper, isNegative(end) || isNegative(end + 1) { upper = end }
        var start = lower
        while start < upper, !isInside(start) { start += 1 }
        if start > lower, isNegative(start) || isNegative(start - 1) { lower = start }
        while lower > 0, isInside(lower - 1), scores[lower - 1] != nil { lower -= 1 }
        while upper + 1 < blocks.count, isInside(upper + 1), scores[upper + 1] != nil { upper += 1 }
        return lower...upper
    }

    /// Whether block `index` stands in another `<article>` element than the prose of `run`.
    /// False when either has none: a dump has no elements, many pages no `<article>`.
    static func standsInOtherArticle(
        _ index: Int, run: ClosedRange<Int>, blocks: [Block], judgements: [FirstPass.Judgement]
    ) -> Bool {
        guard let article = blocks[index].dom?.article,
            let prose = run.first(where: { judgements[$0].isProse }),
            let runArticle = blocks[prose].dom?.article
        else { return false }
        return article != runArticle
    }

    /// The deepest element holding at least `minProseShare` of the prose's score and, when there
    /// are several prose blocks, more than one of them; nil when a block has no DOM.
    static func container(of prose: [Int], blocks: [Block], scores: [Double?]) -> [Int32]? {
        var weighted: [(ancestors: [Int32], score: Double)] = []
        for index in prose {
            guard let ancestors = blocks[index].dom?.ancestors else { return nil }
            weighted.append((ancestors, max(0, scores[index] ?? 0)))
        }
        guard let top = weighted.max(by: { $0.score < $1.score }) else { return nil }
        let total = weighted.reduce(0) { $0 + $1.score }
        let minBlocks = min(2, weighted.count)
        // The last id may be a block's own element when the region has one prose block.
        let deepest = weighted.count == 1 ? top.ancestors.count - 1 : top.ancestors.count
        for length in stride(from: deepest, through: 0, by: -1) {
            let prefix = top.ancestors.prefix(length)
            let inside = weighted.filter { $0.ancestors.starts(with: prefix) }
            if inside.count >= minBlocks, inside.reduce(0, { $0 + $1.score }) >= total * Self.minProseShare {
                return Array(prefix)
            }
        }
        return nil
    }
}
