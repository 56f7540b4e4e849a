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

    /// Blocks of every size, written to their last byte, stay apart and stay the arena's (large
    /// ones `malloc`'s, listed); the last one grows in place while its chunk has room. (A first block once overwrote its
    /// chunk's size, and the arena stopped knowing its own blocks.)
    @Test func blocksStayApartAndKnownAcrossChunks() {
        var state = ArenaState()
        defer { state.releaseChunks() }
        var random = SplitMix(seed: 0xA4E7)
        var blocks: [(UnsafeMutableRawPointer, Int, UInt8)] = []
        for index in 0..<5_000 {
            let size =
                index % 500 == 0
                ? 300_000 + Int(random.next() % 1_000_000)
                : index % 97 == 0 ? 2_000 + Int(random.next() % 60_000) : 1 + Int(random.next() % 300)
            guard let block = state.allocate(size) else { Issue.record("no memory"); return }
            #expect(Int(bitPattern: block) % 16 == 0)
            block.initializeMemory(as: UInt8.self, repeating: UInt8(index & 0xFF), count: size)
            blocks.append((block, size, UInt8(index & 0xFF)))
        }
        for (block, size, fill) in blocks {
            #expect(state.isOwned(block))
            #expect(state.owns(block) == (size < ArenaState.largeSize))
            #expect(ArenaState.size(of: block) == size)
            let bytes = UnsafeBufferPointer(start: block.assumingMemoryBound(to: UInt8.self), count: size)
            #expect(bytes.allSatisfy { $0 == fill })
        }
        let last = blocks[blocks.count - 1].0
        let lastGrows = state.growInPlace(last, to: 400)
        // An earlier small block never grows where it stands: it has neighbours.
        let firstGrows = state.growInPlace(blocks[1].0, to: 400)
        #expect(lastGrows)
        #expect(!firstGrows)
        var outside = 0
        #expect(!state.isOwned(&outside))
    }

    /// A request for no bytes in a chunk's last 16 bytes gets a block inside the chunk (it once
    /// got the chunk's end, which the arena then did not know as its own), and an impossible
    /// size gets nil.
    @Test func emptyAndImpossibleRequests() {
        var state = ArenaState()
        defer { state.releaseChunks() }
        // Fill the first chunk but for its last 16 bytes: its first 16 hold its link and size
        // (malloc's blocks are 16-aligned), and a block of n bytes takes 16 + n (n a multiple of 16).
        let usable = ArenaState.firstChunkSize - 16
        let steps = usable / 1_024
        for _ in 0..<steps { _ = state.allocate(1_008) }
        _ = state.allocate(usable - steps * 1_024 - 32)
        guard let empty = state.allocate(0) else { Issue.record("no block"); return }
        #expect(state.owns(empty))
        #expect(state.allocate(-1) == nil)
        #expect(state.allocate(Int.max - 8) == nil)
    }

    /// A freed small block is handed out again for the next request of its size, so a parse
    /// that formats and frees an error message per stray `&` does not grow the arena.
    @Test func freedSmallBlocksAreReused() {
        var state = ArenaState()
        defer { state.releaseChunks() }
        guard let first = state.allocate(200) else {
            Issue.record("no block")
            return
        }
        let tookFirst = state.release(first)
        #expect(tookFirst)
        var reused = 0
        for _ in 0..<100_000 {
            guard let block = state.allocate(195) else {
                Issue.record("no block")
                return
            }
            if block == first { reused += 1 }
            _ = state.release(block)
        }
        #expect(reused == 100_000)
        // A large block is malloc's, listed until freed; one never handed out is not the arena's.
        guard let large = state.allocate(100_000) else {
            Issue.record("no block")
            return
        }
        #expect(state.isOwned(large) && !state.owns(large))
        let tookLarge = state.release(large)
        #expect(tookLarge)
        #expect(!state.isOwned(large))
        var outside = 0
        let tookOutside = state.release(&outside)
        #expect(!tookOutside)
    }

    /// A text node larger than a chunk (its buffers grown by reallocation past the size the
    /// arena hands to `malloc` whole) comes out whole, and the text after it too.
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
