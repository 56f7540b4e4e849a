import Testing

@testable import Winnow

@Suite struct SiteTemplateTests {
    static let appeal = "The Courier is owned by the people who read it, and members pay for every story we publish."
    static let story = [
        "The bridge over the river will reopen on Monday after three months of repairs to its western side.",
        "Engineers rebuilt the parapet in local stone and strengthened the pier that took the worst of the flood.",
    ]

    @Test func theSameCountsWhateverTheOrderAndAPageSeenTwiceCountsOnce() throws {
        let pages: [[String]] = (0..<4).map { ["Article \($0) says something of its own today.", Self.appeal] }
        var forward = SiteTemplateLearner(), backward = SiteTemplateLearner()
        for page in pages + [pages[0]] {
            forward.add(site: "courier", fingerprints: page.compactMap(SiteTemplate.fingerprint))
        }
        for page in pages.reversed() {
            backward.add(site: "courier", fingerprints: page.compactMap(SiteTemplate.fingerprint))
        }
        let template = try #require(forward.templates()["courier"])
        #expect(template == backward.templates()["courier"])
        #expect(template.documents == 4)
        #expect(template.shared == [try #require(SiteTemplate.fingerprint(Self.appeal)): 4])
    }

    @Test func twoPagesOfASiteAreNotEnoughToCallABlockTemplate() {
        var learner = SiteTemplateLearner()
        for page in 0..<2 {
            learner.add(
                site: "courier",
                fingerprints: ["Page \(page) is its own story here.", Self.appeal].compactMap(SiteTemplate.fingerprint))
        }
        #expect(learner.templates().isEmpty)
    }

    @Test func aTemplateBlockIsRemovedWithThePageCountAsEvidence() throws {
        let shared = try #require(SiteTemplate.fingerprint(Self.appeal))
        let template = SiteTemplate(site: "courier.example", documents: 6, shared: [shared: 6])
        let text =
            (Self.story + Self.story.map { $0 + " It was the talk of the valley all week long." } + [Self.appeal])
            .joined(separator: "\n")
        let article = try Cleaner().clean(
            RawInput(id: "page", bytes: Array(text.utf8), format: .text), template: template)
        let last = try #require(article.verdicts.last)
        #expect(last.label == .siteTemplate)
        #expect(last.evidence == "on 6 of 6 pages from courier.example")
        #expect(article.bodyBlocks.count == 4)
    }

    @Test func aPageThatSharesMostOfItsBodyIsACopyNotATemplate() throws {
        let template = SiteTemplate(
            site: "courier.example", documents: 6,
            shared: Dictionary(uniqueKeysWithValues: Self.story.compactMap(SiteTemplate.fingerprint).map { ($0, 3) }))
        let text = (Self.story + [Self.appeal]).joined(separator: "\n")
        let article = try Cleaner().clean(
            RawInput(id: "page", bytes: Array(text.utf8), format: .text), template: template)
        #expect(!article.verdicts.contains { $0.label == .siteTemplate })
    }
}
