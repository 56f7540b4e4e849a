import Foundation

/// Matches a batch run's output lines to its inputs: a document's one record carries its path as
/// `id`, and the records of a `.jsonl` or `.warc` file fill the gap between the documents around it.
///
/// Matching by id rather than by position keeps one missing or extra line from turning every
/// later line into a mismatch, so the report names the input that went wrong.
struct BatchAlignment {
    var cases: [HostileCase]
    var paths: [String]
    /// The output lines, nil where a line is not a JSON object.
    var records: [OutputRecord?]

    static func isRecordFile(_ name: String) -> Bool {
        [".jsonl", ".warc", ".warc.gz", ".jsonl.gz"].contains { name.hasSuffix($0) }
    }

    var problems: [String] {
        var problems = records.enumerated().compactMap { index, record in
            record == nil ? "line \(index + 1) is not a JSON object" : nil
        }
        // Where each document's record is; record files in between are collected as a gap.
        var previous = -1
        var gap: [(name: String, expectation: RecordExpectation)] = []
        for (hostile, path) in zip(cases, paths) {
            if Self.isRecordFile(hostile.fileName) {
                gap += hostile.records.map { (hostile.name, $0) }
                continue
            }
            let matches = records.indices.filter { records[$0]?.id == path }
            guard matches.count == 1, let index = matches.first else {
                problems.append("\(hostile.name): \(matches.count) records with its path as id, want 1")
                continue
            }
            if index <= previous { problems.append("\(hostile.name): its record is out of order (line \(index + 1))") }
            problems += gapProblems(gap, lines: (previous + 1)..<max(previous + 1, index))
            gap = []
            previous = max(previous, index)
            if let record = records[index] {
                problems += hostile.records[0].problems(record).map { "\(hostile.name): \($0)" }
            }
        }
        problems += gapProblems(gap, lines: (previous + 1)..<max(previous + 1, records.count))
        return problems
    }

    /// The lines between two documents against the records the record files there must give.
    private func gapProblems(_ gap: [(name: String, expectation: RecordExpectation)], lines: Range<Int>) -> [String] {
        guard lines.count == gap.count else {
            let names = Set(gap.map(\.name)).sorted().joined(separator: ", ")
            let ids = lines.map { records[$0]?.id ?? "?" }.prefix(6).joined(separator: ", ")
            return [
                "lines \(lines.lowerBound + 1)..<\(lines.upperBound + 1): \(lines.count) records (\(ids)), want "
                    + "\(gap.count) from [\(names)]"
            ]
        }
        return zip(lines, gap).compactMap { line, expected in
            guard let record = records[line] else { return nil }
            let want = expected.expectation
            var wrong = want.problems(record)
            if let id = want.id, record.id != id { wrong.append("id \(record.id ?? "nil"), want \(id)") }
            return wrong.isEmpty ? nil : "\(expected.name) line \(line + 1): " + wrong.joined(separator: "; ")
        }
    }
}
