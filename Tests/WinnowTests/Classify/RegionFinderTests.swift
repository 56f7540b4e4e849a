import Testing

@testable import Winnow

@Suite struct RegionFinderTests {
    @Test func theRegionIsTheBestScoringRun() {
        let scores: [Double?] = [-1, 2, -0.5, 3, -2, -2, 1]
        #expect(RegionFinder().find(scores)?.range == 1...3)
    }

    @Test func aHardBoundaryIsNeverCrossed() {
        let scores: [Double?] = [2, nil, 3]
        #expect(RegionFinder().find(scores)?.range == 2...2)
    }

    @Test func commentsAfterAnArticleWeighLess() {
        // 3.5 of article, then a comments header, then 10 of comments: 10 × 0.15 < 3.5.
        let scores: [Double?] = [3.5, nil, 5, 5]
        #expect(RegionFinder().find(scores)?.range == 0...0)
        // Before any article-like run the header is just a link: the run after it counts in full.
        #expect(RegionFinder().find([1, nil, 5, 5])?.range == 2...3)
    }

    @Test func noPositiveRunMeansNoRegion() {
        #expect(RegionFinder().find([-1, -0.5, nil, -2]) == nil)
    }

    @Test func edgesThatAddNothingAreTrimmed() {
        #expect(RegionFinder().find([0, 2, 0, 2, 0])?.range == 1...3)
    }
}
