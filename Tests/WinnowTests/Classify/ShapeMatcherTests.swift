import Testing

@testable import Winnow

@Suite struct ShapeMatcherTests {
    private func shape(_ text: String) -> Shape? {
        ShapeMatcher().match(
            text: text, folded: WordScanner.folded(text), words: WordScanner.words(in: text), characters: text.count)
    }

    @Test(arguments: [
        ("Latest news", Label.latestNews, Reason.sectionHeader), ("Related Articles", .relatedLinks, .sectionHeader),
        ("Comments (12)", .comments, .sectionHeader), ("Читайте также", .relatedLinks, .sectionHeader),
        ("Mehr zum Thema", .relatedLinks, .sectionHeader), ("DOWNLOAD THE APP", .promo, .phrase),
        ("Share this:", .share, .phrase), ("Accept all cookies", .cookie, .phrase),
        ("Advertisement", .advertisement, .phrase),
        ("Show More", .pagination, .phrase), ("Avatar", .placeholder, .placeholderShape),
        ("icon chevron down", .placeholder, .placeholderShape),
    ])
    func wholeBlockPhrases(_ text: String, _ label: Label, _ reason: Reason) {
        #expect(shape(text)?.label == label)
        #expect(shape(text)?.reason == reason)
    }

    @Test(arguments: [
        ("Photo: RIAN video", Label.credit), ("Original Author: Rustam Muratov", .byline),
        ("By Jane Doe and John Roe", .byline),
        ("2 min read", .readingTime), ("Nov 19, 2019, 10:31 pm CST", .date), ("CNN a day ago", .date),
        ("20 Nov, 2019 05:47", .date), ("© 2019 Dow Jones & Company, Inc. All Rights Reserved.", .legal),
        ("We use cookies to give you the best experience on our site.", .cookie),
        ("Sign up for our weekly newsletter and never miss a story.", .promo),
        ("sammievee says:", .comments), ("LONDON (Reuters) —", .dateline),
        ("A man walks past the ruins in the old town on Monday. (Jane Roe/Reuters)", .caption),
    ])
    func recognisedShapes(_ text: String, _ label: Label) {
        #expect(shape(text)?.label == label)
    }

    @Test(arguments: [
        "By the end of the year, the town had built two new schools and a library.",
        "March on Washington drew thousands of people to the capital",
        "The council said the report (published on Monday) was incomplete.",
        "Kazakhstan Joins the IAEA Far East Group",
        "Share prices fell sharply on Monday after the announcement.",
    ])
    func ordinaryTextHasNoShape(_ text: String) {
        #expect(shape(text) == nil)
    }

    /// The byte search for a header's word gaps finds the spaces a search by `Character` finds:
    /// a space joined to a following mark or a preceding prepend is no gap.
    @Test(arguments: [
        "most read in world news", "a \u{301}b c d", "самые популярные диеты сегодня", "a b c d e f g",
        "\u{600} a b c", "x \u{200D}y z w", "one two", "",
    ])
    func wordGapsMatchTheCharacterSearch(_ key: String) {
        var spaces: [String.Index] = []
        var index = key.startIndex
        var expected: [String.Index]? = nil
        while let space = key[index...].firstIndex(of: " ") {
            spaces.append(space)
            guard spaces.count < ShapeMatcher.longestHeaderWords else { break }
            index = key.index(after: space)
        }
        if spaces.count < ShapeMatcher.longestHeaderWords { expected = spaces }
        #expect(ShapeMatcher.wordGaps(in: key) == expected)
    }
}
