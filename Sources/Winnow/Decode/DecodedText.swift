/// Text the rest of the pipeline can trust, with a record of what decoding had to change.
public struct DecodedText: Sendable, Equatable {
    /// The cleaned and repaired text; line for line the same as `raw`.
    public var text: String
    /// The text after Unicode clean-up but before dump repairs: what each block "came from".
    public var raw: String
    public var encoding: EncodingReport
    /// Invalid byte sequences that became U+FFFD.
    public var replacedSequences: Int
    /// Control, zero-width and other invisible characters removed.
    public var removedInvisibles: Int
}

/// Which charset was used and how it was chosen; reported in JSON as `source.encoding`.
public struct EncodingReport: Sendable, Equatable, Codable {
    public var name: String
    /// `bom`, `declared` (by the caller), or `default` (UTF-8 assumed and validated).
    public var foundBy: String
}
