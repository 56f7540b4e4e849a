import Foundation
import Testing

@testable import Winnow

/// `JSONReader` replaced Foundation's `JSONSerialization` for records and JSON-LD: it must take
/// and refuse the same texts and read the same values, which these tests check against
/// `JSONSerialization` itself.
struct JSONReaderTests {
    /// Texts on both sides of every rule: escapes, surrogates, numbers, trailing commas, nesting.
    static let edgeCases = [
        #"{"a":"x"}"#, "{\"a\":\"x\ny\"}", #"{"a":"\ud800"}"#, #"{"a":"\udc00"}"#, #"{"a":"\ud83d\ude00"}"#,
        #"{"a":1,}"#, #"[1,]"#, #"{,}"#, #"[,]"#, #"{"a":1,,}"#, #"[1,,2]"#, #"{"a":1} x"#, #"{"a":1,"a":2}"#,
        #"[1.0, 1e2, -0, 0.1, true, false, null, 1.5e300, 1E+2, -0.0e-0]"#, #"{"a":"\u0000"}"#, #"{"a":"\x"}"#,
        "{\"a\":\"\t\"}", "{'a':1}", #"{"a":NaN}"#, #"{"a":01}"#, #"{"a":-}"#, #"{"a":1.}"#, #"{"a":.5}"#,
        #"{"a":1e}"#, #""str""#, "{}", "[]", "", "  ", "\u{FEFF}{}", "{\"a\"\r\n:\t1}", "{\"a\":\u{A0}1}",
        #"{"a":"\/\b\f\n\r\t\"\\"}"#, #"{"a":"\u00e9\u00E9"}"#, #"{"a":tru}"#, #"{"a" 1}"#, #"{1:2}"#, "[1]]",
        "{\"a\":1}\n", #"{"a":"caf\u0065\u0301"}"#, #"{"a":[{"b":{"c":[null]}}]}"#, #"{"a":"\u12"}"#,
        #"{"a":"unterminated}"#, #"{"a":-12}"#, #"{"a":9007199254740993}"#, #"{"é":"ü"}"#,
        "[1e400]", "[-1e400]", "[1.7976931348623157e309]", "[1.7976931348623157e308]", "[12345678901234567890]",
        "[18446744073709551616]", "[123456789012345678901234567890]", "[-9223372036854775808]",
        "[-9223372036854775809]", "[9223372036854775808]", "[5e-324]", "[1e-400]", "[-0.0]",
        String(repeating: "[", count: 512) + String(repeating: "]", count: 512),
        String(repeating: "[", count: 513) + String(repeating: "]", count: 513),
    ]

    @Test func acceptsAndRefusesWhatJSONSerializationDoes() {
        for text in Self.edgeCases {
            let ours = try? JSONReader.parse(text)
            let theirs = Self.foundation(text)
            #expect((ours == nil) == (theirs == nil), "\(text.prefix(60).debugDescription)")
            if let ours, let theirs {
                #expect(Self.canonical(ours) == theirs, "\(text.prefix(60).debugDescription)")
            }
        }
    }

    /// Every one-byte deletion, duplication and replacement of a record: each variant is taken
    /// or refused as Foundation takes or refuses it, with the same value.
    @Test func agreesWithJSONSerializationOnEveryOneByteMutation() {
        let record = Array(
            #"{"id":"r-1","html":"<p class=\"x\">caf\u00e9 \/ \ud83d\ude00</p>\n","n":[1,-2.5e3,true,null],"o":{"k":"v"}}"#
                .utf8)
        var variants: [[UInt8]] = []
        for index in record.indices {
            var deleted = record
            deleted.remove(at: index)
            var doubled = record
            doubled.insert(record[index], at: index)
            variants += [deleted, doubled]
            for replacement in Array(#"{}[],:"\ 0-.eu"#.utf8) {
                var replaced = record
                replaced[index] = replacement
                variants.append(replaced)
            }
        }
        var disagreements: [String] = []
        for variant in variants {
            let text = String(decoding: variant, as: UTF8.self)
            let ours = (try? JSONReader.parse(text)).map(Self.canonical)
            if ours != Self.foundation(text) { disagreements.append(text) }
        }
        #expect(variants.count > 1_500)
        #expect(disagreements.isEmpty, "\(disagreements.prefix(3))")
    }

    @Test func aFailureSaysWhereAndWhy() {
        #expect(throws: JSONReader.Failure.self) { try JSONReader.parse(#"{"a": [1, 2}"#) }
        do {
            _ = try JSONReader.parse("{\"a\": \"tab\tinside\"}")
            Issue.record("a raw tab inside a string was taken")
        } catch {
            #expect(error.message == "a control character inside a string")
            #expect(error.offset == 10)
        }
    }

    @Test func aRepeatedKeyReadsItsLastValueAndKeysKeepTheirOrder() throws {
        let value = try JSONReader.parse(#"{"b":1,"a":2,"b":3}"#)
        #expect(value.field("b") == .integer(3))
        guard case let .object(pairs) = value else { return #expect(Bool(false)) }
        #expect(pairs.map(\.0) == ["b", "a", "b"])
    }

    @Test func writtenTextReadsBackTheSameValue() throws {
        let readable = JSONValue.object([
            ("text", .string("quote \" backslash \\ tab \t line\nseparator \u{2028} nul \u{0} é 😀")),
            ("list", .array([.integer(-3), .numberLiteral("0.123456"), .numberLiteral("12345678901234567890")])),
        ])
        let text = readable.serialized()
        #expect(!text.contains("\n"))
        #expect(try JSONReader.parse(text) == readable)
        #expect(try JSONReader.parse(readable.serialized(pretty: true)) == readable)
    }

    // MARK: Foundation's reading, in one comparable form

    /// `JSONSerialization`'s value as canonical text, nil when it refuses the text.
    static func foundation(_ text: String) -> String? {
        guard let value = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        else { return nil }
        return describe(value)
    }

    private static func describe(_ value: Any) -> String {
        switch value {
        case let text as String: return "s" + String(reflecting: text)
        case let number as NSNumber:
            return String(cString: number.objCType) == "c" ? "b\(number.boolValue)" : "n" + number.stringValue
        case let array as [Any]: return "[" + array.map(describe).joined(separator: ",") + "]"
        case let object as [String: Any]:
            return "{"
                + object.keys.sorted().map { String(reflecting: $0) + ":" + describe(object[$0] as Any) }
                .joined(separator: ",") + "}"
        default: return "null"
        }
    }

    /// Ours in the same form: objects by sorted key, a repeated key's last value.
    static func canonical(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case let .bool(flag): return "b\(flag)"
        case .integer, .number, .numberLiteral: return "n" + (value.numberDescription ?? "")
        case let .string(text): return "s" + String(reflecting: text)
        case let .array(items): return "[" + items.map(canonical).joined(separator: ",") + "]"
        case let .object(pairs):
            var last: [String: JSONValue] = [:]
            for (key, item) in pairs { last[key] = item }
            return "{"
                + last.keys.sorted().map { String(reflecting: $0) + ":" + canonical(last[$0] ?? .null) }
                .joined(separator: ",") + "}"
        }
    }
}
