/// Widens the main region of an HTML page to the element that holds its prose.
///
/// The region is found from scores alone and stops at the first table, embed or run of short
/// lines; the page's own markup says where the article really ends: the deepest element that
/// contains all of the region's prose. Hard boundaries (comments) still stop the widening.
struct ContainerExtender: Sendable {
    /// The container must sit below `<html><body>`: a body-wide region is no container.
    static let minContainerDepth = 3

    func extend(_ region: ClosedRange<Int>, blocks: [Block], judgements: [FirstPass.Judgement], scores: [Double?])
        -> ClosedRange<Int>
    {
        let prose = region.filter { judgements[$0].quality == .good || judgements[$0].quality == .nearGood }
        guard let first = prose.first, var container = blocks[first].dom?.ancestors else { return region }
        for index in prose.dropFirst() {
            guard let ancestors = blocks[index].dom?.ancestors else { return region }
            container = Array(zip(container, ancestors).prefix { $0 == $1 }.map(\.0))
        }
        // The prefix ends at the container itself only when every block shares it; the last id
        // may be a block's own element when the region has one prose block.
        if prose.count == 1 { container = Array(container.dropLast()) }
        guard container.count >= Self.minContainerDepth else { return region }
        let isInside = { (index: Int) in blocks[index].dom?.ancestors.starts(with: container) == true }
        var lower = region.lowerBound, upper = region.upperBound
        while lower > 0, isInside(lower - 1), scores[lower - 1] != nil { lower -= 1 }
        while upper + 1 < blocks.count, isInside(upper + 1), scores[upper + 1] != nil { upper += 1 }
        return lower...upper
    }
}
