/// One document handed to the pipeline: its bytes plus what the caller knows about it.
///
/// The caller (the CLI, a batch driver) owns all I/O; the library only sees bytes.
public struct RawInput: Sendable, Equatable {
    /// A name the user recognises in errors and outputs: a path, a record id, `-`.
    public var id: String
    public var bytes: [UInt8]
    /// What the caller says the bytes are; `.auto` lets the sniffer decide.
    public var format: InputFormat
    /// A charset named by the caller (HTTP header, `--encoding`), trusted over guesses.
    public var declaredEncoding: String?
    /// When the record was fetched (a WARC or JSON lines record's date, ISO 8601): relative dates
    /// in the page ("a day ago") count back from it unless `--reference-date` says otherwise.
    public var recordDate: String?

    public init(
        id: String, bytes: [UInt8], format: InputFormat = .auto, declaredEncoding: String? = nil,
        recordDate: String? = nil
    ) {
        self.id = id
        self.bytes = bytes
        self.format = format
        self.declaredEncoding = declaredEncoding
        self.recordDate = recordDate
    }
}

/// The kinds of document Winnow reads.
public enum InputFormat: String, Sendable, Codable, CaseIterable {
    /// Decide from the file extension, then by sniffing the bytes.
    case auto
    /// A plain-text dump: the page's text, one block per line.
    case text
    /// A raw HTML page.
    case html
}
