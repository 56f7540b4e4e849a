import Foundation
import Testing

/// JSON lines and WARC files with `--output DIR`: one `DIR/NAME.jsonl` each, written as it goes,
/// in place only when complete, and resumable after a kill.
@Suite struct RecordOutputTests {
    static let seed = "samples/text/seed-000-latest-news-list/input.txt"

    /// 400 records: the seed dump with a different first line each, and a running id.
    static func dump(in folder: URL) throws -> URL {
        let seed = try String(contentsOf: WinnowBinary.root.appendingPathComponent(Self.seed), encoding: .utf8)
        let lines = try (0..<400).map { index in
            let object: [String: Any] = ["id": "r\(index)", "text": "Edition \(index)\n" + seed]
            return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        }
        let dump = folder.appendingPathComponent("dump.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: dump, atomically: true, encoding: .utf8)
        return dump
    }

    @Test func aKilledRunResumesAfterItsLastCompleteLineAndEndsLikeACleanRun() throws {
        let folder = try WinnowBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dump = try Self.dump(in: folder)
        let out = folder.appendingPathComponent("out"), clean = folder.appendingPathComponent("clean")
        let partial = out.appendingPathComponent(".dump.jsonl.partial")
        let flags = ["clean", "--format", "jsonl", "--quiet", "--no-site-learning", "--jobs", "1"]

        let process = Process()
        process.executableURL = WinnowBinary.url
        process.arguments = flags + ["--output", out.path, dump.path]
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        func written() -> Int { ((try? Data(contentsOf: partial)) ?? Data()).filter { $0 == 0x0A }.count }
        while process.isRunning, written() < 40, Date() < deadline { usleep(2_000) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let done = written()
        #expect(done >= 40 && done < 400)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("dump.jsonl").path))
        // A half-written last line, as a kill mid-write leaves it.
        let handle = try FileHandle(forWritingTo: partial)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"id\":\"r".utf8))
        try handle.close()

        let resumed = try WinnowBinary.run(
            flags.filter { $0 != "--quiet" } + ["--resume", "--output", out.path, dump.path])
        #expect(resumed.status == 0)
        #expect(resumed.stderr.contains("\(done) records already written"))
        _ = try WinnowBinary.run(flags + ["--output", clean.path, dump.path])
        let result = try String(contentsOf: out.appendingPathComponent("dump.jsonl"), encoding: .utf8)
        #expect(result == (try String(contentsOf: clean.appendingPathComponent("dump.jsonl"), encoding: .utf8)))
        #expect(result.split(separator: "\n").count == 400)
        #expect(!FileManager.default.fileExists(atPath: partial.path))

        // A finished file is left alone by another resume.
        let again = try WinnowBinary.run(
            flags.filter { $0 != "--quiet" } + ["--resume", "--output", out.path, dump.path])
        #expect(again.stderr.contains("already complete"))
    }

    @Test func aWARCAndADumpEachGetTheirOwnFileAndDocumentsShareWinnowJSONL() throws {
        let folder = try WinnowBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dump = try Self.dump(in: folder)
        let out = folder.appendingPathComponent("out")
        let run = try WinnowBinary.run(
            [
                "clean", "--format", "jsonl", "--quiet", "--output", out.path, dump.path,
                "samples/warc/crawl.warc.gz", Self.seed, "samples/text/seed-001-dateline-and-asterisks/input.txt",
            ])
        #expect(run.status == 0, "\(run.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == ["crawl.jsonl", "dump.jsonl", "winnow.jsonl"])
        let lines = { (name: String) in
            try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8).split(separator: "\n").count
        }
        #expect(try lines("dump.jsonl") == 400)
        #expect(try lines("crawl.jsonl") == 2)
        #expect(try lines("winnow.jsonl") == 2)
        #expect(run.stdout.isEmpty)
    }

    @Test func documentsAroundARecordFileShareOneOutputAndClashingNamesAreRefused() throws {
        let folder = try WinnowBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dump = try Self.dump(in: folder)
        let out = folder.appendingPathComponent("out")
        let seed1 = "samples/text/seed-001-dateline-and-asterisks/input.txt"
        let run = try WinnowBinary.run(
            ["clean", "--format", "jsonl", "--quiet", "--output", out.path, Self.seed, dump.path, seed1])
        #expect(run.status == 0, "\(run.stderr)")
        let documents = try String(contentsOf: out.appendingPathComponent("winnow.jsonl"), encoding: .utf8)
        #expect(documents.split(separator: "\n").count == 2)

        let gzipped = folder.appendingPathComponent("dump.jsonl.gz")
        try CleanCommandTests.appendGzipMember(try Data(contentsOf: dump), to: gzipped)
        let clash = try WinnowBinary.run(["clean", "--format", "jsonl", "--output", out.path, dump.path, gzipped.path])
        #expect(clash.status == 64)
        #expect(clash.stderr.contains("dump.jsonl"))
    }

    @Test func aChunkedBodyWithANegativeOrHugeChunkSizeIsReadAsItIs() throws {
        let folder = try WinnowBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var archive = Data()
        for (number, size) in ["-5", "7fffffffffffffff", "10"].enumerated() {
            let page = "<html><body><p>" + SupervisorTests.prose + SupervisorTests.prose + "</p></body></html>"
            archive += Warc.response(
                id: "\(number)", html: Data((size + "\r\n" + page).utf8),
                httpHeaders: "Content-Type: text/html\r\nTransfer-Encoding: chunked")
        }
        let warc = folder.appendingPathComponent("chunks.warc")
        try archive.write(to: warc)
        let run = try WinnowBinary.run(["clean", "--format", "jsonl", warc.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").count == 3)
    }
}
