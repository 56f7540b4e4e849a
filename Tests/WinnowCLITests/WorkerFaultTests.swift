import Foundation
import Testing

/// Workers told to misbehave (`WorkerFaults`): real worker processes, real pipes, no stand-ins.
@Suite struct WorkerFaultTests {
    @Test func aWorkerWritingAMegabyteToStandardErrorStillAnswers() throws {
        let folder = try WinnowBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["a", "b"] {
            try SupervisorTests.goodPage.write(to: folder.appendingPathComponent(name + ".html"))
        }
        let started = Date()
        // Far past a pipe's 64 KB: a worker nobody drains blocks on its standard error until
        // --timeout stops it.
        let run = try WinnowBinary.run(
            ["clean", "--format", "jsonl", "--no-site-learning", "--timeout", "10", "--jobs", "1", folder.path],
            environment: ["WINNOW_TEST_WORKER_STDERR_BYTES": "1000000"])
        let seconds = Date().timeIntervalSince(started)
        let records = try WinnowBinary.records(run.stdout)
        #expect(records.map { $0["status"] as? String } == ["ok", "ok"], "\(run.stdout)")
        #expect(run.status == 0)
        #expect(seconds < 8, "took \(seconds) s")
    }
}
