import Foundation
import Testing

/// The worker processes behind `--timeout`: a runaway document is stopped, a crashed worker is
/// replaced, and the batch goes on either way. Real processes, real signals, no stand-ins.
@Suite struct SupervisorTests {
    static let prose =
        "The council met on Tuesday evening to discuss the budget for the coming year, and the members agreed that the library should stay open on Sundays. "

    /// A page libxml2 needs minutes for when the attribute guard is lifted (~400 s measured).
    /// The first attribute is written oddly (a quoted name), so the markup guard, which leaves
    /// the unread `a0`... out of a plainly written tag, hands this one to libxml2 as it is.
    static func attributeFlood(count: Int) -> Data {
        var page = "<html><body><div \"odd\""
        for index in 0..<count { page += " a\(index)=\"1\"" }
        return Data((page + "><p>" + prose + prose + "</p></div></body></html>").utf8)
    }

    static let goodPage = Data(("<html><body><h1>Budget</h1><p>" + prose + prose + "</p></body></html>").utf8)

    @Test func aDocumentPastTheTimeoutIsStoppedAndTheBatchGoesOn() throws {
        let folder = try WinnowBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.attributeFlood(count: 200_000).write(to: folder.appendingPathComponent("a-flood.html"))
        try Self.goodPage.write(to: folder.appendingPathComponent("b-good.html"))
        let started = Date()
        let run = try WinnowBinary.run(
            ["clean", "--format", "jsonl", "--max-attributes", "1000000", "--timeout", "2", "--jobs", "1", folder.path])
        let seconds = Date().timeIntervalSince(started)
        let records = try WinnowBinary.records(run.stdout)
        #expect(records.count == 2)
        #expect(records.first?["status"] as? String == "error")
        #expect(records.first?["error"] as? String == "timeout")
        #expect((records.first?["message"] as? String)?.contains("--timeout") == true)
        #expect(records.last?["status"] as? String == "ok")
        #expect(run.status == 1)
        #expect(seconds < 15, "took \(seconds) s")
    }

    @Test func withTheGuardOnTheSameFloodIsCleanedLossyInSeconds() throws {
        let folder = try WinnowBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("flood.html")
        try Self.attributeFlood(count: 200_000).write(to: page)
        let started = Date()
        let run = try WinnowBinary.run(["clean", "--format", "jsonl", page.path])
        let record = try #require(try WinnowBinary.records(run.stdout).first)
        #expect(record["status"] as? String == "ok-lossy")
        let losses = record["lossy"] as? [[String: Any]] ?? []
        #expect(losses.map { $0["code"] as? String } == ["attributes-dropped"])
        #expect((record["body"] as? String)?.hasPrefix("The council met") == true)
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func aWorkerKilledMidDocumentGivesAnErrorRecordAndANewWorker() throws {
        let folder = try WinnowBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.attributeFlood(count: 200_000).write(to: folder.appendingPathComponent("a-flood.html"))
        try Self.goodPage.write(to: folder.appendingPathComponent("b-good.html"))
        let output = folder.appendingPathComponent("out.jsonl")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        let process = Process()
        process.executableURL = WinnowBinary.url
        process.arguments = [
            "clean", "--format", "jsonl", "--max-attributes", "1000000", "--timeout", "120", "--jobs", "1",
            "--quiet", folder.appendingPathComponent("a-flood.html").path,
            folder.appendingPathComponent("b-good.html").path,
        ]
        process.standardOutput = try FileHandle(forWritingTo: output)
        try process.run()
        // Wait for the worker to be busy with the flood, then kill it as the kernel's OOM killer would.
        var worker: Int32?
        for _ in 0..<100 where worker == nil {
            Thread.sleep(forTimeInterval: 0.1)
            worker = Self.workerPID(of: process.processIdentifier)
        }
        let pid = try #require(worker)
        // Busy means it has spent CPU time (a quarter second) on the flood, however loaded the machine.
        for _ in 0..<300 where Self.cpuTicks(pid) < 25 { Thread.sleep(forTimeInterval: 0.05) }
        kill(pid, SIGKILL)
        process.waitUntilExit()
        let records = try WinnowBinary.records(String(decoding: try Data(contentsOf: output), as: UTF8.self))
        #expect(records.count == 2)
        #expect(records.first?["error"] as? String == "worker-crashed")
        #expect((records.first?["message"] as? String)?.contains("signal 9") == true)
        #expect(records.last?["status"] as? String == "ok")
        #expect(Self.workerPID(of: process.processIdentifier) == nil)
    }

    @Test func aDocumentPastTheMemoryCapFailsAloneAsOutOfMemory() throws {
        let folder = try WinnowBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // 16 MB of prose in one paragraph: cleaning it needs far more than 300 MB of address
        // space (8 MB was enough once, with a margin that memory savings could eat).
        let big =
            "<html><body><p>" + String(repeating: Self.prose, count: 16_000_000 / Self.prose.utf8.count)
            + "</p></body></html>"
        try Data(big.utf8).write(to: folder.appendingPathComponent("a-big.html"))
        try Self.goodPage.write(to: folder.appendingPathComponent("b-good.html"))
        // A megabyte written to standard error first: the fatal line is found in the kept tail.
        let run = try WinnowBinary.run(
            [
                "clean", "--format", "jsonl", "--no-site-learning", "--max-memory", "300", "--timeout", "60",
                folder.path,
            ],
            environment: ["WINNOW_TEST_WORKER_STDERR_BYTES": "1000000"])
        let records = try WinnowBinary.records(run.stdout)
        #expect(records.map { $0["status"] as? String } == ["error", "ok"])
        #expect(records.first?["error"] as? String == "out-of-memory")
        #expect((records.first?["message"] as? String)?.contains("--max-memory") == true)
        // The worker's own standard error goes to the supervisor, which keeps its one fatal line:
        // the record and the run's standard error carry the cause, never a stack trace.
        let message = records.first?["message"] as? String ?? ""
        #expect(message.contains("failed to allocate") && !message.contains("\n"))
        #expect(!message.contains("stack trace") && !run.stderr.contains("stack trace"))
    }

    @Test func aJSONLineLongerThanAnyRecordIsAnErrorRecordAndNotHeld() throws {
        let good = "{\"id\":\"g\",\"html\":\"<p>\(Self.prose)\(Self.prose)</p>\"}\n"
        let huge = "{\"id\":\"huge\",\"html\":\"" + String(repeating: "x", count: 3_000_000) + "\"}\n"
        let run = try WinnowBinary.run(
            ["clean", "--format", "jsonl", "--max-bytes", "1000000", "-"], stdin: Data((good + huge + good).utf8))
        let records = try WinnowBinary.records(run.stdout)
        #expect(records.map { $0["status"] as? String } == ["ok", "error", "ok"])
        try #require(records.count == 3)
        #expect(records[1]["error"] as? String == "too-large")
        #expect(records[1]["line"] as? Int == 2)
        #expect(run.status == 0)
    }

    @Test func aFileOverTheLimitIsRefusedWithItsRealSize() throws {
        let folder = try WinnowBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("big.txt")
        try Data(repeating: UInt8(ascii: "a"), count: 2_000_000).write(to: big)
        let run = try WinnowBinary.run(["clean", "--format", "jsonl", "--max-bytes", "1000", big.path])
        let record = try #require(try WinnowBinary.records(run.stdout).first)
        #expect(record["error"] as? String == "too-large")
        #expect((record["message"] as? String)?.contains("2000000 bytes") == true)
    }

    /// User and system CPU time of a process in clock ticks (1/100 s), from /proc.
    static func cpuTicks(_ pid: Int32) -> Int {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return 0 }
        let fields = stat[stat.index(close, offsetBy: 2)...].split(separator: " ")
        guard fields.count > 12 else { return 0 }
        return (Int(fields[11]) ?? 0) + (Int(fields[12]) ?? 0)
    }

    /// The worker process a `winnow clean` started, read from /proc.
    static func workerPID(of parent: Int32) -> Int32? {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in entries {
            guard let pid = Int32(entry),
                let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { continue }
            let fields = stat[stat.index(close, offsetBy: 2)...].split(separator: " ")
            guard fields.count > 1, Int32(fields[1]) == parent else { continue }
            let command = (try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(entry)/cmdline"))) ?? Data()
            if String(decoding: command, as: UTF8.self).contains("--as-worker") { return pid }
        }
        return nil
    }
}
