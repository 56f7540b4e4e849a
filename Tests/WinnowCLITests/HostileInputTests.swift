import Foundation
import Testing

/// The hostile corpus through the built binary: each input alone with its own time and memory
/// bounds, then all of them in one batch. Serialized, so one run's load does not skew another's clock.
@Suite(.serialized) struct HostileInputTests {
    @Test func eachHostileInputEndsAsItsRecordsWithinItsBounds() throws {
        let folder = try WinnowBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var rows: [HostileRow] = []
        for hostile in HostileCorpus.all {
            let input = folder.appendingPathComponent(hostile.fileName)
            try hostile.write(input)
            // One input on disk at a time: the gigabyte goes before the next is written.
            defer { try? FileManager.default.removeItem(at: input) }
            let run = try MeasuredRun.winnow(
                ["clean", "--format", "jsonl"] + hostile.arguments + [input.path],
                output: folder.appendingPathComponent(hostile.name),
                killAfter: hostile.seconds * 2 + 5)
            rows.append(HostileRow(hostile: hostile, run: run, problems: try Self.problems(hostile, run)))
        }
        print(HostileRow.table(rows))
        let failing = rows.filter { !$0.problems.isEmpty }
        if !failing.isEmpty {
            let report = failing.map(\.report).joined(separator: "\n")
            Issue.record("\(failing.count) of \(rows.count) hostile inputs fail:\n\(report)")
        }
    }

    @Test func oneBatchRunGivesEveryInputItsRecordsAndGoesOnPastEachOne() throws {
        let folder = try WinnowBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases = HostileCorpus.all.filter(\.isInBatch)
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let paths = try cases.map { hostile in
            let url = inputs.appendingPathComponent(hostile.fileName)
            try hostile.write(url)
            return url.path
        }
        // Listed one by one: a folder walk takes only .html/.htm/.txt (and .gz), and the
        // contract reads a .jsonl or .warc named on the command line as a file of records.
        let run = try MeasuredRun.winnow(
            // The corpus builds every page from the same few paragraphs, which in one folder is what
            // a site's template looks like: site learning would remove them. This run is about
            // hostile input, so each page is judged alone.
            ["clean", "--format", "jsonl", "--timeout", "60", "--no-site-learning"] + paths,
            output: folder.appendingPathComponent("batch"),
            killAfter: 90)
        // Two documents in flight (two cores) at the single-input bound of 400 MB each.
        var problems = Self.runProblems(run, wantExit: 1, seconds: 60, megabytes: 800)
        let records = try run.outputLines().map { OutputRecord($0) }
        problems += BatchAlignment(cases: cases, paths: paths, records: records).problems
        let figures = "\(run.figures), \(records.count) lines for \(cases.count) inputs"
        print("hostile batch: \(figures)")
        if !problems.isEmpty {
            let report = problems.prefix(40).joined(separator: "\n")
            Issue.record("hostile batch (\(figures)):\n\(report)\nstderr: \(run.errorExcerpt())")
        }
    }

    /// Everything wrong with one input's run: how it ended, its time and memory, each record.
    static func problems(_ hostile: HostileCase, _ run: MeasuredRun) throws -> [String] {
        // A document that fails exits 1; a file of records reports failures as records and exits 0.
        let failing =
            !BatchAlignment.isRecordFile(hostile.fileName) && hostile.records.contains { $0.statuses == ["error"] }
        var problems = runProblems(
            run, wantExit: failing ? 1 : 0, seconds: hostile.seconds, megabytes: hostile.megabytes)
        let lines = try run.outputLines()
        if lines.count != hostile.records.count {
            problems.append("\(lines.count) output lines, want \(hostile.records.count)")
        }
        for (index, (line, expectation)) in zip(lines, hostile.records).enumerated() {
            let prefix = hostile.records.count > 1 ? "record \(index + 1): " : ""
            guard let record = OutputRecord(line) else {
                problems.append(prefix + "not a JSON object: \(line.prefix(80))")
                continue
            }
            if let id = expectation.id, record.id != id {
                problems.append(prefix + "id \(record.id ?? "nil"), want \(id)")
            }
            problems += expectation.problems(record).map { prefix + $0 }
        }
        return problems
    }

    /// A crash, a hang, a wrong exit status, or a bound overrun.
    static func runProblems(_ run: MeasuredRun, wantExit: Int32, seconds: Double, megabytes: Double) -> [String] {
        var problems: [String] = []
        if run.timedOut {
            problems.append("hung: killed after \(fixed(run.seconds, 1)) s")
        } else if let signal = run.signal {
            problems.append("crashed: signal \(signal) (\(String(cString: strsignal(signal))))")
        } else if run.exitStatus != wantExit {
            problems.append("exit \(run.exitText), want \(wantExit)")
        }
        if run.seconds > seconds { problems.append("took \(fixed(run.seconds, 2)) s, bound \(fixed(seconds, 0)) s") }
        if run.peakMegabytes > megabytes {
            problems.append("peak \(fixed(run.peakMegabytes, 0)) MB, bound \(fixed(megabytes, 0)) MB")
        }
        return problems
    }
}

/// One line of the results table.
struct HostileRow {
    var hostile: HostileCase
    var run: MeasuredRun
    var problems: [String]

    var report: String { "  \(hostile.name) (\(run.figures)): " + problems.joined(separator: "; ") }

    /// A Markdown table of every case with its measured figures and its first problems.
    static func table(_ rows: [HostileRow]) -> String {
        let header =
            "| case | result | seconds (bound) | peak MB (bound) | exit | problems |\n|---|---|---|---|---|---|\n"
        return header
            + rows.map { row in
                let figures =
                    "\(fixed(row.run.seconds, 2)) (\(fixed(row.hostile.seconds, 0))) | "
                    + "\(fixed(row.run.peakMegabytes, 0)) (\(fixed(row.hostile.megabytes, 0)))"
                let problems = row.problems.joined(separator: "; ").replacingOccurrences(of: "|", with: "/")
                return "| \(row.hostile.name) | \(row.problems.isEmpty ? "pass" : "FAIL") | \(figures) | "
                    + "\(row.run.exitText) | \(problems.prefix(300)) |"
            }.joined(separator: "\n")
    }
}

extension MeasuredRun {
    /// The exit status, or the signal that ended the run.
    var exitText: String {
        if let exitStatus { return "\(exitStatus)" }
        return "signal \(signal ?? 0)"
    }

    /// Time, peak memory and exit, for reports.
    var figures: String { "\(fixed(seconds, 2)) s, \(fixed(peakMegabytes, 0)) MB peak, exit \(exitText)" }
}

/// `value` with `digits` decimals.
func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
