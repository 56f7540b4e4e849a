import Dispatch
import Foundation
import Testing

@testable import Winnow

/// Parsing into a `ParseArena` must build the very tree libxml2's own allocator builds, free it
/// whole, and leave nothing behind that a later parse (in an arena or not) would trip over.
@Suite struct ParseArenaTests {
    static func walk(_ bytes: [UInt8], inArena: Bool) throws -> ([Block], PageHead) {
        let walked = DOMSegmenter().segment(try HTMLDocument(utf8: bytes, inArena: inArena))
        return (walked.blocks, walked.head)
    }

    @Test(arguments: SamplePage.all.filter { $0.format == .html })
    func theArenaBuildsTheTreeLibxml2sAllocatorBuilds(_ sample: SamplePage) throws {
        let bytes = HTMLBytesDecoder().decode(try sample.input.bytes, declared: nil).utf8
        let inArena = try Self.walk(bytes, inArena: true)
        let own = try Self.walk(bytes, inArena: false)
        #expect(inArena.0 == own.0)
        #expect(inArena.1 == own.1)
    }

    /// A text node past a chunk grows by reallocation (in place while it is the last block,
    /// copied once another block follows it) and comes out whole.
    @Test func blocksLargerThanAChunkAreWhole() throws {
        let paragraph = String(repeating: "The river rose overnight and the bridge was closed. ", count: 20_000)
        let page = "<html><body><p>" + paragraph + "</p><p>After <b>it</b> came the tail.</p></body></html>"
        let (blocks, _) = try Self.walk(Array(page.utf8), inArena: true)
        #expect(blocks.first?.text.utf8.count == paragraph.utf8.count - 1)
        #expect(blocks.last?.text == "After it came the tail.")
    }

    /// libxml2 keeps the last error's text per thread. Broken pages in arenas, then broken
    /// pages without, again and again: each error frees the text the previous one left, which
    /// must not be in an arena already gone (it crashed before `serving` dropped it).
    @Test func errorsLeftByOneParseDoNotReachIntoAnotherParsesArena() throws {
        let broken = Array("<html><body><p>One<div></span></table><td>two<p>three &bogus; <x y=\"".utf8)
        for round in 0..<200 {
            let (blocks, _) = try Self.walk(broken, inArena: round % 3 != 2)
            #expect(blocks.contains { $0.text.contains("One") })
        }
    }

    /// Each thread has its own active arena: parses on several threads at once build the same
    /// trees as one thread does.
    @Test func threadsParseIntoTheirOwnArenas() throws {
        let pages = try SamplePage.all.filter { $0.format == .html }.map {
            HTMLBytesDecoder().decode(try $0.input.bytes, declared: nil).utf8
        }
        let expected = try pages.map { try Self.walk($0, inArena: false).0.map(\.text) }
        let results = Results(count: pages.count * 4)
        DispatchQueue.concurrentPerform(iterations: pages.count * 4) { index in
            let blocks = try? Self.walk(pages[index % pages.count], inArena: index % 2 == 0).0.map(\.text)
            results.set(index, blocks)
        }
        for index in 0..<pages.count * 4 {
            #expect(results.get(index) == expected[index % pages.count], "page \(index % pages.count)")
        }
    }

    /// Results written from several threads.
    final class Results: @unchecked Sendable {
        private var values: [[String]?]
        private let lock = NSLock()
        init(count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: [String]?) { lock.withLock { values[index] = value } }
        func get(_ index: Int) -> [String]? { lock.withLock { values[index] } }
    }
}
