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

    @Test func storiesUnderARelatedHeaderInAnotherArticleWeighLess() {
        // 6 of article, a "Related" header (#3) opening another <article>, then 12 of other
        // stories: 12 × 0.3 < 6.
        let scores: [Double?] = [2, 2, 2, RegionFinder.sectionHeaderScore, 3, 3, 3, 3]
        #expect(RegionFinder().find(scores, isSeparateBox: { header, _ in header == 3 })?.range == 0...2)
        // Elsewhere the header costs only its score: the article goes on past the box.
        #expect(RegionFinder().find(scores)?.range == 0...7)
    }

    /// development page b3c19d…: quotes in their own `<article>`s under "You may also like"
    /// outweigh the story the page is about.
    @Test func otherArticlesUnderARelatedHeaderDoNotOutweighTheStory() throws {
        let others = [
            "The harbour festival returns next month with boat races, a fish market along the quay and concerts every evening, and the organisers say they expect more visitors than ever before this year.",
            "A family of otters has been seen in the river below the mill for the first time in forty years, and volunteers are now counting them every week to find out how many have settled there.",
            "The bus company will run a night service between the station and the villages from the spring, after a petition that was signed by more than five thousand people across the valley.",
            "Students from the college have built a small solar car that they will race across the desert in the autumn, and they are still looking for sponsors to pay for the journey there.",
            "The old cinema on the high street will show films again from the summer, after a group of neighbours raised the money to repair its roof and to buy a new projector for the hall.",
        ]
        let article = try cleanPage(
            """
            <article>
            <h1>Town opens its new library</h1>
            <p>The new library opened on Saturday morning in the old market hall, after three years of building work and a long argument in the council about what it would cost the town.</p>
            <p>More than two thousand people came through the doors on the first day, and the librarians said that many of them had never held a library card before this week.</p>
            <p>The building has a children's floor, a room for local history and a small cafe, which the council hopes will keep the hall busy in the evenings as well as during the day.</p>
            </article>
            <article><h2>You may also like</h2><p>\(others[0])</p></article>
            """ + others.dropFirst().map { "<article><p>\($0)</p></article>" }.joined(separator: "\n"),
            title: "Town opens its new library")
        #expect(verdict(article, "The new library opened")?.reason == .inArticle)
        #expect(verdict(article, "The building has")?.isKept == true)
        for other in others {
            #expect(verdict(article, other)?.isKept == false)
            #expect(verdict(article, other)?.label == .relatedLinks)
        }
    }

    @Test func noPositiveRunMeansNoRegion() {
        #expect(RegionFinder().find([-1, -0.5, nil, -2]) == nil)
    }

    @Test func edgesThatAddNothingAreTrimmed() {
        #expect(RegionFinder().find([0, 2, 0, 2, 0])?.range == 1...3)
    }
}
