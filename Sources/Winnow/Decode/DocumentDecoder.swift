/// The Decode stage: bytes to clean text, refusing what is not text at all.
public struct DocumentDecoder: Sendable {
    public var limits: Limits
    public var options: DecodeOptions

    public init(limits: Limits, options: DecodeOptions) {
        self.limits = limits
        self.options = options
    }

    public func decode(_ input: RawInput) throws(CleanError) -> DecodedText {
        guard input.bytes.count <= limits.maxBytes else {
            throw .tooLarge(bytes: input.bytes.count, limit: limits.maxBytes)
        }
        if input.format != .text, let kind = InputSniffer().binaryKind(input.bytes) {
            throw .binaryInput(kind: kind)
        }
        let decoded = CharsetDecoder().decode(input.bytes, declared: input.declaredEncoding)
        let cleaned = UnicodeCleaner().clean(decoded.text)
        let repaired = options.repairsDumpArtefacts ? DumpRepairer().repair(cleaned.text) : cleaned.text
        return DecodedText(
            text: repaired, raw: cleaned.text, encoding: decoded.report,
            replacedSequences: decoded.replaced, removedInvisibles: cleaned.removedInvisibles)
    }
}
