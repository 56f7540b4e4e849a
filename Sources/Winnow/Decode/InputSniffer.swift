/// Decides from the first bytes whether an input is HTML, a text dump or binary junk.
///
/// Extensions lie (a PNG named `.html` is common in crawls), so magic numbers win over names.
struct InputSniffer: Sendable {
    /// Leading signatures of formats that are never text; the name goes into the error message.
    private static let signatures: [(bytes: [UInt8], kind: String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"), ([0x25, 0x50, 0x44, 0x46], "PDF document"),
        ([0x47, 0x49, 0x46, 0x38], "GIF image"), ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"), ([0x1F, 0x8B], "gzip data"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"), ([0x52, 0x49, 0x46, 0x46], "RIFF media"),
        ([0x00, 0x00, 0x01, 0x00], "icon image"), ([0x42, 0x5A, 0x68], "bzip2 data"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A], "xz data"), ([0x28, 0xB5, 0x2F, 0xFD], "zstd data"),
    ]

    /// The binary kind when the bytes are not text, else nil.
    func binaryKind(_ bytes: [UInt8]) -> String? {
        for signature in Self.signatures where bytes.starts(with: signature.bytes) {
            return signature.kind
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        if CharsetDetector.unmarkedUTF16(bytes) != nil { return nil }
        let head = bytes.prefix(4096)
        guard !head.isEmpty else { return nil }
        // Text has no NUL bytes, or a rare stray one; binary data is full of them, and full of
        // other control bytes too. A page with a run of NULs pasted in (a broken scraper's
        // padding) still reads as text around them: it is cleaned, the NULs dropped.
        let nulBytes = head.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        guard nulBytes * 20 > head.count else { return nil }
        let controls = head.reduce(0) { $0 + ($1 != 0 && $1 < 0x20 && !Self.isSpace($1) ? 1 : 0) }
        let others = head.count - nulBytes
        guard others < 64 || controls * 10 > others else { return nil }
        return "NUL bytes in \(nulBytes) of the first \(head.count) bytes"
    }

    /// True when the bytes start like a markup document.
    func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        var head = Array(bytes.prefix(1024))
        // UTF-16 (with or without a mark): look at the low bytes only.
        if CharsetDetector.unmarkedUTF16(head) != nil || head.starts(with: [0xFF, 0xFE])
            || head.starts(with: [0xFE, 0xFF])
        {
            head = head.filter { $0 != 0 && $0 != 0xFF && $0 != 0xFE }
        }
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
        guard let first = head.firstIndex(where: { !Self.isSpace($0) }), head[first] == UInt8(ascii: "<")
        else { return false }
        let lowered = String(decoding: head, as: UTF8.self).lowercased()
        return ["<!doctype html", "<html", "<head", "<body", "<meta", "<div", "<p>", "<article", "<title"]
            .contains { lowered.contains($0) }
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}
