/// Widens the main region of an HTML page to the element that holds its prose.
///
/// The region is found from scores alone and stops at the first table, embed or run of short
/// lines; the page's own markup says where the article really ends: the deepest element that
/// contains all of the region's prose. Hard boundaries (comments) still stop the widening.
struct ContainerExtender: Sendable {
    /// The container must sit below `<html><body>`: a body-wide region is no container.
    static let minContainerDepth = 3

    /// Whether block `index` stands in another `<article>` element than the prose of `run`.
    /// False when either has none: a dump has no elements, many pages no `<article>`.
    static func standsInOtherArticle(
        _ index: Int, run: ClosedRange<Int>, blocks: [Block], judgements: [FirstPass.Judgement]
    ) -> Bool {
        guard let article = blocks[index].dom?.article,
            let prose = run.first(where: { judgements[$0].quality == .good || judgements[$0].quality == .nearGood }),
            let runArticle = blocks[prose].dom?.article
        else { return false }
        return article != runArticle
    }

    /// The ids of the deepest element holding all of the prose of `region`, outermost first.
    static func container(of region: ClosedRange<Int>, blocks: [Block], judgements: [FirstPass.Judgement])
        -> [Int32]?
    {
        let prose = region.filter { judgements[$0].quality == .good || judgements[$0].quality == .nearGood }
        guard let first = prose.first, var container = blocks[first].dom?.ancestors else { return nil }
        for index in prose.dropFirst() {
            guard let ancestors = blocks[index].dom?.ancestors else { return nil }
            container = Array(zip(container, ancestors).prefix { $0 == $1 }.map(\.0))
        }
        // The prefix ends at the container itself only when every block shares it; the last id
        // may be a block's own element when the region has one prose block.
        if prose.count == 1 { container = Array(container.dropLast()) }
        return container
    }

    func extend(_ region: ClosedRange<Int>, blocks: [Block], judgements: [FirstPass.Judgement], scores: [Double?])
        -> ClosedRange<Int>
    {
        guard let container = Self.container(of: region, blocks: blocks, judgements: judgements) else { return region }
        guard container.count >= Self.minContainerDepth else { return region }
        let isInside = { (index: Int) in blocks[index].dom?.ancestors.starts(with: container) == true }
        var lower = region.lowerBound, upper = region.upperBound
        while lower > 0, isInside(lower - 1), scores[lower - 1] != nil { lower -= 1 }
        while upper + 1 < blocks.count, isInside(upper + 1), scores[upper + 1] != nil { upper += 1 }
        return lower...upper
    }
}
