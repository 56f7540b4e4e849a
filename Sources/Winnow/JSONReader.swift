/// Reads JSON text into a `JSONValue`, over its UTF-8 bytes.
///
/// Records of a JSON lines dump and a page's JSON-LD are read here. Foundation's
/// `JSONSerialization` took a quarter of the stream mode's time (it builds bridged dictionaries
/// and makes every string through an encoding lookup); this reads a string with no escape as one
/// copy of its bytes. What it accepts is what `JSONSerialization` accepts, so the same lines
/// are records: a byte order mark first, a trailing comma before `]` or `}`, `\u0000`; never raw
/// control characters in strings, lone surrogates, leading zeros, or more than 512 levels.
/// Objects keep every key in order; `JSONValue.field(_:)` reads the last of a repeated key,
/// as a dictionary would.
public struct JSONReader {
    /// Why a text is not JSON, and where.
    public struct Failure: Error, Sendable {
        public var message: String
        public var offset: Int
    }

    /// Nesting past this is refused, as `JSONSerialization` refuses it.
    static let maxDepth = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The value `text` holds; any JSON value at the top, with only white space around it.
    public static func parse(_ text: String) throws(Failure) -> JSONValue {
        var text = text
        let outcome = text.withUTF8 { bytes -> Result<JSONValue, Failure> in
            do throws(Failure) { return .success(try parse(bytes)) } catch { return .failure(error) }
        }
        return try outcome.get()
    }

    /// The same over bytes. Unlike `JSONSerialization`, bytes that are not UTF-8 inside a string
    /// are repaired (U+FFFD), not refused: records come as `String`s, valid already.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) -> JSONValue {
        var reader = JSONReader(bytes)
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { reader.index = 3 }
        reader.skipSpace()
        let value = try reader.value()
        reader.skipSpace()
        guard reader.index == bytes.count else { throw reader.failure("text after the value") }
        return value
    }

    // MARK: Values

    private mutating func value() throws(Failure) -> JSONValue {
        guard index < bytes.count else { throw failure("the text ends where a value should be") }
        switch bytes[index] {
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw failure("no JSON value starts with this byte")
        }
    }

    private mutating func object() throws(Failure) -> JSONValue {
        try enter()
        var pairs: [(String, JSONValue)] = []
        skipSpace()
        if try closes(UInt8(ascii: "}")) { return .object(pairs) }
        while true {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw failure("a key must be a string")
            }
            let key = try string()
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw failure("a ':' must follow a key")
            }
            index += 1
            skipSpace()
            pairs.append((key, try value()))
            skipSpace()
            guard index < bytes.count else { throw failure("the text ends inside an object") }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                depth -= 1
                return .object(pairs)
            }
            guard bytes[index] == UInt8(ascii: ",") else { throw failure("',' or '}' must follow a value") }
            index += 1
            skipSpace()
            // One trailing comma is taken, as JSONSerialization takes it.
            if try closes(UInt8(ascii: "}")) { return .object(pairs) }
        }
    }

    private mutating func array() throws(Failure) -> JSONValue {
        try enter()
        var items: [JSONValue] = []
        skipSpace()
        if try closes(UInt8(ascii: "]")) { return .array(items) }
        while true {
            items.append(try value())
            skipSpace()
            guard index < bytes.count else { throw failure("the text ends inside an array") }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                depth -= 1
                return .array(items)
            }
            guard bytes[index] == UInt8(ascii: ",") else { throw failure("',' or ']' must follow a value") }
            index += 1
            skipSpace()
            if try closes(UInt8(ascii: "]")) { return .array(items) }
        }
    }

    /// Steps into an object or array (past its opening byte), within the nesting limit.
    private mutating func enter() throws(Failure) {
        depth += 1
        guard depth <= Self.maxDepth else { throw failure("nested deeper than \(Self.maxDepth) levels") }
        index += 1
    }

    /// True (and past it) when the container ends here.
    private mutating func closes(_ byte: UInt8) throws(Failure) -> Bool {
        guard index < bytes.count else { throw failure("the text ends inside a container") }
        guard bytes[index] == byte else { return false }
        index += 1
        depth -= 1
        return true
    }

    private mutating func literal(_ word: StaticString, _ value: JSONValue) throws(Failure) -> JSONValue {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw failure("not a JSON literal") }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
            throw failure("not a JSON literal")
        }
        index += count
        return value
    }

    // MARK: Numbers

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`: an `integer` when it has no
    /// fraction or exponent and fits an `Int`, else the `numberLiteral` as written.
    private mutating func number() throws(Failure) -> JSONValue {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw failure("a number needs digits") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { throw failure("a number cannot start with 0") }
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        var isInteger = true
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            try digits()
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            isInteger = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            try digits()
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        if isInteger, let integer = Int(text) { return .integer(integer) }
        // Past a double's range (`1e400`) JSONSerialization refuses the text; anything else is
        // kept as written, so an integer past Int64 loses no digit.
        guard let double = Double(text), double.isFinite else { throw failure("a number past a double's range") }
        return .numberLiteral(text)
    }

    private mutating func digits() throws(Failure) {
        guard index < bytes.count, isDigit(bytes[index]) else { throw failure("digits must follow") }
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    // MARK: Strings

    /// A string from its opening quote; a string without escapes is one copy of its bytes.
    private mutating func string() throws(Failure) -> String {
        index += 1
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index - 1]), as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") { return try escapedString(from: start) }
            if byte < 0x20 { throw failure("a control character inside a string") }
            index += 1
        }
        throw failure("the text ends inside a string")
    }

    /// The rest of a string that has escapes, from its first byte at `start`.
    private mutating func escapedString(from start: Int) throws(Failure) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(index - start + 16)
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            // The bytes up to the next quote, backslash or control are copied as one run.
            let run = index
            while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\"),
                bytes[index] >= 0x20
            {
                index += 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
            guard index < bytes.count else { break }
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""): return String(decoding: output, as: UTF8.self)
            case UInt8(ascii: "\\"): try unescape(into: &output)
            default: throw failure("a control character inside a string")
            }
        }
        throw failure("the text ends inside a string")
    }

    /// One escape, its backslash read.
    private mutating func unescape(into output: inout [UInt8]) throws(Failure) {
        guard index < bytes.count else { throw failure("the text ends inside an escape") }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(byte)
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hexQuad()
            if (0xDC00...0xDFFF).contains(scalar) { throw failure("a low surrogate without a high one") }
            if (0xD800...0xDBFF).contains(scalar) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                else { throw failure("a high surrogate without a low one") }
                index += 2
                let low = try hexQuad()
                guard (0xDC00...0xDFFF).contains(low) else { throw failure("a high surrogate without a low one") }
                scalar = 0x10000 + (scalar - 0xD800) << 10 + (low - 0xDC00)
            }
            WordScanner.appendUTF8(scalar, to: &output)
        default: throw failure("an unknown escape")
        }
    }

    /// Four hex digits after `\u`.
    private mutating func hexQuad() throws(Failure) -> UInt32 {
        guard index + 4 <= bytes.count else { throw failure("\\u needs four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure("\\u needs four hex digits")
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    // MARK: Bytes

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private func failure(_ message: String) -> Failure {
        Failure(message: message, offset: index)
    }
}
