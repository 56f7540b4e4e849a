/// Turns an HTML page's (or a dump's) bytes into UTF-8 that libxml2 can trust, and says how it chose.
///
/// Order: byte-order mark, the caller's declaration (`--encoding`, an HTTP header), the page's
/// `<meta>`, then UTF-16 told by its NUL bytes, UTF-8 validity, then uchardet. libxml2 is never left to guess: unlabelled it
/// reads Latin-1, and one stray byte switches the rest of a UTF-8 page to Latin-1.
struct HTMLBytesDecoder: Sendable {
    struct Decoded: Sendable {
        var utf8: [UInt8]
        var report: EncodingReport
        var replaced: Int
        var removedControls: Int
    }

    func decode(_ bytes: [UInt8], declared: String?) -> Decoded {
        let (utf8, report, replaced) = Self.toUTF8(bytes, declared: declared, readsMeta: true)
        let (clean, removed) = Self.withoutControls(utf8)
        return Decoded(utf8: clean, report: report, replaced: replaced, removedControls: removed)
    }

    /// Any page's or dump's bytes to UTF-8; `readsMeta` for HTML's `<meta>` pre-scan.
    static func toUTF8(_ bytes: [UInt8], declared: String?, readsMeta: Bool) -> ([UInt8], EncodingReport, Int) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let (utf8, replaced) = Self.repairedUTF8(bytes.dropFirst(3))
            return (utf8, EncodingReport(name: "utf-8", foundBy: "bom"), replaced)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let charset = bytes[0] == 0xFF ? "UTF-16LE" : "UTF-16BE"
            let converted = CharsetConverter.toUTF8(bytes.dropFirst(2), from: charset) ?? ([], 0)
            return (converted.utf8, EncodingReport(name: charset.lowercased(), foundBy: "bom"), converted.replaced)
        }
        let validity = CharsetDetector.utf8Validity(bytes)
        // Legacy text is almost never valid UTF-8, so a page whose non-ASCII bytes are (nearly all)
        // valid UTF-8 is UTF-8, whatever its label claims.
        let isMostlyUTF8 = validity.multibyteSequences > 0 && validity.invalidBytes * 2 <= validity.multibyteSequences
        let meta = readsMeta ? CharsetDetector.metaCharset(bytes) : nil
        for (label, foundBy) in [(declared, "declared"), (meta, "meta")] {
            guard let label, let charset = EncodingLabels.iconvName(for: label) else { continue }
            if charset == "UTF-8" || isMostlyUTF8 || charset.hasPrefix("UTF-16") {
                let (utf8, replaced) = Self.utf8(bytes, validity: validity)
                let by = charset == "UTF-8" ? foundBy : "utf-8-validated, \(foundBy) said \(label.lowercased())"
                return (utf8, EncodingReport(name: "utf-8", foundBy: by), replaced)
            }
            if let converted = CharsetConverter.toUTF8(bytes[...], from: charset) {
                return (
                    converted.utf8, EncodingReport(name: charset.lowercased(), foundBy: foundBy), converted.replaced
                )
            }
        }
        // Undeclared UTF-16 without a byte-order mark, told by where its NUL bytes fall.
        if let charset = CharsetDetector.unmarkedUTF16(bytes),
            let converted = CharsetConverter.toUTF8(bytes[...], from: charset)
        {
            return (
                converted.utf8, EncodingReport(name: charset.lowercased(), foundBy: "nul-pattern"), converted.replaced
            )
        }
        if validity.invalidBytes == 0 || isMostlyUTF8 {
            // Most pages are valid UTF-8 already: copied whole, not rebuilt byte by byte.
            let (utf8, replaced) = Self.utf8(bytes, validity: validity)
            return (utf8, EncodingReport(name: "utf-8", foundBy: "utf-8-validated"), replaced)
        }
        if let guess = CharsetDetector.guess(bytes),
            let charset = EncodingLabels.iconvName(for: guess) ?? Optional(guess), charset != "UTF-8",
            let converted = CharsetConverter.toUTF8(bytes[...], from: charset)
        {
            return (converted.utf8, EncodingReport(name: charset.lowercased(), foundBy: "detected"), converted.replaced)
        }
        let converted = CharsetConverter.toUTF8(bytes[...], from: "WINDOWS-1252") ?? ([], 0)
        return (converted.utf8, EncodingReport(name: "windows-1252", foundBy: "fallback"), converted.replaced)
    }

    /// Valid UTF-8 (most pages) as it is, copied whole; otherwise repaired.
    private static func utf8(_ bytes: [UInt8], validity: (invalidBytes: Int, multibyteSequences: Int)) -> (
        [UInt8], Int
    ) {
        validity.invalidBytes == 0 ? (bytes, 0) : repairedUTF8(bytes[...])
    }

    /// UTF-8 with each stray byte read as windows-1252, the usual cause of one (a curly quote
    /// pasted from a word processor); counted as replaced.
    static func repairedUTF8(_ bytes: ArraySlice<UInt8>) -> ([UInt8], Int) {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var replaced = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            if lead < 0x80 {
                output.append(lead)
                index += 1
                continue
            }
            let length =
                lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 && lead < 0xF0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 0
            var valid = length > 0 && index + length <= bytes.endIndex
            if valid {
                for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { valid = false }
            }
            if valid {
                output.append(contentsOf: bytes[index..<(index + length)])
                index += length
            } else {
                WordScanner.appendUTF8(Self.windows1252(lead), to: &output)
                replaced += 1
                index += 1
            }
        }
        return (output, replaced)
    }

    /// The code point of a windows-1252 byte at or above 0x80.
    static func windows1252(_ byte: UInt8) -> UInt32 {
        let table: [UInt32] = [
            0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
            0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
            0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
        ]
        return byte < 0xA0 ? table[Int(byte) - 0x80] : UInt32(byte)
    }

    /// NUL and other C0 controls (tab, newlines and form feed stay) lose content in libxml2: drop them.
    static func withoutControls(_ utf8: [UInt8]) -> ([UInt8], Int) {
        guard utf8.withUnsafeBufferPointer(hasControl) else { return (utf8, 0) }
        let kept = utf8.filter { $0 >= 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C }
        return (kept, utf8.count - kept.count)
    }

    /// True when a control other than tab, newlines and form feed is in the bytes. Eight bytes
    /// at a time, with exact per-byte masks (no borrow between bytes): the bytes below 0x20, less
    /// those that are tab, line feed, form feed or carriage return, so a word with a line feed
    /// needs no byte-by-byte look. (Instruction counts on the bench pages are the same as the
    /// byte-by-byte fallback's; `ControlScanTests` pins the answers.)
    static func hasControl(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080, low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        /// The high bit of each byte of `word` that is zero.
        func zeroBytes(_ word: UInt64) -> UInt64 { ~(((word & low) &+ low) | word) & high }
        let raw = UnsafeRawBufferPointer(bytes)
        var index = 0
        while index + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index += 8
            let below20 = ~(((word & low) &+ 0x6060_6060_6060_6060) | word) & high
            guard below20 != 0 else { continue }
            let allowed =
                zeroBytes(word ^ 0x0909_0909_0909_0909) | zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A)
                | zeroBytes(word ^ 0x0C0C_0C0C_0C0C_0C0C) | zeroBytes(word ^ 0x0D0D_0D0D_0D0D_0D0D)
            if below20 & ~allowed != 0 { return true }
        }
        return bytes[index...].contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }
    }
}
