/// Why an input produced no article. In batch and stream mode each case becomes one error record.
public enum CleanError: Error, Equatable, Sendable, CustomStringConvertible {
    case tooLarge(bytes: Int, limit: Int)
    case tooManyElements(count: Int, limit: Int)
    case binaryInput(kind: String)
    case undecodable(reason: String)
    case unsupportedFormat(InputFormat)

    /// A stable code for records and scripts; never reworded.
    public var code: String {
        switch self {
        case .tooLarge: "too-large"
        case .tooManyElements: "too-many-elements"
        case .binaryInput: "binary-input"
        case .undecodable: "undecodable"
        case .unsupportedFormat: "unsupported-format"
        }
    }

    public var description: String {
        switch self {
        case let .tooLarge(bytes, limit):
            "input is \(bytes) bytes, over the \(limit)-byte limit (raise it with --max-bytes)"
        case let .tooManyElements(count, limit):
            "page has over \(limit) elements (stopped counting at \(count)) (raise it with --max-elements)"
        case let .binaryInput(kind):
            "input looks like binary data (\(kind)), not text or HTML (force with --input-format)"
        case let .undecodable(reason):
            "input could not be decoded as text: \(reason) (name the charset with --encoding)"
        case let .unsupportedFormat(format):
            "input format '\(format.rawValue)' is not supported by this build"
        }
    }
}
