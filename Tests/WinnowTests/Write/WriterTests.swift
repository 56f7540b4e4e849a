import Testing

@testable import Winnow

@Suite struct WriterTests {
    @Test func jsonStringsEscapeQuotesControlsAndLineSeparators() {
        let value = JSONValue.string("a\"b\\c\nd\u{1}e\u{2028}")
        #expect(value.serialized() == #""a\"b\\c\nd\u0001e\u2028""#)
    }

    @Test func jsonObjectsKeepTheirKeyOrder() {
        let value = JSONValue.object([("z", .integer(1)), ("a", .array([.bool(true), .null])), ("m", .number(0.5))])
        #expect(value.serialized() == #"{"z":1,"a":[true,null],"m":0.50}"#)
        #expect(value.serialized(pretty: true).contains("\n  \"a\": [\n    true,"))
    }

    @Test func textIsTheBodyWithBlankLinesBetweenBlocks() throws {
        let article = try cleanLines([
            prose("pier", sentences: 3), "The pier includes:", "- a café", prose("pier", sentences: 3, variant: 1),
        ])
        let text = TextWriter().render(article)
        #expect(text.hasSuffix("\n"))
        #expect(text.contains("The pier includes:\n\n- a café\n\n"))
    }

    @Test func markdownHasTheTitleHeadingsAndLists() throws {
        let article = try cleanLines([
            "New pier opens to the public", prose("pier", sentences: 3), "What comes next",
            prose("pier", sentences: 3, variant: 1),
            "The pier includes:", "- a café", "- a *lifeboat* station",
        ])
        let markdown = MarkdownWriter().render(article)
        #expect(markdown.hasPrefix("# New pier opens to the public\n\n"))
        #expect(markdown.contains("\n## What comes next\n"))
        #expect(markdown.contains("- a café\n- a lifeboat station"))
    }

    @Test func markdownEscapesWhatWouldBecomeMarkup() {
        #expect(MarkdownWriter.escaped("# not a heading") == "\\# not a heading")
        #expect(MarkdownWriter.escaped("1. not a list") == "1\\. not a list")
        #expect(MarkdownWriter.escaped("a_b*c") == "a\\_b\\*c")
    }

    @Test func explainHasOneLinePerBlockWithReasonAndEvidence() throws {
        let article = try cleanLines([prose("pier", sentences: 3), "Share this article"])
        let lines = article.explanation().split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("#0   kept    paragraph"))
        #expect(lines[1].contains("removed share"))
        #expect(lines[1].contains("matched \"share this article\""))
    }
}
