import Testing

@testable import Winnow

/// The guard must model depth and text nodes the way libxml2 2.9.14 builds them: each case here
/// lost the text after it before the guard learnt it (found in review, checked against libxml2).
@Suite struct MarkupGuardTests {
    static let prose =
        "The council met on Tuesday evening to discuss the new budget for the coming year, and the members agreed that the library should stay open on Sundays. "
    static let tail = "<p>The tail paragraph is still here. " + prose + prose + "</p></body></html>"

    static func clean(_ page: String) throws -> Article {
        try Cleaner().clean(RawInput(id: "page", bytes: Array(page.utf8), format: .html))
    }

    static func keepsTail(_ page: String) throws -> (Bool, [Loss.Code]) {
        let article = try clean(page)
        return (article.bodyBlocks.contains { $0.text.hasPrefix("The tail paragraph") }, article.losses.map(\.code))
    }

    @Test(arguments: [
        ("300 <wbr>, a container in libxml2", String(repeating: "<wbr>", count: 300)),
        ("300 <div class=a/>, whose slash is the value's", String(repeating: "<div class=a/>", count: 300)),
        ("200 <div><td></div>: </div> does not close a <td>", String(repeating: "<div><td></div>", count: 200)),
        ("300 <source>, a container in libxml2", String(repeating: "<source>", count: 300)),
    ])
    func nestingLibxml2BuildsIsFlattenedNotLost(_ name: String, _ markup: String) throws {
        let (kept, losses) = try Self.keepsTail("<html><body><div>" + markup + "</div>" + Self.tail)
        #expect(kept, "\(name)")
        #expect(losses == [.depthLimit], "\(name)")
    }

    @Test func aTextNodeThatStrayMarkupDoesNotEndIsStillSplitBeforeLibxml2sCut() throws {
        // libxml2 keeps one text node across a lone `<` and an end tag it ignores.
        let chunk = String(repeating: Self.prose, count: 700)
        let body = (0..<110).map { chunk + ($0 % 2 == 0 ? " a < b " : "</x>") }.joined()
        let article = try Self.clean("<html><body><p>" + body + "</p>" + Self.tail)
        let characters = article.blocks.reduce(0) { $0 + $1.text.utf8.count }
        #expect(characters > 10_500_000)
        #expect(article.blocks.contains { $0.text.hasPrefix("The tail paragraph") })
        #expect(article.losses.isEmpty)
    }

    @Test func aScriptBodyTooLongForLibxml2IsDroppedAndNamed() throws {
        let script = "<script>" + String(repeating: "var a = 1;", count: 600_000) + "</script>"
        let (kept, losses) = try Self.keepsTail("<html><body><p>" + Self.prose + "</p>" + script + Self.tail)
        #expect(kept)
        #expect(losses == [.scriptDropped])
    }

    @Test func anOrdinaryPageIsNotCopied() throws {
        let page = Array(("<html><body><p>" + Self.prose + "</p>" + Self.tail).utf8)
        let guarded = try MarkupGuard(limits: Limits()).guarded(page)
        #expect(guarded.utf8 == page)
        #expect(guarded.losses.isEmpty)
    }
}
