import Foundation
import Winnow

/// What a batch did: counts by status, removed blocks by label, throughput. Printed on standard
/// error at the end of a batch and written as JSON with `--stats FILE`.
struct RunSummary {
    var documents = 0
    /// Inputs `--resume` found already done and did not clean again.
    var skipped = 0
    var byStatus: [String: Int] = [:]
    var removedByLabel: [String: Int] = [:]
    var bytes = 0
    var seconds = 0.0

    mutating func add(_ result: Result<Outcome, InputError>, bytes: Int) {
        documents += 1
        self.bytes += bytes
        switch result {
        case let .success(outcome):
            byStatus[outcome.status, default: 0] += 1
            for (label, count) in outcome.removed { removedByLabel[label, default: 0] += count }
        case .failure: byStatus["error", default: 0] += 1
        }
    }

    var documentsPerSecond: Double { seconds > 0 ? Double(documents) / seconds : 0 }
    var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1_000_000 / seconds : 0 }

    var line: String {
        let statuses = byStatus.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        let removed = removedByLabel.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(6).map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let resumed = skipped > 0 ? " (\(skipped) more skipped as already done)" : ""
        return "winnow: \(documents) documents (\(statuses))\(resumed) in \(String(format: "%.1f", seconds)) s, "
            + "\(String(format: "%.1f", documentsPerSecond)) docs/s, \(String(format: "%.2f", megabytesPerSecond)) MB/s"
            + (removed.isEmpty ? "" : "; removed most: \(removed)")
    }

    var json: JSONValue {
        .object([
            ("documents", .integer(documents)), ("skipped", .integer(skipped)),
            ("by_status", .object(byStatus.sorted { $0.key < $1.key }.map { ($0.key, .integer($0.value)) })),
            (
                "removed_by_label",
                .object(removedByLabel.sorted { $0.key < $1.key }.map { ($0.key, .integer($0.value)) })
            ),
            ("bytes", .integer(bytes)), ("seconds", .number(seconds)),
            ("documents_per_second", .number(documentsPerSecond)),
            ("megabytes_per_second", .number(megabytesPerSecond)),
        ])
    }
}

/// A one-line progress bar on a terminal's standard error, redrawn at most five times a second.
final class ProgressLine: @unchecked Sendable {
    private let total: Int
    private let started = Date()
    private var done = 0, failed = 0, bytes = 0
    private var lastDraw = Date.distantPast
    private let lock = NSLock()
    let isEnabled: Bool

    init(total: Int, quiet: Bool) {
        self.total = total
        isEnabled = !quiet && isatty(2) == 1
    }

    func finished(bytes: Int, failed: Bool) {
        guard isEnabled else { return }
        lock.lock()
        defer { lock.unlock() }
        done += 1
        self.bytes += bytes
        if failed { self.failed += 1 }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.2 || done == total else { return }
        lastDraw = now
        let seconds = max(0.001, now.timeIntervalSince(started))
        let rate = Double(done) / seconds
        let eta = rate > 0 ? Double(total - done) / rate : 0
        let width = 24, filled = total > 0 ? width * done / total : 0
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let text = String(
            format: "\r[%@] %d/%d  %.0f docs/s  %.1f MB/s  ETA %.0f s  %d failed ", bar, done, total, rate,
            Double(self.bytes) / 1_000_000 / seconds, eta, self.failed)
        FileHandle.standardError.write(Data(text.utf8))
        if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
