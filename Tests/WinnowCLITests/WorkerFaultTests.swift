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

    enum Container: String, CaseIterable, Sendable { case folder, jsonl, warc }

    /// The site's six pages and, fourth, one of the same site that hangs its worker.
    static func write(_ container: Container, into folder: URL) throws -> (path: String, ids: [String]) {
        var records = try SiteLearningTests.records(html: container == .warc).filter { $0.id != "other" }
        let hanging = records[0].page + " " + WorkerFaultsMarker.text
        records.insert(("hang.txt", "https://www.dalescourier.example/news/hang.txt", hanging), at: 3)
        switch container {
        case .folder:
            let pages = folder.appendingPathComponent("pages")
            try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
            for record in records {
                try Data(record.page.utf8).write(to: pages.appendingPathComponent(record.id))
            }
            // A folder is walked in name order; a document's id is its path.
            return (pages.path, records.map { pages.appendingPathComponent($0.id).path }.sorted())
        case .jsonl:
            let lines = try records.map { record in
                let object: [String: Any] = ["id": record.id, "url": record.url, "text": record.page]
                return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
            }
            let file = folder.appendingPathComponent("dump.jsonl")
            try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
            return (file.path, records.map(\.id))
        case .warc:
            var archive = Data()
            for record in records {
                archive += Warc.response(id: record.id, html: Data(record.page.utf8), url: record.url)
            }
            let file = folder.appendingPathComponent("crawl.warc")
            try archive.write(to: file)
            return (file.path, records.map { "urn:uuid:" + $0.id })
        }
    }

    @Test(arguments: Container.allCases)
    func aRecordStoppedInTheLearningPassIsNotTriedAgain(_ container: Container) throws {
        let folder = try WinnowBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (path, ids) = try Self.write(container, into: folder)
        let log = folder.appendingPathComponent("hangs.log")
        let run = try WinnowBinary.run(
            ["clean", "--format", "jsonl", "--timeout", "5", "--jobs", "2", "--quiet", path],
            environment: ["WINNOW_TEST_WORKER_HANG_LOG": log.path])
        let records = try WinnowBinary.records(run.stdout)
        // Exactly one record per input, in input order, the hanging one an error record.
        #expect(records.map { $0["id"] as? String } == ids)
        #expect(records.map { $0["status"] as? String } == ids.map { $0.hasSuffix("hang.txt") ? "error" : "ok" })
        #expect(records.first { $0["status"] as? String == "error" }?["error"] as? String == "timeout")
        // One attempt, so one timeout paid: the learning pass's.
        let attempts = (try? String(contentsOf: log, encoding: .utf8))?.split(separator: "\n") ?? []
        #expect(attempts.count == 1, "\(attempts)")
    }
}

/// The text that makes a worker hang under `WINNOW_TEST_WORKER_HANG_LOG` (`WorkerFaults.hangMarker`).
enum WorkerFaultsMarker {
    static let text = "winnow-test-hang"
}
