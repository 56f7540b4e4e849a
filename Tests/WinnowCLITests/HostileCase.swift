import Foundation

/// One hostile input: how to write it, what `winnow clean --format jsonl` must print for it, and
/// how long and how much memory that may take.
struct HostileCase: Sendable, CustomStringConvertible {
    var name: String
    var fileName: String
    /// Writes the input to the given file; big inputs are written in chunks, never held whole.
    var write: @Sendable (URL) throws -> Void
    /// One expectation per output line, in order: one for a document, one per record for
    /// `.jsonl` and `.warc` inputs.
    var records: [RecordExpectation]
    var seconds: Double = 10
    var megabytes: Double = 400
    /// Flags for this input's run, before its path.
    var arguments: [String] = []
    /// False for inputs too slow to write or read to be worth a place in the batch run.
    var isInBatch = true

    var description: String { name }
}

/// What one output line must show.
struct RecordExpectation: Sendable {
    /// The statuses accepted (the contract allows `ok` or `ok-lossy` for some inputs).
    var statuses: Set<String>
    /// The `error` code, for `error` records.
    var error: String? = nil
    /// Lossy codes that must be listed.
    var lossy: Set<String> = []
    /// When set, every listed lossy code must be one of these.
    var allowedLossy: Set<String>? = nil
    /// Lossy codes that must not be listed.
    var forbiddenLossy: Set<String> = []
    /// The record's `id` in a batch, when the input fixes it (nil: any id).
    var id: String? = nil
    /// Content checks; each returns a problem, or nil when the record passes.
    var checks: [@Sendable (OutputRecord) -> String?] = []

    static func ok(id: String? = nil, _ checks: [@Sendable (OutputRecord) -> String?] = []) -> Self {
        RecordExpectation(statuses: ["ok"], id: id, checks: checks)
    }

    /// `ok`, or `ok-lossy` listing nothing but `lossy` codes.
    static func okOrLossy(_ lossy: Set<String>, _ checks: [@Sendable (OutputRecord) -> String?] = []) -> Self {
        RecordExpectation(statuses: ["ok", "ok-lossy"], allowedLossy: lossy, checks: checks)
    }

    static func lossy(_ codes: Set<String>, _ checks: [@Sendable (OutputRecord) -> String?] = []) -> Self {
        RecordExpectation(statuses: ["ok-lossy"], lossy: codes, checks: checks)
    }

    static func error(_ code: String, id: String? = nil) -> Self {
        RecordExpectation(statuses: ["error"], error: code, id: id)
    }

    static let noArticle = RecordExpectation(statuses: ["no-article"])

    /// Everything wrong with `record`; empty when it meets the expectation.
    func problems(_ record: OutputRecord) -> [String] {
        var problems: [String] = []
        let status = record.status ?? "nil"
        if !statuses.contains(status) {
            let detail = [record.error, record.message].compactMap { $0 }.joined(separator: ": ")
            problems.append(
                "status \(status)\(detail.isEmpty ? "" : " (\(detail.prefix(160)))"), "
                    + "want \(statuses.sorted().joined(separator: " or "))")
        }
        if let error, record.error != error { problems.append("error \(record.error ?? "nil"), want \(error)") }
        if status == "error", record.message?.isEmpty ?? true { problems.append("error record without a message") }
        let codes = record.lossyCodes
        if !lossy.isSubset(of: codes) { problems.append("lossy \(codes.sorted()), want \(lossy.sorted())") }
        if let allowedLossy, !codes.isSubset(of: allowedLossy) {
            problems.append("lossy \(codes.sorted()), allowed \(allowedLossy.sorted())")
        }
        if !codes.isDisjoint(with: forbiddenLossy) { problems.append("lossy lists \(codes.sorted())") }
        // Content checks only mean something once there is an article; a wrong status is reported above.
        if status.hasPrefix("ok") { problems += checks.compactMap { $0(record) } }
        return problems
    }
}

/// Content checks for `RecordExpectation.checks`.
enum Check {
    /// Every snippet appears in the article text.
    static func text(contains snippets: String...) -> @Sendable (OutputRecord) -> String? {
        { record in
            let missing = snippets.filter { !record.text.contains($0) }
            return missing.isEmpty
                ? nil : "text (\(record.text.utf8.count) bytes) lacks \(missing.map { "\"\($0.prefix(50))…\"" })"
        }
    }

    /// The article text is at least `bytes` long in UTF-8.
    static func text(atLeast bytes: Int) -> @Sendable (OutputRecord) -> String? {
        { $0.text.utf8.count >= bytes ? nil : "text is \($0.text.utf8.count) bytes, want at least \(bytes)" }
    }

    /// The article text is shorter than `bytes` in UTF-8.
    static func text(under bytes: Int) -> @Sendable (OutputRecord) -> String? {
        { $0.text.utf8.count < bytes ? nil : "text is \($0.text.utf8.count) bytes, want under \(bytes)" }
    }

    /// The whole output line, metadata included, never contains `snippet`.
    static func line(lacks snippet: String) -> @Sendable (OutputRecord) -> String? {
        { $0.line.contains(snippet) ? "output contains \"\(snippet)\"" : nil }
    }

    /// No C0 or C1 control character but newline and tab in the article text.
    static let noControlCharacters: @Sendable (OutputRecord) -> String? = { record in
        let controls = record.text.unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
        }
        guard let first = controls.first else { return nil }
        return "text has \(controls.count) control characters, first U+\(String(first.value, radix: 16))"
    }
}

/// One parsed line of `winnow clean --format jsonl` output.
struct OutputRecord {
    /// The field the article text is in. The contract calls it `text`; the documented JSON
    /// shape (samples/pages/*/expected.json, README "JSON output") calls it `body`.
    static let textField = "body"

    var line: Substring
    var object: [String: Any]

    init?(_ line: Substring) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            return nil
        }
        self.line = line
        self.object = object
    }

    var id: String? { object["id"] as? String }
    var status: String? { object["status"] as? String }
    var error: String? { object["error"] as? String }
    var message: String? { object["message"] as? String }
    var text: String { object[Self.textField] as? String ?? "" }

    /// The codes of the `lossy` array: `[{"code": …, "message": …}]`.
    var lossyCodes: Set<String> {
        Set((object["lossy"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String })
    }
}
