import Testing

@testable import Winnow

@Suite struct ClassifierTests {
    @Test func aHeadingFollowedByProseIsASubHeading() throws {
        let article = try cleanLines([
            prose("bridge", sentences: 3), "What happens next", prose("bridge", sentences: 3, variant: 1),
        ])
        #expect(verdict(article, "What happens next")?.label == .heading)
        #expect(verdict(article, "What happens next")?.reason == .subHeading)
    }

    @Test func aHeadlineFollowedByAnotherHeadlineIsATeaser() throws {
        let article = try cleanLines([
            prose("bridge", sentences: 3), "Ten places to eat in the old town", "What happens next",
            prose("bridge", sentences: 3, variant: 1),
        ])
        #expect(verdict(article, "Ten places")?.label == .relatedLinks)
        #expect(verdict(article, "Ten places")?.reason == .teaserHeading)
        #expect(verdict(article, "What happens next")?.isKept == true)
    }

    @Test func listsIntroducedByTheArticleAreKept() throws {
        let article = try cleanLines([
            prose("plan", sentences: 3), "The plan includes:", "- a new road", "- two schools",
            prose("plan", sentences: 3, variant: 2),
        ])
        #expect(verdict(article, "a new road")?.label == .listItem)
        #expect(verdict(article, "two schools")?.reason == .articleList)
    }

    @Test func aLatestNewsHeaderTakesItsListWithIt() throws {
        let article = try cleanLines([
            prose("harbour", sentences: 4), prose("harbour", sentences: 3, variant: 1), "Latest news",
            "- Storm closes the coast road", "- Council elects a new mayor", "- Ferry fares rise in spring",
        ])
        #expect(article.bodyBlocks.count == 2)
        #expect(verdict(article, "Latest news")?.reason == .sectionHeader)
        #expect(verdict(article, "Ferry fares")?.label == .latestNews)
        #expect(verdict(article, "Ferry fares")?.reason == .inSection)
    }

    @Test func proseUnderACommentsHeaderIsNotTheArticle() throws {
        let article = try cleanLines([
            prose("library", sentences: 4), "Comments", "Jane Smith", prose("library", sentences: 4, variant: 1),
            prose("library", sentences: 4, variant: 2),
        ])
        #expect(article.bodyBlocks.count == 1)
        #expect(verdict(article, prose("library", sentences: 4, variant: 2))?.label == .comments)
    }

    @Test func aRelatedBoxInsideTheArticleIsCrossed() throws {
        let article = try cleanLines([
            prose("tunnel", sentences: 4), "Related articles", "Tunnel plans delayed again",
            "Why the tunnel costs so much",
            prose("tunnel", sentences: 4, variant: 1), prose("tunnel", sentences: 4, variant: 2),
        ])
        #expect(article.bodyBlocks.count == 3)
        #expect(verdict(article, "Tunnel plans delayed")?.label == .relatedLinks)
    }

    @Test func aStoryAboutSomethingElseAfterTheArticleIsRemoved() throws {
        let article = try cleanLines([
            "The new observatory telescope records its first images of distant galaxies and comets over the valley.",
            "Astronomers working at the observatory said the telescope captured thousands of galaxies during its first night, and the images of the comets were sharper than anything recorded before.",
            "The telescope mirror was polished for two years before astronomers installed it in the observatory dome, where the galaxies and comets can now be tracked automatically.",
            "Rowing club wins regional final",
            "The rowing crew from the river club won the regional final on Saturday, beating six boats over two thousand metres in strong headwinds and heavy rain near the boathouse.",
            "Their coach praised the crew for staying calm when the boat drifted towards the bank, and said the rowers would now train for the national championships next summer.",
        ])
        #expect(verdict(article, "The rowing crew")?.label == .embeddedStory)
        #expect(verdict(article, "Rowing club wins")?.label == .embeddedStory)
        #expect(verdict(article, "Astronomers working")?.isKept == true)
    }

    @Test func anAuthorBoxIsTakenApart() throws {
        let article = try cleanLines([
            prose("museum", sentences: 4), "Avatar", "Maria Lopez", "Culture Editor",
            "Maria Lopez is the culture editor of the paper. She has written about museums and galleries for twenty years and lives in the city.",
        ])
        #expect(verdict(article, "Maria Lopez is")?.label == .bio)
        #expect(
            article.metadata.authors == [
                Author(name: "Maria Lopez", role: "Culture Editor", bio: article.blocks.last?.text)
            ])
    }

    @Test func aPageWithoutProseHasNoArticle() throws {
        let article = try cleanLines(["Home", "News", "Sport", "Weather", "Contact us", "© 2026 The Paper"])
        #expect(article.status == .noArticle)
        #expect(article.bodyText.isEmpty)
        #expect(article.verdicts.allSatisfy { !$0.isKept })
    }

    @Test func anArticleWithNothingToRemoveLosesNothing() throws {
        let lines = (0..<4).map { prose("garden", sentences: 3, variant: $0) }
        let article = try cleanLines(lines)
        #expect(article.bodyBlocks.map(\.text) == lines)
    }

    /// A race calendar's lines are no prose, but the page marks them as its article body.
    static let raceCalendar = """
        <nav><a href="/">Home</a> <a href="/races">Races</a> <a href="/results">Results</a></nav>
        <div itemprop="articleBody">
        <h1>Race calendar 2019</h1>
        <p>12 January: Harbour 10K, Portsmouth</p>
        <p>3 February: Downs Half Marathon, Brighton</p>
        <p>17 March: Riverside 5K, Oxford</p>
        <p>7 April: City Marathon, London</p>
        <p>19 May: Lakes Trail 30K, Keswick</p>
        <p>9 June: Midsummer Relay, Bristol</p>
        </div>
        """

    @Test func aMarkedArticleBodyWithoutProseIsTheArticle() throws {
        let article = try cleanPage(Self.raceCalendar + "\n<footer><p>Contact us</p></footer>")
        #expect(article.status != .noArticle)
        for line in ["12 January", "3 February", "17 March", "7 April", "19 May"] {
            #expect(verdict(article, line)?.isKept == true, "\(line)")
            #expect(verdict(article, line)?.reason == .betweenContent, "\(line)")
        }
        // Taken as marked, as when it outweighs prose elsewhere: the <h1> is the title, and the
        // last line is the article's own (it was a sub-heading and a teaser heading).
        #expect(verdict(article, "Race calendar")?.label == .title)
        #expect(verdict(article, "9 June")?.isKept == true)
        #expect(verdict(article, "9 June")?.evidence == "plain text closing the article")
    }

    @Test func aMarkedArticleBodyOutweighsAScrapOfProseOutsideIt() throws {
        let article = try cleanPage(
            Self.raceCalendar + """
                <div class="notice"><p>Comments on this page are closed because we received so much \
                spam during the season.</p></div>
                """)
        // The markup's region is taken as it stands: its <h1> is the title, its last line its own.
        #expect(verdict(article, "Race calendar")?.label == .title)
        #expect(verdict(article, "12 January")?.reason == .betweenContent)
        #expect(verdict(article, "9 June")?.isKept == true)
        #expect(verdict(article, "9 June")?.evidence == "plain text closing the article")
        #expect(verdict(article, "Comments on this page")?.isKept == false)
    }

    @Test func theWordsHandedToMetadataTakeNoPartInEquality() {
        let scanned = Classification(
            verdicts: [], region: 0...0, stopwordLanguage: "en", stopwordCoverage: 0.5,
            words: [WordScanner.words(in: "The council met")])
        var unscanned = scanned
        unscanned.words = []
        #expect(scanned == unscanned)
        unscanned.region = nil
        #expect(scanned != unscanned)
    }

    @Test func everyReasonHasASummary() {
        for reason in Reason.allCases { #expect(!reason.summary.isEmpty, "\(reason)") }
        #expect(Set(Reason.allCases.map(\.rawValue)).count == Reason.allCases.count)
    }
}
