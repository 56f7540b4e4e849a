/// The Decode stage: bytes to clean text (or to UTF-8 for libxml2), refusing what is not text.
public struct DocumentDecoder: Sendable {
    public var limits: Limits
    public var options: DecodeOptions

    public init(limits: Limits, options: DecodeOptions) {
        self.limits = limits
        self.options = options
    }

    /// Refuses inputs over the size limit and binary data (unless the caller forced text).
    public func admit(_ input: RawInput) throws(CleanError) {
        guard input.bytes.count <= limits.maxBytes else {
            throw .tooLarge(bytes: input.bytes.count, limit: limits.maxBytes)
        }
        if input.format != .text, let kind = InputSniffer().binaryKind(input.bytes) {
            throw .binaryInput(kind: kind)
        }
    }

    /// A text dump's bytes to repaired text.
    public func decode(_ input: RawInput) -> DecodedText {
        let decoded = CharsetDecoder().decode(input.bytes, declared: input.declaredEncoding)
        let cleaned = UnicodeCleaner().clean(decoded.text)
        let repaired = options.repairsDumpArtefacts ? DumpRepairer().repair(cleaned.text) : cleaned.text
        return DecodedText(
            text: repaired, raw: cleaned.text, encoding: decoded.report,
            replacedSequences: decoded.replaced, removedInvisibles: cleaned.removedInvisibles)
    }

    /// An HTML page's bytes to UTF-8, with the charset found as browsers find it.
    func decodeHTML(_ input: RawInput) -> HTMLBytesDecoder.Decoded {
        HTMLBytesDecoder().decode(input.bytes, declared: input.declaredEncoding)
    }
}
