import Dispatch
import Foundation
import Winnow

/// JSON lines records in, one JSON line out per record, in order: the stream mode that runs as a
/// co-process (Spark's `RDD.pipe`, a shell pipeline). Each output line is flushed as soon as it
/// is written; a record that fails, or a line that is not JSON, becomes an error record and the
/// stream goes on.
struct RecordStream {
    /// Which record fields hold what; every other field is passed through to the output.
    struct Fields {
        var id = "id", html = "html", text = "text", url = "url", date = "date"
    }

    var cleaner: Cleaner
    var writer: JSONWriter
    var fields: Fields
    var inputFormat: InputFormat
    var encoding: String?

    /// Reads lines until the end of the input; returns how many records failed.
    @discardableResult
    func run(lines: () -> RecordLine?, write: (String) -> Void) -> Int {
        var number = 0, failures = 0
        while let line = lines() {
            number += 1
            let output = output(for: line, number: number)
            if output.failed { failures += 1 }
            write(output.line)
        }
        return failures
    }

    /// The output line for input line `number`: the cleaned record or an error record.
    func output(for line: RecordLine, number: Int, template: SiteTemplate? = nil) -> (line: String, failed: Bool) {
        guard case let .text(line) = line else {
            guard case let .tooLong(bytes) = line else { return ("", true) }
            let limit = cleaner.options.limits.maxBytes
            let message =
                "line \(number) is \(bytes) bytes, more than a record with a page of --max-bytes \(limit) can be (raise it with --max-bytes)"
            return (Self.errorLine(id: "line \(number)", line: number, code: "too-large", message: message), true)
        }
        guard !line.allSatisfy({ $0 == " " || $0 == "\r" || $0 == "\t" }) else {
            let message = "line \(number) is empty"
            return (Self.errorLine(id: "line \(number)", line: number, code: "empty-line", message: message), true)
        }
        return clean(line, number: number, template: template)
    }

    /// Items from `next` transformed on `jobs` threads, written in input order. Items are taken a
    /// batch at a time (`jobs` x 16), so memory stays bounded; for files, not for a co-process
    /// on standard input, which must answer each line before the next arrives.
    /// The first `skip` items are read and passed over (a resumed run already has their lines).
    static func runInParallel<Item: Sendable, Output: Sendable>(
        jobs: Int, skip: Int = 0, next: () -> Item?, transform: @Sendable (Item, Int) -> Output,
        write: (Output) throws -> Void
    ) rethrows {
        var number = 0
        while true {
            var batch: [(Item, Int)] = []
            while batch.count < jobs * 16, let item = next() {
                number += 1
                if number > skip { batch.append((item, number)) }
            }
            if batch.isEmpty { return }
            let items = batch
            let lines = Slots<Output>(count: items.count)
            DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { worker in
                for index in stride(from: worker, to: items.count, by: jobs) {
                    lines.set(index, transform(items[index].0, items[index].1))
                }
            }
            try lines.values.forEach(write)
        }
    }

    /// The first pass of site-template learning for one line: the record's site (its address's
    /// host, else `fallbackSite`) and its page's block fingerprints; nil for a line that is no record.
    func fingerprints(for line: RecordLine, fallbackSite: String) -> PageFingerprints? {
        guard case let .text(text) = line, let record = Self.record(text), let input = input(record, id: "") else {
            return nil
        }
        guard let page = try? cleaner.fingerprints(input) else { return nil }
        let site = Self.string(record.field(fields.url)).flatMap(Cleaner.host) ?? page.site ?? fallbackSite
        return PageFingerprints(site: site, fingerprints: page.fingerprints)
    }

    /// A line's record: a JSON object (its fields in order), nil for anything else.
    static func record(_ line: String) -> JSONValue? {
        guard let value = try? JSONReader.parse(line), case .object = value else { return nil }
        return value
    }

    func clean(_ line: String, number: Int, template: SiteTemplate? = nil) -> (line: String, failed: Bool) {
        guard let record = Self.record(line) else {
            return (
                Self.errorLine(
                    id: "line \(number)", line: number, code: "bad-json",
                    message: "line \(number) is not a JSON object"), true
            )
        }
        let id = Self.string(record.field(fields.id)) ?? "line \(number)"
        guard let input = input(record, id: id) else {
            return (
                Self.errorLine(
                    id: id, line: number, code: "no-content",
                    message: "record has neither '\(fields.html)' nor '\(fields.text)' (--html-field, --text-field)"),
                true
            )
        }
        let passthrough = Self.passedThrough(record, except: [fields.html, fields.text])
        do {
            let article = try cleaner.clean(input, template: template)
            guard case var .object(pairs) = writer.value(article) else { return (writer.render(article), false) }
            if let url = Self.string(record.field(fields.url)) { pairs.append(("record_url", .string(url))) }
            // A passed-through field that clashes with one of Winnow's keeps its value as record_NAME.
            let taken = Set(pairs.map(\.0))
            pairs += passthrough.map { taken.contains($0.0) ? ("record_" + $0.0, $0.1) : $0 }
            return (JSONValue.object(pairs).serialized(), false)
        } catch {
            return (Self.errorLine(id: id, line: number, code: error.code, message: error.description), true)
        }
    }

    /// The id of a record line, read again only when its worker failed.
    func recordID(_ line: String) -> String? {
        Self.record(line).flatMap { Self.string($0.field(fields.id)) }
    }

    /// The page a record carries (its HTML, else its text) as the pipeline's input, or nil.
    func input(_ record: JSONValue, id: String) -> RawInput? {
        let html = Self.string(record.field(fields.html))
        guard let body = html ?? Self.string(record.field(fields.text)) else { return nil }
        let format: InputFormat = inputFormat != .auto ? inputFormat : html != nil ? .html : .text
        return RawInput(
            id: id, bytes: Array(body.utf8), format: format, declaredEncoding: encoding,
            recordDate: Self.string(record.field(fields.date)))
    }

    static func errorLine(id: String, line: Int, code: String, message: String) -> String {
        JSONValue.object([
            ("id", .string(id)), ("line", .integer(line)), ("status", .string("error")), ("error", .string(code)),
            ("message", .string(message)),
        ]).serialized()
    }

    /// A field's text: a string as it is, a number as Foundation's `NSNumber` gave it before
    /// (an integer's digits, another number's double: `1e2` is `100.0`), `true` and `false` as
    /// 1 and 0.
    static func string(_ value: JSONValue?) -> String? {
        switch value {
        case let .string(text): return text
        case let .bool(flag): return flag ? "1" : "0"
        default: return value?.numberDescription
        }
    }

    /// The record's other fields for the output, sorted by name, each name once (its last
    /// value), objects inside sorted too; numbers as written, but a whole number below 10^15
    /// written as a fraction or with an exponent (`2.0`, `1e2`) as an integer.
    static func passedThrough(_ record: JSONValue, except skipped: [String]) -> [(String, JSONValue)] {
        guard case let .object(pairs) = record else { return [] }
        var last: [String: JSONValue] = [:]
        for (key, value) in pairs where !skipped.contains(key) { last[key] = value }
        return last.keys.sorted().map { ($0, Self.passed(last[$0] ?? .null)) }
    }

    private static func passed(_ value: JSONValue) -> JSONValue {
        switch value {
        case .number, .numberLiteral:
            guard let number = value.doubleValue, number == number.rounded(), abs(number) < 1e15 else { return value }
            return .integer(Int(number))
        case let .array(items): return .array(items.map(passed))
        case .object: return .object(passedThrough(value, except: []))
        default: return value
        }
    }
}

/// Outputs filled from many threads, each slot once.
private final class Slots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
