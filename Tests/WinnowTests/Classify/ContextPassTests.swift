import Testing

@testable import Winnow

@Suite struct ContextPassTests {
    /// development page 5f03fc…: a plain sentence the article repeats under each meal is its
    /// own refrain, kept as a sub-heading, not a teaser shown three times.
    @Test func aRepeatedPlainSentenceInTheArticleIsARefrain() throws {
        let article = try cleanPage(
            """
            <article>
            <h1>A week of meals for busy runners</h1>
            <p>Breakfast is the meal most runners skip, and the one that matters most for a morning session, so the plan starts with oats, fruit and a little yoghurt.</p>
            <p>Eat every three hours</p>
            <p>Lunch should be light but filling: a grain bowl with beans, greens and a boiled egg keeps energy steady through the afternoon without weighing you down.</p>
            <p>Eat every three hours</p>
            <p>Dinner is where most of the protein of the day comes in, with fish or lentils, roasted vegetables and rice, eaten at least two hours before bed.</p>
            <p>Eat every three hours</p>
            <p>Snacks between meals keep the blood sugar even: a handful of nuts, a banana or a slice of toast with peanut butter will do the job well enough.</p>
            </article>
            """)
        let refrains = verdicts(article, "Eat every three hours")
        #expect(refrains.count == 3)
        for refrain in refrains {
            #expect(refrain.isKept)
            #expect(refrain.reason == .subHeading)
        }
    }

    /// development page fde930…: a sentence that links its sources between the article's prose
    /// is the article's, though more than half its text is in links.
    @Test func aLinkedSentenceBetweenProseIsKept() throws {
        let article = try cleanPage(
            """
            <article>
            <h1>Morning digest</h1>
            <p>The council will vote on the new budget for the town on Thursday, and the mayor said on Monday that she expected the plan to pass without much trouble this time.</p>
            <p>Meanwhile, <a href="/a">the water company has said that it will raise its prices</a> from April, \
            <a href="/b">according to a letter sent to all of its customers</a> this week.</p>
            <p>The river path will stay closed until the end of the month while workers repair the bank, which was washed away during the storms that hit the valley in the winter.</p>
            </article>
            """)
        let linked = try #require(verdict(article, "Meanwhile, the water company"))
        #expect(linked.firstPass == .bad)
        #expect(linked.label == .paragraph)
        #expect(linked.reason == .betweenContent)
        #expect(linked.evidence.hasPrefix("sentences with links between the article's prose"))
    }
}
