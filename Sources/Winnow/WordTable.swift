/// A read-only lookup table keyed by word hashes (`Word.hash`), built once from a dictionary.
///
/// The keys are FNV-1a hashes already, so one multiply spreads them over an open-addressed
/// array. `Dictionary` and `Set` run SipHash over them again on every lookup, and stop-word and
/// phrase lookups (several per word) made that hashing a few percent of the whole run.
struct WordTable<Value: Sendable>: Sendable {
    private let keys: [UInt64]
    private let values: [Value?]
    private let shift: UInt64

    init(_ entries: [UInt64: Value]) {
        var bits: UInt64 = 4
        while (1 << bits) < entries.count * 2 { bits += 1 }
        var keys = [UInt64](repeating: 0, count: 1 << bits)
        var values = [Value?](repeating: nil, count: 1 << bits)
        let shift = 64 - bits
        for (key, value) in entries {
            var slot = Self.slot(of: key, shift: shift)
            while values[slot] != nil { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
        self.shift = shift
    }

    /// The value stored for `key`, nil when there is none.
    @inline(__always)
    subscript(key: UInt64) -> Value? {
        var slot = Self.slot(of: key, shift: shift)
        while let value = values[slot] {
            if keys[slot] == key { return value }
            slot = (slot + 1) & (keys.count - 1)
        }
        return nil
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { self[key] != nil }

    @inline(__always)
    private static func slot(of key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}

extension WordTable where Value == Bool {
    /// A set of word hashes.
    init<S: Sequence>(set hashes: S) where S.Element == UInt64 {
        self.init(Dictionary(hashes.map { ($0, true) }, uniquingKeysWith: { first, _ in first }))
    }
}
