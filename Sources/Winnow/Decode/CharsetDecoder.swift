/// Turns a text dump's bytes into a Swift string, finding the charset as for HTML pages but
/// without a `<meta>` to read: byte-order mark, the caller's declaration, UTF-8 validity, uchardet.
///
/// A stray byte in UTF-8 text is read as windows-1252 and counted, so a lossy decode is never silent.
struct CharsetDecoder: Sendable {
    func decode(_ bytes: [UInt8], declared: String?) -> (text: String, report: EncodingReport, replaced: Int) {
        let (utf8, report, replaced) = HTMLBytesDecoder.toUTF8(bytes, declared: declared, readsMeta: false)
        return (String(decoding: utf8, as: UTF8.self), report, replaced)
    }
}
