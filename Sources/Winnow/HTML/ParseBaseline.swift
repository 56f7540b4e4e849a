import CLibXML2

/// The ceiling a benchmark compares Winnow against: libxml2 parsing a page with the same options
/// Winnow uses, and nothing else (no decoding, no guard, no walk, no classification).
public enum ParseBaseline {
    /// Parses `bytes` and frees the tree; returns how many top-level nodes the document had, so
    /// the work cannot be optimised away. By default with libxml2's own allocator, as any
    /// libxml2 user parses; `inArena` with Winnow's `ParseArena`, to show what that part saves.
    public static func parse(_ bytes: [UInt8], inArena: Bool = false) -> Int {
        guard let document = try? HTMLDocument(utf8: bytes, inArena: inArena) else { return 0 }
        var count = 0
        var node = document.firstNode
        while let current = node {
            count += 1
            node = current.pointee.next
        }
        return count
    }
}
