import ArgumentParser
import Dispatch
import Foundation
import Glibc
import Winnow

/// `winnow watch`: a daemon that cleans every file dropped into an inbox into an outbox.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Clean every file that lands in INBOX into OUTBOX, then move it to done/ or failed/.",
        discussion: """
            Files are taken only once closed or renamed in and unchanged for --settle; dot-files and
            *.part, *.tmp, *~ and *.swp are left alone. Each output is written to a temporary file,
            fsynced and renamed before its input leaves the inbox, so kill -9 at any moment loses and
            duplicates nothing. SIGTERM or SIGINT finishes the documents in flight and exits 0.

            Example:
              winnow watch /srv/inbox --output /srv/outbox --format json
            """
    )

    @Argument(help: "The folder to watch.") var inbox: String
    @Option(help: "Where outputs go.") var output: String
    @Option(help: "Where cleaned inputs go (default: INBOX/../done).") var done: String?
    @Option(help: "Where failed inputs go, each with NAME.error.json (default: INBOX/../failed).") var failed: String?
    @Option(help: "Output format: text, markdown or json.") var format: OutputFormat = .json
    @Option(help: "Documents cleaned at once (default: all cores).") var jobs: Int = ProcessInfo.processInfo
        .activeProcessorCount
    @Option(help: "How long a file's size and time must stay unchanged before it is read (2s, 500ms, 1m).")
    var settle: Seconds = Seconds(2)
    @Option(help: "Time between full rescans of the inbox; events are only hints (60s).") var rescan: Seconds = Seconds(
        60)
    @OptionGroup(title: "Limits per document") var limitOptions: LimitOptions
    @Flag(help: "Poll instead of using inotify (network filesystems).") var poll = false
    @Flag(help: "Clean what is in the inbox, then exit.") var once = false
    @Flag(name: .customLong("delete-done"), help: "Delete cleaned inputs instead of moving them to done/.")
    var deleteDone = false

    func validate() throws {
        guard format != .jsonl else { throw ValidationError("--format must be text, markdown or json") }
        guard jobs >= 1, settle.value >= 0, rescan.value > 0 else {
            throw ValidationError("--jobs and --rescan must be positive and --settle not negative")
        }
    }

    func run() throws {
        let parent = (URL(fileURLWithPath: inbox).standardizedFileURL.deletingLastPathComponent().path as String)
        let folders = WatchFolders(
            inbox: inbox, outbox: output, done: done ?? parent + "/done", failed: failed ?? parent + "/failed")
        for folder in [folders.outbox, folders.done, folders.failed] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: inbox, isDirectory: &isFolder), isFolder.boolValue else {
            throw WatchError.folder(inbox, "no such folder")
        }
        var options = Options()
        options.limits = limitOptions.limits
        let documents = DocumentCleaner(
            cleaner: Cleaner(options: options), writer: format.writer(options.write), explain: false, encoding: nil)
        // A daemon must outlive any one document: each is cleaned in a worker process that is
        // killed past --timeout and replaced when it crashes.
        let pool =
            limitOptions.timeout > 0
            ? WorkerPool(
                arguments: ["clean", "--as-worker", "--format", format.rawValue] + limitOptions.arguments + ["-"],
                timeout: limitOptions.timeout)
            : nil
        let delivery = Delivery(
            folders: folders, limits: options.limits,
            clean: { name, bytes, format in
                guard let pool else { return documents.clean(name: name, bytes: bytes, format: format) }
                return pool.clean(name: name, bytes: bytes, format: format)
            }, fileExtension: format.writer(options.write).fileExtension, deletesDone: deleteDone)
        let daemon = WatchDaemon(
            folders: folders, delivery: delivery, jobs: jobs, settleSeconds: settle.value, rescanSeconds: rescan.value,
            runsOnce: once)
        try daemon.run(events: FolderEvents(folder: inbox, polling: poll))
    }
}

/// The watch loop: rescan, settle, deliver in bounded batches, wait for events or the next rescan.
final class WatchDaemon {
    let folders: WatchFolders
    let delivery: Delivery
    let jobs: Int
    let rescanSeconds: Double
    let runsOnce: Bool
    private var settler: Settler
    private var retryAt: [String: Double] = [:]
    private let stop = StopFlag()

    /// At most this many inbox entries are looked at per pass, however many arrive.
    static let entriesPerPass = 4096

    init(
        folders: WatchFolders, delivery: Delivery, jobs: Int, settleSeconds: Double, rescanSeconds: Double,
        runsOnce: Bool
    ) {
        self.folders = folders
        self.delivery = delivery
        self.jobs = jobs
        self.rescanSeconds = rescanSeconds
        self.runsOnce = runsOnce
        settler = Settler(settleSeconds: settleSeconds)
    }

    func run(events: FolderEvents) throws {
        let sources = [SIGTERM, SIGINT].map { signalNumber -> DispatchSourceSignal in
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { [stop] in stop.set() }
            source.resume()
            return source
        }
        defer { sources.forEach { $0.cancel() } }
        let strays = [folders.outbox, folders.done, folders.failed].reduce(0) { $0 + DurableFile.removeStrays(in: $1) }
        Self.log(
            "watching \(folders.inbox) -> \(folders.outbox) (\(events.isPolling ? "polling" : "inotify"))"
                + (strays > 0 ? "; removed \(strays) temporary files left by a crash" : ""))
        var lastScan = -Double.infinity
        // Files there at start, and files the kernel says were closed or moved in, are announced.
        var announced = Set(InboxScanner.scan(folders.inbox, limit: Self.entriesPerPass).map(\.name))
        var needsScan = true
        while !stop.isSet {
            let now = Self.clock()
            let isDue =
                needsScan || now - lastScan >= rescanSeconds
                || (settler.nextCheck(now: now).map { $0 <= 0.05 } ?? false) || retryAt.values.contains { $0 <= now }
            if isDue {
                needsScan = false
                lastScan = now
                let entries = InboxScanner.scan(folders.inbox, limit: Self.entriesPerPass)
                    .filter { (retryAt[$0.name] ?? 0) <= now }
                retryAt = retryAt.filter { $0.value > now }
                let ready = settler.ready(entries, now: now) { events.isPolling || announced.contains($0) }
                if !ready.isEmpty {
                    deliver(ready)
                    announced.subtract(ready.map(\.name))
                    needsScan = true
                    continue
                }
                if runsOnce, entries.isEmpty { break }
            }
            let untilRescan = max(0.05, rescanSeconds - (Self.clock() - lastScan))
            let wait = min(untilRescan, settler.nextCheck(now: Self.clock()) ?? untilRescan, 0.5)
            switch events.wait(seconds: wait) {
            case .overflow:
                Self.log("inotify queue overflowed; rescanning")
                needsScan = true
            case let .changed(names):
                announced.formUnion(names)
                needsScan = needsScan || !names.isEmpty
            case .timeout: break
            }
        }
        Self.log(
            stop.isSet ? "stopped by signal after finishing the documents in flight" : "inbox empty; exiting (--once)")
    }

    /// Delivers in batches of a few per core, in parallel; a signal stops after the batch.
    private func deliver(_ entries: [InboxScanner.Entry]) {
        let batchSize = jobs * 4
        var start = 0
        while start < entries.count, !stop.isSet {
            let batch = Array(entries[start..<min(entries.count, start + batchSize)])
            start += batchSize
            let outcomes = UnsafeOutcomes(count: batch.count)
            let delivery = self.delivery
            DispatchQueue.concurrentPerform(iterations: batch.count) { index in
                let began = Self.clock()
                outcomes.set(index, (delivery.deliver(batch[index]), Self.clock() - began))
            }
            for (entry, (outcome, seconds)) in zip(batch, outcomes.values) {
                let milliseconds = Int(seconds * 1000)
                switch outcome {
                case let .delivered(status): Self.log("\(entry.name) \(status) \(milliseconds) ms")
                case let .failed(code): Self.log("\(entry.name) failed (\(code)) \(milliseconds) ms")
                case let .retry(reason):
                    retryAt[entry.name] = Self.clock() + min(rescanSeconds, 1)
                    Self.log("\(entry.name) waiting: \(reason); will retry")
                }
            }
        }
    }

    static func clock() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    static func log(_ line: String) {
        FileHandle.standardError.write(Data(("winnow watch: " + line + "\n").utf8))
    }
}

/// Set from a signal handler's queue, read by the loop.
final class StopFlag: @unchecked Sendable {
    private var value = false
    private let lock = NSLock()
    func set() { lock.lock(); value = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
}

/// Outcome slots filled by `concurrentPerform`; each slot is written once.
private final class UnsafeOutcomes: @unchecked Sendable {
    private var slots: [(Delivery.Outcome, Double)?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: (Delivery.Outcome, Double)) { lock.lock(); slots[index] = value; lock.unlock() }
    var values: [(Delivery.Outcome, Double)] {
        slots.map { $0 ?? (.retry(reason: "not processed"), 0) }
    }
}

/// A span of time on the command line: `2s`, `500ms`, `1m`, or a plain number of seconds.
struct Seconds: ExpressibleByArgument, Sendable {
    var value: Double

    init(_ value: Double) { self.value = value }

    init?(argument: String) {
        let units: [(suffix: String, scale: Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]
        for unit in units where argument.hasSuffix(unit.suffix) {
            guard let number = Double(argument.dropLast(unit.suffix.count)) else { return nil }
            value = number * unit.scale
            return
        }
        guard let number = Double(argument) else { return nil }
        value = number
    }
}
