import CLibXML2
import Glibc

/// Memory for one libxml2 document, taken from a few large chunks and given back all at once.
///
/// libxml2 allocates each node, attribute and string on its own and `xmlFreeDoc` frees them one
/// by one: with glibc's allocator that was a fifth of a parse's instructions, and the free walk
/// a further 4%. While an arena serves a thread, libxml2's allocations on that thread come
/// from it; a freed block is kept for reuse (or, if large, given back), and the whole document
/// goes with the arena, never freed node by node.
///
/// libxml2's allocator is process-wide (`xmlMemSetup`), so the hooks serve every parse: with
/// no arena serving the thread they are `malloc`, `realloc` and `free`. A block is the arena's
/// when it lies in one of the arena's chunks; an arena block is only ever freed or resized
/// while its arena serves (the document is never freed block by block, and libxml2's kept
/// last error is dropped before the arena stops serving).
final class ParseArena {
    private let state: UnsafeMutablePointer<ArenaState>

    /// Nil when the process could not get a thread key (then libxml2 keeps its own allocator).
    init?() {
        guard Self.installed else { return nil }
        state = .allocate(capacity: 1)
        state.initialize(to: ArenaState())
    }

    deinit {
        state.pointee.releaseChunks()
        state.deallocate()
    }

    /// Runs `body` with libxml2's allocations on this thread taken from the arena; `served` is
    /// false when the thread could not be pointed at it (`body` then ran with `malloc`).
    ///
    /// libxml2 keeps a copy of the last error's text for the thread, beyond the parse: it is
    /// dropped before the arena stops serving, or a later error would free text in an arena gone.
    func serving<R>(_ body: () -> R) -> (result: R, served: Bool) {
        guard let key = arenaKey else { return (body(), false) }
        let previous = pthread_getspecific(key)
        guard pthread_setspecific(key, state) == 0 else { return (body(), false) }
        defer {
            xmlResetLastError()
            pthread_setspecific(key, previous)
        }
        return (body(), true)
    }

    /// Sets the hooks once per process, with the first arena. Blocks libxml2 took from `malloc`
    /// before then are not an arena's, so the hooks free them with `free`; a thread reading the
    /// hooks while they are set gets libc's functions or these, which agree on such blocks.
    private static let installed: Bool = {
        guard arenaKey != nil else { return false }
        xmlMemSetup(arenaFree, arenaMalloc, arenaRealloc, arenaStrdup)
        return true
    }()
}

/// The thread's active arena, if any (a `pthread` key: the hooks are C functions). A `let`: as
/// a `var` every hook call paid Swift's dynamic exclusivity check, ~4% of an HTML run's instructions.
private let arenaKey: pthread_key_t? = {
    var key = pthread_key_t()
    return pthread_key_create(&key, nil) == 0 ? key : nil
}()

/// A bump allocator over a list of chunks, each twice the one before (up to 4 MB), so a large
/// page has few. A chunk starts with the address of the one before and its own size; a block
/// has its size in the 8 bytes before it, for `realloc`.
///
/// Freed small blocks are kept for reuse, one list per 16-byte size: libxml2 formats and copies
/// every parse error's message and frees the previous one, and without reuse a page of 100,000
/// errors (stray `&`, unknown tags) grew the arena by hundreds of megabytes. Large blocks (the
/// input's copies, buffers grown by doubling) come from `malloc` one by one and go back when
/// freed; the arena lists them, to free those the document keeps. (Taken from a chunk, each
/// left the rest of the chunk before it unused, and stayed to the end.)
struct ArenaState {
    static let firstChunkSize = 256 * 1_024
    static let largestChunkSize = 4 * 1_024 * 1_024
    /// Blocks up to 64 16-byte sizes are reused once freed.
    static let reusedSizes = 64
    /// Blocks this large or larger are `malloc`'s, each 32 bytes into its own `malloc` block,
    /// after links to the older and newer large blocks.
    static let largeSize = 64 * 1_024

    /// The current chunk's free bytes, as addresses (0 before the first chunk).
    var cursor = 0
    var end = 0
    var lastChunk: UnsafeMutableRawPointer?
    var nextChunkSize = Self.firstChunkSize
    /// The block handed out last: the only one that can grow in place.
    var lastBlock: UnsafeMutableRawPointer?
    /// Freed blocks by size (16 bytes apart), each holding the next one's address.
    var freed = InlineArray<64, UnsafeMutableRawPointer?>(repeating: nil)
    /// The newest large block's `malloc` address.
    var newestLarge: UnsafeMutableRawPointer?

    /// A 16-byte aligned block, or nil when the system has no memory. A request for nothing
    /// gets a byte (a block of no bytes could end where its chunk does), and one past any real
    /// size (a `size_t` read as a negative `Int`) gets nil.
    mutating func allocate(_ requested: Int) -> UnsafeMutableRawPointer? {
        guard requested >= 0, requested < Int.max / 2 else { return nil }
        let size = max(requested, 1)
        if size >= Self.largeSize { return allocateLarge(size) }
        // A freed block of this size, or failing that of up to 8 sizes more: libxml2 allocates an
        // error message at 150 bytes and grows it to fit, so the freed ones are all a bit larger.
        let slot = (size + 15) >> 4 - 1
        if slot >= 0 {
            var larger = slot
            while larger < min(slot + 9, Self.reusedSizes) {
                if let block = freed[larger] {
                    freed[larger] = block.load(as: UnsafeMutableRawPointer?.self)
                    (block - 8).storeBytes(of: size, as: Int.self)
                    return block
                }
                larger += 1
            }
        }
        let needed = 16 + (size + 15) & ~15
        if cursor + needed > end {
            guard addChunk(holding: needed) else { return nil }
        }
        guard let block = UnsafeMutableRawPointer(bitPattern: cursor + 16) else { return nil }
        (block - 8).storeBytes(of: size, as: Int.self)
        cursor += needed
        lastBlock = block
        return block
    }

    /// Grows (or shrinks) the last block where it stands when the chunk has room; false otherwise.
    mutating func growInPlace(_ block: UnsafeMutableRawPointer, to size: Int) -> Bool {
        guard size > 0, size < Int.max / 2 else { return false }
        let blockEnd = Int(bitPattern: block) + (size + 15) & ~15
        guard block == lastBlock, blockEnd <= end else { return false }
        (block - 8).storeBytes(of: size, as: Int.self)
        cursor = blockEnd
        return true
    }

    private mutating func addChunk(holding needed: Int) -> Bool {
        let size = max(nextChunkSize, needed + 32)
        guard let chunk = malloc(size) else { return false }
        chunk.storeBytes(of: lastChunk, as: UnsafeMutableRawPointer?.self)
        (chunk + 8).storeBytes(of: size, as: Int.self)
        lastChunk = chunk
        nextChunkSize = min(nextChunkSize * 2, Self.largestChunkSize)
        // The chunk's first 16 bytes are its link and size; blocks start 16-aligned after them.
        cursor = ((Int(bitPattern: chunk) + 15) & ~15) + 16
        end = Int(bitPattern: chunk) + size
        return true
    }

    /// Takes back a block if it is this arena's (a small one for reuse, a large one to
    /// `malloc`); false when it is not.
    mutating func release(_ block: UnsafeMutableRawPointer) -> Bool {
        guard owns(block) else { return releaseLarge(block) }
        let slot = (Self.size(of: block) + 15) >> 4 - 1
        guard slot >= 0, slot < Self.reusedSizes else { return true }
        block.storeBytes(of: freed[slot], as: UnsafeMutableRawPointer?.self)
        freed[slot] = block
        return true
    }

    private mutating func allocateLarge(_ size: Int) -> UnsafeMutableRawPointer? {
        guard let base = malloc(size + 32) else { return nil }
        base.storeBytes(of: newestLarge, as: UnsafeMutableRawPointer?.self)
        (base + 8).storeBytes(of: nil, as: UnsafeMutableRawPointer?.self)
        newestLarge.map { ($0 + 8).storeBytes(of: base, as: UnsafeMutableRawPointer?.self) }
        newestLarge = base
        (base + 24).storeBytes(of: size, as: Int.self)
        return base + 32
    }

    /// Unlinks and frees a large block of this arena; false when `block` is none of them.
    private mutating func releaseLarge(_ block: UnsafeMutableRawPointer) -> Bool {
        var large = newestLarge
        while let base = large, base + 32 != block { large = base.load(as: UnsafeMutableRawPointer?.self) }
        guard let base = large else { return false }
        let older = base.load(as: UnsafeMutableRawPointer?.self)
        let newer = (base + 8).load(as: UnsafeMutableRawPointer?.self)
        if let newer { newer.storeBytes(of: older, as: UnsafeMutableRawPointer?.self) } else { newestLarge = older }
        older.map { ($0 + 8).storeBytes(of: newer, as: UnsafeMutableRawPointer?.self) }
        free(base)
        return true
    }

    /// True for a block of this arena, in a chunk or large.
    func isOwned(_ block: UnsafeMutableRawPointer) -> Bool {
        if owns(block) { return true }
        var large = newestLarge
        while let base = large {
            if base + 32 == block { return true }
            large = base.load(as: UnsafeMutableRawPointer?.self)
        }
        return false
    }

    /// True when `block` lies in one of the chunks, the newest (where most frees fall) first.
    func owns(_ block: UnsafeMutableRawPointer) -> Bool {
        var chunk = lastChunk
        while let current = chunk {
            let size = (current + 8).load(as: Int.self)
            if block > current, block < current + size { return true }
            chunk = current.load(as: UnsafeMutableRawPointer?.self)
        }
        return false
    }

    mutating func releaseChunks() {
        while let base = newestLarge {
            newestLarge = base.load(as: UnsafeMutableRawPointer?.self)
            free(base)
        }
        var chunk = lastChunk
        while let current = chunk {
            chunk = current.load(as: UnsafeMutableRawPointer?.self)
            free(current)
        }
        lastChunk = nil
        cursor = 0
        end = 0
        lastBlock = nil
        freed = InlineArray(repeating: nil)
    }

    static func size(of block: UnsafeMutableRawPointer) -> Int { (block - 8).load(as: Int.self) }
}

private func activeArena() -> UnsafeMutablePointer<ArenaState>? {
    guard let key = arenaKey else { return nil }
    return pthread_getspecific(key)?.assumingMemoryBound(to: ArenaState.self)
}

private func arenaMalloc(_ size: Int) -> UnsafeMutableRawPointer? {
    guard let arena = activeArena() else { return malloc(size) }
    return arena.pointee.allocate(size)
}

private func arenaFree(_ block: UnsafeMutableRawPointer?) {
    guard let block else { return }
    if let arena = activeArena(), arena.pointee.release(block) { return }
    free(block)
}

private func arenaRealloc(_ block: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
    guard let block else { return arenaMalloc(size) }
    guard let arena = activeArena(), arena.pointee.isOwned(block) else { return realloc(block, size) }
    if arena.pointee.growInPlace(block, to: size) { return block }
    guard let moved = arena.pointee.allocate(size) else { return nil }
    moved.copyMemory(from: block, byteCount: min(ArenaState.size(of: block), size))
    _ = arena.pointee.release(block)
    return moved
}

private func arenaStrdup(_ text: UnsafePointer<CChar>?) -> UnsafeMutablePointer<CChar>? {
    guard let text else { return nil }
    let count = strlen(text) + 1
    guard let copy = arenaMalloc(count) else { return nil }
    copy.copyMemory(from: text, byteCount: count)
    return copy.assumingMemoryBound(to: CChar.self)
}
