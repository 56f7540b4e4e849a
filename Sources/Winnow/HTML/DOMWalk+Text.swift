import CLibXML2

/// Collecting a block's text from text nodes: spaces folded as a browser folds them, link
/// text counted, Markdown link markup kept beside the plain text.
extension DOMWalk {
    /// Text is collected outside `<head>`.
    var collectsText: Bool { openHeads == 0 }

    var isPreformatted: Bool { openPreformatted > 0 }

    var isInLink: Bool { openLinks > 0 }

    /// Appends a text node's bytes, runs of spaces folded to one; runs between spaces are
    /// copied whole (byte by byte, the two arrays' appends cost more than the rest of the walk).
    mutating func append(_ content: UnsafeMutablePointer<xmlChar>) {
        let bytes = UnsafeBufferPointer(start: UnsafePointer(content), count: Int(xmlStrlen(content)))
        if isPreformatted {
            appendPreformatted(bytes)
            return
        }
        let inLink = isInLink && !Self.isWebAddress(content)
        var index = 0
        while index < bytes.count {
            if Self.isSpace(bytes[index]) {
                pendingSpace = true
                index += 1
                continue
            }
            var end = index + 1
            while end < bytes.count, !Self.isSpace(bytes[end]) { end += 1 }
            if pendingSpace, !text.isEmpty {
                text.append(0x20)
                linked.append(0x20)
            }
            pendingSpace = false
            // Text between two `<br>`s makes them two single breaks, not a paragraph break.
            lineBreaks = 0
            let run = UnsafeBufferPointer(rebasing: bytes[index..<end])
            text.append(contentsOf: run)
            linked.append(contentsOf: run)
            if inLink {
                for byte in run where byte & 0xC0 != 0x80 { linkCharacters += 1 }
            }
            index = end
        }
    }

    /// Inside `<pre>` every byte but CR is kept as it stands.
    private mutating func appendPreformatted(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes where byte != 0x0D {
            text.append(byte)
            linked.append(byte)
            pendingSpace = false
        }
    }

    /// The white space HTML folds: space, tab, line feed, carriage return, form feed.
    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    /// Link text that is itself an address (`http://amzn.to/2hWw372`, `www.example.com`) is
    /// written out for the reader, as in print: it does not count as link text (development
    /// page 20b2b6…: a gift list, each item with its shop address).
    static func isWebAddress(_ content: UnsafeMutablePointer<xmlChar>) -> Bool {
        var start = 0
        while [0x20, 0x0A, 0x09, 0x0D].contains(content[start]) { start += 1 }
        // allSatisfy stops at the first mismatch, so the text's closing NUL ends the reading.
        return Self.addressPrefixes.contains { prefix in
            prefix.indices.allSatisfy { index in
                let byte = content[start + index]
                return (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == prefix[index]
            }
        }
    }

    static let addressPrefixes = ["http://", "https://", "www."].map { Array($0.utf8) }

    /// Markdown punctuation for links, kept out of the plain text.
    mutating func appendMarkup(_ markup: String) {
        if pendingSpace, !text.isEmpty {
            text.append(0x20)
            linked.append(0x20)
            pendingSpace = false
        }
        linked += Array(markup.utf8)
    }

    /// The block's text, cleaned; `keepsSpacing` for a `<pre>` (which may already be closed).
    mutating func takeText(keepsSpacing: Bool = false) -> String {
        guard !text.isEmpty else {  // an empty text cleans to an empty text
            linked.removeAll(keepingCapacity: true)
            pendingSpace = false
            return ""
        }
        let raw = String(decoding: text, as: UTF8.self)
        let taken =
            keepsSpacing || isPreformatted
            ? UnicodeCleaner().clean(raw, keepsSpacing: true).text.trimmingNewlines()
            : UnicodeCleaner().clean(raw).text.trimmingSpaces()
        text.removeAll(keepingCapacity: true)
        linked.removeAll(keepingCapacity: true)
        pendingSpace = false
        return taken
    }
}
