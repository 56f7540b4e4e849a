import Foundation
import Testing

@testable import Winnow

/// Every sample is a test case: golden text, explain and JSON, plus the hand-written
/// expectations in its `about.json`.
@Suite struct SamplePageTests {
    @Test(arguments: SamplePage.all)
    func cleansPageToItsGoldenFiles(_ page: SamplePage) throws {
        let article = try Cleaner().clean(page.input)
        expectGolden(TextWriter().render(article), page.file("expected.txt"))
        expectGolden(article.explanation(), page.file("expected.explain"))
        expectGolden(JSONWriter().render(article), page.file("expected.json"))
    }

    @Test(arguments: SamplePage.all)
    func keepsExactlyTheBodyItsAuthorExpects(_ page: SamplePage) throws {
        let article = try Cleaner().clean(page.input)
        let about = try page.about
        let kept = article.bodyBlocks.map(\.text)
        let expected = about.body.map(Self.withoutListMarker)
        #expect(kept == expected, "\(page): \(about.what)")
        // A page whose bytes had to be repaired says so: ok-lossy, with the loss named in about.json.
        let lossy = try (about.lossy ?? []).map { try #require(Loss.Code(rawValue: $0), "unknown loss \($0)") }
        #expect(article.status == (expected.isEmpty ? .noArticle : lossy.isEmpty ? .ok : .okLossy))
        #expect(article.losses.map(\.code) == lossy)
        #expect(article.metadata.title == about.title)
    }

    @Test(arguments: SamplePage.all.filter { $0.slug.hasPrefix("seed-") })
    func seedMetadataMatchesTheIssue(_ page: SamplePage) throws {
        let article = try Cleaner().clean(page.input)
        let metadata = article.metadata
        for (key, value) in try page.about.metadata ?? [:] {
            switch (key, value) {
            case let ("authors", .list(names)): #expect(metadata.authors.map(\.name) == names)
            case let ("author_role", .string(role)): #expect(metadata.authors.first?.role == role)
            case let ("site", .string(site)): #expect(metadata.site == site)
            case let ("dateline", .string(place)): #expect(metadata.dateline == place)
            case let ("subtitle", .string(subtitle)): #expect(metadata.subtitle == subtitle)
            case let ("published", .string(text)): #expect(metadata.published?.text == text)
            case let ("reading_time", .string(text)): #expect(metadata.readingTime?.text == text)
            case let ("image_credit", .string(credit)): #expect(metadata.images.map(\.credit).contains(credit))
            default: Issue.record("unknown metadata key \(key) in \(page.slug)/about.json")
            }
        }
    }

    /// about.json writes numbered items as they stand ("1. Text"); blocks keep the marker apart.
    static func withoutListMarker(_ line: String) -> String {
        Segmenter.stripListMarker(line).0
    }
}
