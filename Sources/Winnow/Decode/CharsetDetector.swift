import CUchardet

/// Finds the charset of an HTML page: BOM, the caller's declaration, `<meta>`, UTF-8 validity,
/// then uchardet's statistical guess for undeclared legacy pages.
enum CharsetDetector {
    /// The charset label from `<meta charset>` or `<meta http-equiv="content-type">` in the
    /// first 4 KB, as browsers pre-scan it.
    static func metaCharset(_ bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(4096)).map { (0x41...0x5A).contains($0) ? $0 + 32 : $0 }
        var index = 0
        while let meta = find(Array("<meta".utf8), in: head, from: index) {
            guard let end = head[meta...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
            let tag = head[meta..<end]
            if let charset = find(Array("charset".utf8), in: Array(tag), from: 0) {
                var value = Array(tag)[(charset + 7)...].drop { $0 == 0x20 || $0 == UInt8(ascii: "=") }
                value = value.drop { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") || $0 == 0x20 }
                let label = value.prefix {
                    ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D || $0 == 0x5F || $0 == 0x3A
                        || $0 == 0x2E
                }
                if !label.isEmpty { return String(decoding: label, as: UTF8.self) }
            }
            index = end
        }
        return nil
    }

    /// `UTF-16LE` or `UTF-16BE` for UTF-16 without a byte-order mark, read from where the NUL
    /// bytes fall: Latin text in UTF-16 has a NUL in every other byte, always on the same side.
    /// Binary data has NULs on both sides; text in any 8-bit charset has next to none.
    static func unmarkedUTF16(_ bytes: [UInt8]) -> String? {
        let pairs = min(bytes.count, 1_024) / 2
        guard pairs >= 8 else { return nil }
        var evenNuls = 0, oddNuls = 0
        for pair in 0..<pairs {
            if bytes[2 * pair] == 0 { evenNuls += 1 }
            if bytes[2 * pair + 1] == 0 { oddNuls += 1 }
        }
        // Markup is mostly ASCII: at least 40% of the units carry a NUL, on one side only.
        if oddNuls * 5 >= pairs * 2, evenNuls * 50 <= pairs { return "UTF-16LE" }
        if evenNuls * 5 >= pairs * 2, oddNuls * 50 <= pairs { return "UTF-16BE" }
        return nil
    }

    /// Bytes outside valid UTF-8 sequences, and valid multi-byte sequences.
    ///
    /// Runs of ASCII are skipped eight bytes at a time: pages are mostly ASCII markup.
    static func utf8Validity(_ bytes: [UInt8]) -> (invalidBytes: Int, multibyteSequences: Int) {
        bytes.withUnsafeBufferPointer(utf8Validity)
    }

    private static func utf8Validity(_ bytes: UnsafeBufferPointer<UInt8>) -> (
        invalidBytes: Int, multibyteSequences: Int
    ) {
        var invalid = 0, multibyte = 0
        var index = 0
        let count = bytes.count
        let raw = UnsafeRawBufferPointer(bytes)
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                while index + 8 <= count,
                    raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    index += 8
                }
                continue
            }
            let length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 0
            var valid = length > 0 && index + length <= count && lead < 0xF5
            if valid {
                for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { valid = false }
            }
            if valid {
                index += length
                multibyte += 1
            } else {
                invalid += 1
                index += 1
            }
        }
        return (invalid, multibyte)
    }

    /// uchardet's guess for bytes that declare nothing, or nil when it has none.
    static func guess(_ bytes: [UInt8]) -> String? {
        guard let detector = uchardet_new() else { return nil }
        defer { uchardet_delete(detector) }
        let sample = bytes.prefix(256 * 1024)
        let status = sample.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    uchardet_handle_data(detector, $0, buffer.count)
                }
            } ?? 0
        }
        guard status == 0 else { return nil }
        uchardet_data_end(detector)
        guard let name = uchardet_get_charset(detector) else { return nil }
        let charset = String(cString: name)
        return charset.isEmpty ? nil : charset
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count, start <= haystack.count - needle.count else { return nil }
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }
}
