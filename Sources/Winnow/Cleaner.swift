/// The pipeline, top to bottom. Every stage is a call you can step into.
///
/// Decode (bytes to clean text) -> Segment (text to blocks) -> Classify (a label and a reason
/// for every block) -> Metadata. Writers in `Write/` turn the `Article` into output.
public struct Cleaner: Sendable {
    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    public func clean(_ input: RawInput) throws(CleanError) -> Article {
        let format = Self.resolveFormat(input)
        let decoded = try DocumentDecoder(limits: options.limits, options: options.decode).decode(input)
        guard format == .text else { throw .unsupportedFormat(format) }
        let blocks = Segmenter().segment(decoded)
        let classification = Classifier(options: options.classify).classify(blocks)
        let metadata = MetadataExtractor(options: options.metadata).extract(blocks, classification)
        return Article(
            id: input.id, format: format,
            decoding: DecodingReport(
                encoding: decoded.encoding, replacedSequences: decoded.replacedSequences,
                removedInvisibles: decoded.removedInvisibles),
            blocks: blocks, verdicts: classification.verdicts, metadata: metadata)
    }

    /// The caller's format, else HTML when the bytes start like markup, else a text dump.
    static func resolveFormat(_ input: RawInput) -> InputFormat {
        guard input.format == .auto else { return input.format }
        return InputSniffer().looksLikeHTML(input.bytes) ? .html : .text
    }
}
