/// A JSON value whose objects keep their keys in the order written, so outputs diff cleanly.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case integer(Int)
    /// A number as the input wrote it (JSON number text), written back unchanged: what
    /// `JSONReader` gives for a number that is no `Int`, and what records pass through.
    /// `number` writes two decimals, for Winnow's own measures.
    case numberLiteral(String)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }

    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// Compact (one line) or pretty (two-space indent) JSON text.
    ///
    /// Written as UTF-8 bytes, strings copied by runs between the bytes that need escaping:
    /// appending scalar by scalar to a `String` was a seventh of the stream mode's time.
    public func serialized(pretty: Bool = false) -> String {
        var output: [UInt8] = []
        write(to: &output, pretty: pretty, indent: 0)
        return String(decoding: output, as: UTF8.self)
    }

    private func write(to output: inout [UInt8], pretty: Bool, indent: Int) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case let .bool(value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case let .integer(value): output.append(contentsOf: String(value).utf8)
        case let .number(value):
            // Two decimals for measures; a value too large for them is written in full.
            let text = !value.isFinite ? "null" : abs(value) < 1e15 ? value.formatted2 : "\(value)"
            output.append(contentsOf: text.utf8)
        case let .numberLiteral(text): output.append(contentsOf: text.utf8)
        case let .string(value): Self.writeString(value, to: &output)
        case let .array(items):
            output.append(UInt8(ascii: "["))
            for (offset, item) in items.enumerated() {
                Self.separate(offset, to: &output, pretty: pretty, indent: indent)
                item.write(to: &output, pretty: pretty, indent: indent + 1)
            }
            Self.close(UInt8(ascii: "]"), isEmpty: items.isEmpty, to: &output, pretty: pretty, indent: indent)
        case let .object(pairs):
            output.append(UInt8(ascii: "{"))
            for (offset, (key, value)) in pairs.enumerated() {
                Self.separate(offset, to: &output, pretty: pretty, indent: indent)
                Self.writeString(key, to: &output)
                output.append(contentsOf: (pretty ? ": " : ":").utf8)
                value.write(to: &output, pretty: pretty, indent: indent + 1)
            }
            Self.close(UInt8(ascii: "}"), isEmpty: pairs.isEmpty, to: &output, pretty: pretty, indent: indent)
        }
    }

    /// The comma before every item but the first, and a pretty item's own indented line.
    private static func separate(_ offset: Int, to output: inout [UInt8], pretty: Bool, indent: Int) {
        if offset > 0 { output.append(UInt8(ascii: ",")) }
        if pretty { newline(indent + 1, to: &output) }
    }

    private static func close(_ byte: UInt8, isEmpty: Bool, to output: inout [UInt8], pretty: Bool, indent: Int) {
        if pretty, !isEmpty { newline(indent, to: &output) }
        output.append(byte)
    }

    private static func newline(_ indent: Int, to output: inout [UInt8]) {
        output.append(0x0A)
        for _ in 0..<indent { output.append(contentsOf: [0x20, 0x20]) }
    }

    /// Escapes quotes, backslashes and controls; U+2028/2029 too, so a line is one line everywhere.
    static func writeString(_ value: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            var start = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let escape: String?
                var length = 1
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0..<0x20:
                    let hex = String(byte, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                case 0xE2
                where index + 2 < bytes.count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    length = 3
                default: escape = nil
                }
                guard let escape else {
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                output.append(contentsOf: escape.utf8)
                index += length
                start = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
        }
        output.append(UInt8(ascii: "\""))
    }
}

extension JSONValue {
    /// The value of `key` in an object (the last, when the key repeats); nil for a missing key
    /// or a value that is no object.
    public func field(_ key: String) -> JSONValue? {
        guard case let .object(pairs) = self else { return nil }
        return pairs.last { $0.0 == key }?.1
    }

    /// The text of a string value.
    public var stringValue: String? {
        guard case let .string(text) = self else { return nil }
        return text
    }
}

extension JSONValue {
    /// A number as text the way Foundation's `NSNumber.stringValue` gave it: an integer's digits,
    /// any other number's double (`1.5`, `100.0` for `1e2`); nil for anything but a number.
    public var numberDescription: String? {
        switch self {
        case let .integer(number): return String(number)
        case let .number(number): return "\(number)"
        case let .numberLiteral(text):
            let isInteger = !text.utf8.contains { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") }
            return isInteger ? text : Double(text).map { "\($0)" } ?? text
        default: return nil
        }
    }

    /// A number's value as a double (an integer past 2^53 rounded); nil for anything else.
    public var doubleValue: Double? {
        switch self {
        case let .integer(number): return Double(number)
        case let .number(number): return number
        case let .numberLiteral(text): return Double(text)
        default: return nil
        }
    }
}
