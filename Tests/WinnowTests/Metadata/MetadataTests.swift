import Testing

@testable import Winnow

@Suite struct MetadataTests {
    @Test(arguments: [
        ("Nov 19, 2019, 10:31 pm CST", "2019-11-19T22:31"), ("20 Nov, 2019 05:47", "2019-11-20T05:47"),
        ("October 9, 2018 at 4:02 pm", "2018-10-09T16:02"), ("Updated 2019-11-20", "2019-11-20"),
        ("21 ноября 2026, 14:05", "2026-11-21T14:05"),
    ])
    func absoluteDatesBecomeISO(_ text: String, _ iso: String) {
        #expect(DateParser(reference: nil).parse(text)?.iso == iso)
    }

    @Test func relativeDatesResolveOnlyAgainstAReference() {
        #expect(DateParser(reference: nil).parse("CNN a day ago") == FoundDate(text: "a day ago", iso: nil))
        let reference = DateParts(iso: "2026-03-01T10:00:00")
        #expect(DateParser(reference: reference).parse("CNN a day ago")?.iso == "2026-02-28T10:00:00")
        #expect(DateParser(reference: reference).parse("time an hour ago")?.iso == "2026-03-01T09:00:00")
        #expect(DateParser(reference: reference).parse("3 weeks ago")?.iso == "2026-02-08T10:00:00")
    }

    @Test func aRecordsOwnDateResolvesRelativeDates() throws {
        let bytes = Array("CNN a day ago\n\(prose("bridge", sentences: 4))".utf8)
        let article = try Cleaner().clean(
            RawInput(id: "r", bytes: bytes, format: .text, recordDate: "2025-07-05T08:00:00Z"))
        #expect(article.metadata.published == FoundDate(text: "a day ago", iso: "2025-07-04T08:00:00"))
    }

    @Test func aDateWithoutYearTakesTheReferenceYear() {
        #expect(DateParser(reference: DateParts(iso: "2025-07-05")).parse("July 3")?.iso == "2025-07-03")
        #expect(DateParser(reference: nil).parse("July 3") == FoundDate(text: "July 3", iso: nil))
    }

    @Test(arguments: [
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]), ("Original Author: Rustam Muratov", ["Rustam Muratov"]),
        ("By Staff Reporter", []), ("By Jane Doe, Reuters", ["Jane Doe"]), ("By November 20, 2019", []),
    ])
    func bylinesNamePeopleOnly(_ byline: String, _ names: [String]) {
        #expect(BylineParser.names(in: byline) == names)
    }

    @Test func datelinesGivePlaceAndSource() {
        let islamabad = Dateline.parse("ISLAMABAD (PEN) : In a significant development")
        #expect(
            islamabad?.place == "ISLAMABAD" && islamabad?.source == "PEN"
                && islamabad?.rest == "In a significant development")
        let washington = Dateline.parse("WASHINGTON (AP) — The Senate voted")
        #expect(washington?.place == "WASHINGTON" && washington?.source == "AP")
        #expect(Dateline.parse("The council said: no") == nil)
    }

    @Test func pageTitlesLoseTheSiteName() {
        #expect(TitleCleaner.split("So Many Ways to Play - WSJ") == ("So Many Ways to Play", "WSJ"))
        #expect(TitleCleaner.split("Russia recognises the Taliban | CNN") == ("Russia recognises the Taliban", "CNN"))
        #expect(
            TitleCleaner.split("Rain - and more rain - expected this week") == (
                "Rain - and more rain - expected this week", nil
            ))
    }

    @Test func languageWordCountAndReadingTimeComeFromTheBody() throws {
        let article = try cleanLines((0..<6).map { prose("school", sentences: 4, variant: $0) })
        #expect(article.metadata.language?.code == "en")
        #expect(article.metadata.wordCount > 200)
        #expect(article.metadata.readingTime?.minutes == (article.metadata.wordCount + 229) / 230)
    }

    @Test func aGermanDumpIsMeasuredWithGermanStopwords() throws {
        let paragraph =
            "Die Stadt hat am Montag beschlossen, dass die neue Brücke über den Fluss im nächsten Jahr gebaut wird, obwohl die Kosten noch nicht feststehen und viele Bürger dagegen sind."
        let article = try cleanLines([paragraph, paragraph.replacingOccurrences(of: "Montag", with: "Dienstag")])
        #expect(article.metadata.language?.code == "de")
        #expect(article.bodyBlocks.count == 2)
    }
}
