import CLibXML2
import Glibc

/// Memory for one libxml2 document, taken from a few large chunks and given back all at once.
///
/// libxml2 allocates each node, attribute and string on its own and `xmlFreeDoc` frees them one
/// by one: with glibc's allocator that was a fifth of a parse's instructions, and the free walk
/// a further 4%. While an arena is active on a thread, libxml2's allocations on that thread
/// come from it; freeing one is a no-op, and the whole document goes when the arena does.
///
/// libxml2's allocator is process-wide (`xmlMemSetup`), so the hooks serve every parse: on a
/// thread with no active arena they pass through to `malloc`. An arena block is told from a
/// `malloc` block by the 8 bytes before it: glibc keeps a chunk size there (below 2^47), the
/// arena a tag in the top 32 bits. So a block can be freed or resized wherever it came from.
final class ParseArena {
    private let state: UnsafeMutablePointer<ArenaState>

    init() {
        Self.install()
        state = .allocate(capacity: 1)
        state.initialize(to: ArenaState())
    }

    deinit {
        state.pointee.releaseChunks()
        state.deallocate()
    }

    /// Runs `body` with libxml2's allocations on this thread taken from the arena.
    ///
    /// libxml2 keeps a copy of the last error's text for the thread, beyond the parse: it is
    /// dropped before the arena stops serving, or a later error would free text in an arena gone.
    func serving<R>(_ body: () -> R) -> R {
        let previous = pthread_getspecific(arenaKey)
        pthread_setspecific(arenaKey, state)
        defer {
            xmlResetLastError()
            pthread_setspecific(arenaKey, previous)
        }
        return body()
    }

    /// Sets the hooks once per process, before libxml2 allocates anything it keeps.
    private static let installed: Bool = {
        pthread_key_create(&arenaKey, nil)
        xmlMemSetup(arenaFree, arenaMalloc, arenaRealloc, arenaStrdup)
        return true
    }()

    static func install() { _ = installed }
}

/// The thread's active arena, if any (a `pthread` key: the hooks are C functions).
nonisolated(unsafe) private var arenaKey = pthread_key_t()

/// A bump allocator over a list of chunks; each chunk starts with the address of the one before.
struct ArenaState {
    static let chunkSize = 256 * 1_024
    /// The top 32 bits of an arena block's header; the low 32 hold its size.
    static let tag: UInt64 = 0xA4E7_5B1C_0000_0000
    static let tagMask: UInt64 = 0xFFFF_FFFF_0000_0000

    /// The current chunk's free bytes, as addresses (0 before the first chunk).
    var cursor = 0
    var end = 0
    var lastChunk: UnsafeMutableRawPointer?
    /// The block handed out last: the only one that can grow in place.
    var lastBlock: UnsafeMutableRawPointer?

    /// A 16-byte aligned block with its header in the 8 bytes before it, or nil when the system has no memory.
    mutating func allocate(_ size: Int) -> UnsafeMutableRawPointer? {
        let needed = 16 + (size + 15) & ~15
        if cursor + needed > end {
            guard addChunk(holding: needed) else { return nil }
        }
        guard let block = UnsafeMutableRawPointer(bitPattern: cursor + 16) else { return nil }
        (block - 8).storeBytes(of: Self.tag | UInt64(size), as: UInt64.self)
        cursor += needed
        lastBlock = block
        return block
    }

    /// Grows the last block where it stands when the chunk has room; false otherwise.
    mutating func growInPlace(_ block: UnsafeMutableRawPointer, to size: Int) -> Bool {
        let blockEnd = Int(bitPattern: block) + (size + 15) & ~15
        guard block == lastBlock, blockEnd <= end else { return false }
        (block - 8).storeBytes(of: Self.tag | UInt64(size), as: UInt64.self)
        cursor = blockEnd
        return true
    }

    private mutating func addChunk(holding needed: Int) -> Bool {
        let size = max(Self.chunkSize, needed + 16)
        guard let chunk = malloc(size) else { return false }
        chunk.storeBytes(of: lastChunk, as: UnsafeMutableRawPointer?.self)
        lastChunk = chunk
        // The chunk's first 16 bytes hold the link; blocks start 16-aligned after it.
        cursor = (Int(bitPattern: chunk) + 16) & ~15
        end = Int(bitPattern: chunk) + size
        return true
    }

    mutating func releaseChunks() {
        var chunk = lastChunk
        while let current = chunk {
            chunk = current.load(as: UnsafeMutableRawPointer?.self)
            free(current)
        }
        lastChunk = nil
        cursor = 0
        end = 0
        lastBlock = nil
    }

    /// True for a block an arena handed out (see `ParseArena`).
    static func owns(_ block: UnsafeMutableRawPointer) -> Bool {
        (block - 8).load(as: UInt64.self) & tagMask == tag
    }

    static func size(of block: UnsafeMutableRawPointer) -> Int {
        Int((block - 8).load(as: UInt64.self) & 0xFFFF_FFFF)
    }
}

private func activeArena() -> UnsafeMutablePointer<ArenaState>? {
    pthread_getspecific(arenaKey)?.assumingMemoryBound(to: ArenaState.self)
}

private func arenaMalloc(_ size: Int) -> UnsafeMutableRawPointer? {
    guard let arena = activeArena(), size < 0x1_0000_0000 else { return malloc(size) }
    return arena.pointee.allocate(size)
}

private func arenaFree(_ block: UnsafeMutableRawPointer?) {
    guard let block, !ArenaState.owns(block) else { return }
    free(block)
}

private func arenaRealloc(_ block: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
    guard let block else { return arenaMalloc(size) }
    guard ArenaState.owns(block) else { return realloc(block, size) }
    if let arena = activeArena(), size < 0x1_0000_0000, arena.pointee.growInPlace(block, to: size) { return block }
    guard let moved = arenaMalloc(size) else { return nil }
    moved.copyMemory(from: block, byteCount: min(ArenaState.size(of: block), size))
    return moved
}

private func arenaStrdup(_ text: UnsafePointer<CChar>?) -> UnsafeMutablePointer<CChar>? {
    guard let text else { return nil }
    let count = strlen(text) + 1
    guard let copy = arenaMalloc(count) else { return nil }
    copy.copyMemory(from: text, byteCount: count)
    return copy.assumingMemoryBound(to: CChar.self)
}
