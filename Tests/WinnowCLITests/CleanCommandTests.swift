import Foundation
import Testing

@Suite struct CleanCommandTests {
    static let seed = "samples/text/seed-000-latest-news-list/input.txt"

    @Test func cleansAFileToItsGoldenText() throws {
        let run = try WinnowBinary.run(["clean", Self.seed])
        #expect(run.status == 0)
        let expected = try String(
            contentsOf: WinnowBinary.root.appendingPathComponent(
                "samples/text/seed-000-latest-news-list/expected.txt"), encoding: .utf8)
        #expect(run.stdout == expected)
        #expect(run.stderr.isEmpty)
    }

    @Test func jsonFromTheBinaryMatchesTheGoldenFile() throws {
        let run = try WinnowBinary.run(["clean", "--format", "json", Self.seed])
        let expected = try String(
            contentsOf: WinnowBinary.root.appendingPathComponent(
                "samples/text/seed-000-latest-news-list/expected.json"), encoding: .utf8)
        #expect(run.stdout == expected)
    }

    @Test func explainMatchesTheGoldenFile() throws {
        let run = try WinnowBinary.run(["clean", "--explain", Self.seed])
        let expected = try String(
            contentsOf: WinnowBinary.root.appendingPathComponent(
                "samples/text/seed-000-latest-news-list/expected.explain"), encoding: .utf8)
        #expect(run.stdout == expected)
    }

    @Test func readsStandardInput() throws {
        let input = try Data(contentsOf: WinnowBinary.root.appendingPathComponent(Self.seed))
        let run = try WinnowBinary.run(["clean", "--format", "jsonl", "-"], stdin: input)
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let record = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        #expect(record?["id"] as? String == "-")
        #expect(record?["status"] as? String == "ok")
        #expect(record?["title"] as? String == "Russia Officially Recognizes Taliban Rule in Afghanistan")
    }

    @Test func aFolderIsWalkedAndMirroredUnderOutput() throws {
        let folder = try WinnowBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inbox = folder.appendingPathComponent("in/deeper")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        for name in ["one", "two"] {
            try FileManager.default.copyItem(
                at: WinnowBinary.root.appendingPathComponent(Self.seed),
                to: inbox.appendingPathComponent("\(name).txt"))
        }
        try Data("ignored".utf8).write(to: inbox.appendingPathComponent("notes.json"))
        let out = folder.appendingPathComponent("out")
        let run = try WinnowBinary.run([
            "clean", "--format", "markdown", "--output", out.path, folder.appendingPathComponent("in").path,
        ])
        #expect(run.status == 0)
        let written = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("deeper").path)
            .sorted()
        #expect(written == ["one.md", "two.md"])
        let markdown = try String(contentsOf: out.appendingPathComponent("deeper/one.md"), encoding: .utf8)
        #expect(markdown.hasPrefix("# Russia Officially Recognizes Taliban Rule in Afghanistan\n"))
    }

    @Test func gzipInputsAreReadWithEveryMemberAndBombsAndTruncationRefused() throws {
        let folder = try WinnowBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try Data(
            contentsOf: WinnowBinary.root.appendingPathComponent("samples/pages/table-in-article/source.html"))
        // The page in two gzip members: only reading both gives the whole page and its title.
        let gzipped = folder.appendingPathComponent("page.html.gz")
        try Self.appendGzipMember(page.prefix(page.count / 2), to: gzipped)
        try Self.appendGzipMember(page.suffix(from: page.count / 2), to: gzipped)
        try Self.appendGzipMember(Data(count: 3_000_000), to: folder.appendingPathComponent("bomb.txt.gz"))
        let whole = try Data(contentsOf: folder.appendingPathComponent("page.html.gz"))
        try whole.prefix(200).write(to: folder.appendingPathComponent("cut.html.gz"))
        let run = try WinnowBinary.run(["clean", "--format", "jsonl", "--max-bytes", "1000000", folder.path])
        #expect(run.status == 1)
        let records = try WinnowBinary.records(run.stdout)
        #expect(records.map { $0["error"] as? String } == ["too-large", "bad-gzip", nil])
        #expect(
            records.last?["title"] as? String
                == "Three weather stations record their wettest autumn since records began")
    }

    @Test func anOutputThatWouldReplaceAnInputIsRefusedAndTheInputKept() throws {
        let folder = try WinnowBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dump = folder.appendingPathComponent("a.txt"), records = folder.appendingPathComponent("x.jsonl")
        try FileManager.default.copyItem(at: WinnowBinary.root.appendingPathComponent(Self.seed), to: dump)
        try Data("{\"id\":\"1\",\"text\":\"hello\"}\n".utf8).write(to: records)
        let before = try [Data(contentsOf: dump), Data(contentsOf: records)]
        for arguments in [
            ["clean", "--output", folder.path, folder.path],
            ["clean", "--format", "jsonl", "--output", folder.path, records.path],
        ] {
            let run = try WinnowBinary.run(arguments)
            #expect(run.status == 64, "\(arguments)")
            #expect(run.stderr.contains("would replace an input"), "\(arguments)")
        }
        #expect(try [Data(contentsOf: dump), Data(contentsOf: records)] == before)
        // Another format into the same folder names other files and is fine.
        #expect(
            try WinnowBinary.run(["clean", "--format", "markdown", "--output", folder.path, dump.path]).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("a.md").path))
    }

    @Test func globsNarrowWhatAFolderGives() throws {
        let run = try WinnowBinary.run([
            "clean", "--format", "jsonl", "--include", "*.html", "--exclude", "windows-*", "samples/pages",
        ])
        let ids = try WinnowBinary.records(run.stdout).compactMap { $0["id"] as? String }
        #expect(!ids.isEmpty)
        #expect(ids.allSatisfy { $0.hasSuffix("/source.html") && !$0.contains("/windows-") })
        let pages = try FileManager.default.contentsOfDirectory(
            atPath: WinnowBinary.root.appendingPathComponent("samples/pages").path)
        #expect(ids.count == pages.filter { !$0.hasPrefix("windows-") && !$0.hasPrefix(".") }.count)
        #expect(ids.count < pages.count)
    }

    @Test func badInputsAreReportedAndTheRestStillCleaned() throws {
        let folder = try WinnowBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty.txt"), binary = folder.appendingPathComponent("photo.html")
        try Data().write(to: empty)
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]).write(to: binary)
        let missing = folder.appendingPathComponent("missing.txt").path
        let run = try WinnowBinary.run(["clean", "--format", "jsonl", empty.path, binary.path, missing, Self.seed])
        #expect(run.status == 1)
        let records = try WinnowBinary.records(run.stdout)
        #expect(records.map { $0["status"] as? String } == ["no-article", "error", "error", "ok"])
        try #require(records.count > 2)
        #expect(records[1]["error"] as? String == "binary-input")
        #expect(records[2]["error"] as? String == "unreadable")
        #expect(run.stderr.contains("\(binary.path): input looks like binary data (PNG image)"))
        #expect(run.stderr.contains("\(missing): cannot read the file: no such file"))
        #expect(run.stderr.contains("winnow: 4 documents (2 error, 1 no-article, 1 ok) in "))
    }

    @Test func resumeAfterAKillFinishesTheRestAndEndsLikeACleanRun() throws {
        let folder = try WinnowBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inbox = folder.appendingPathComponent("in"), out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        let seed = try Data(contentsOf: WinnowBinary.root.appendingPathComponent(Self.seed))
        for index in 0..<300 { try seed.write(to: inbox.appendingPathComponent("d\(index).txt")) }
        func outputs() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: out.path).filter { !$0.hasPrefix(".") }.sorted()
        }

        // Kill the batch once some outputs are written: what was finished must stay finished.
        let process = Process()
        process.executableURL = WinnowBinary.url
        process.arguments = ["clean", "--quiet", "--jobs", "1", "--output", out.path, inbox.path]
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning, (try? outputs().count) ?? 0 < 5, Date() < deadline { usleep(2_000) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let done = try outputs()
        #expect(done.count >= 5 && done.count < 300)
        let firstDone = out.appendingPathComponent(try #require(done.first))
        let stamp = try FileManager.default.attributesOfItem(atPath: firstDone.path)[.modificationDate] as? Date

        try Data("half".utf8).write(to: out.appendingPathComponent(".d299.txt.4242.tmp"))
        let stats = folder.appendingPathComponent("stats.json")
        let run = try WinnowBinary.run(["clean", "--resume", "--stats", stats.path, "--output", out.path, inbox.path])
        #expect(run.status == 0)
        #expect(run.stderr.contains("winnow: resuming: \(done.count) of 300 inputs already have their output"))
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: stats)) as? [String: Any]
        #expect(summary?["skipped"] as? Int == done.count)
        #expect(summary?["documents"] as? Int == 300 - done.count)
        #expect(try outputs() == (0..<300).map { "d\($0).txt" }.sorted())
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".tmp") }.isEmpty)
        #expect(try FileManager.default.attributesOfItem(atPath: firstDone.path)[.modificationDate] as? Date == stamp)
        let expected = try String(
            contentsOf: WinnowBinary.root.appendingPathComponent("samples/text/seed-000-latest-news-list/expected.txt"),
            encoding: .utf8)
        #expect(try String(contentsOf: out.appendingPathComponent("d299.txt"), encoding: .utf8) == expected)
    }

    @Test func jsonLinesDumpsOnDiskStreamEveryRecordOfEveryGzipMember() throws {
        let folder = try WinnowBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let seed = try String(contentsOf: WinnowBinary.root.appendingPathComponent(Self.seed), encoding: .utf8)
        let page = try String(
            contentsOf: WinnowBinary.root.appendingPathComponent("samples/pages/table-in-article/source.html"),
            encoding: .utf8)
        func record(_ fields: [String: String]) throws -> String {
            String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
        }
        let first = try record(["id": "a", "text": seed, "crawl": "cc-1"]) + "\n"
        let second = try record(["id": "b", "html": page, "crawl": "cc-2"]) + "\nnot json\n"
        let gz = folder.appendingPathComponent("dump.jsonl.gz")
        // Two gzip members, as Common Crawl writes them.
        for member in [first, second] { try Self.appendGzipMember(Data(member.utf8), to: gz) }
        let plain = folder.appendingPathComponent("more.jsonl")
        try Data(first.utf8).write(to: plain)

        let run = try WinnowBinary.run(["clean", "--format", "jsonl", gz.path, plain.path])
        #expect(run.status == 0)
        let records = try WinnowBinary.records(run.stdout)
        #expect(records.map { $0["id"] as? String } == ["a", "b", "line 3", "a"])
        #expect(records.map { $0["status"] as? String } == ["ok", "ok", "error", "ok"])
        #expect(records.map { $0["crawl"] as? String } == ["cc-1", "cc-2", nil, "cc-1"])

        let broken = try WinnowBinary.runCutShort(gz, by: 40)
        #expect(broken.stdout.hasPrefix("{\"") && broken.stdout.contains("\"id\":\"a\""))
    }

    /// Gzips `data` with the system's gzip and appends it to `file` as one more member.
    static func appendGzipMember(_ data: Data, to file: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -c >> '\(file.path)'"]
        let input = Pipe()
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(data)
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    @Test func warcResponsesAreCleanedOneLineEachWithTheirIdURLDateAndCharset() throws {
        let folder = try WinnowBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let warc = folder.appendingPathComponent("crawl.warc.gz")
        func record(_ type: String, _ id: String, _ block: Data) throws {
            let header =
                "WARC/1.0\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <urn:uuid:\(id)>\r\n"
                + "WARC-Target-URI: https://example.com/\(id)\r\nWARC-Date: 2019-11-20T10:00:00Z\r\n"
                + "Content-Length: \(block.count)\r\n\r\n"
            try Self.appendGzipMember(Data(header.utf8) + block + Data("\r\n\r\n".utf8), to: warc)
        }
        let page = try Data(
            contentsOf: WinnowBinary.root.appendingPathComponent("samples/pages/table-in-article/source.html"))
        // A Windows-1251 page whose only charset hint is the HTTP header.
        let russian =
            "<html><body><article><p>"
            + String(repeating: "Москва объявила о новых правилах для всех жителей города. ", count: 4)
            + "</p></article></body></html>"
        let cp1251 = try #require(russian.data(using: .windowsCP1251))
        // A chunked body: the page in two chunks.
        let half = page.count / 2
        let chunked =
            Data(String(half, radix: 16).utf8) + Data("\r\n".utf8) + page.prefix(half) + Data("\r\n".utf8)
            + Data(String(page.count - half, radix: 16).utf8) + Data("\r\n".utf8) + page.suffix(from: half)
            + Data("\r\n0\r\n\r\n".utf8)
        try record("warcinfo", "info", Data("software: test\r\n".utf8))
        try record("request", "req", Data("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n".utf8))
        try record(
            "response", "page", Data("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n".utf8) + page)
        try record(
            "response", "image", Data("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n".utf8) + Data([0x89, 0x50]))
        try record(
            "response", "cp1251",
            Data("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1251\r\n\r\n".utf8) + cp1251)
        try record(
            "response", "chunked",
            Data("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n".utf8) + chunked)

        let run = try WinnowBinary.run(["clean", "--format", "jsonl", warc.path])
        #expect(run.status == 0)
        let records = try WinnowBinary.records(run.stdout)
        #expect(records.map { $0["id"] as? String } == ["urn:uuid:page", "urn:uuid:cp1251", "urn:uuid:chunked"])
        #expect(records.map { $0["status"] as? String } == ["ok", "ok", "ok"])
        #expect(records.first?["record_url"] as? String == "https://example.com/page")
        #expect(records.first?["record_date"] as? String == "2019-11-20T10:00:00Z")
        try #require(records.count > 2)
        #expect((records[1]["body"] as? String)?.contains("Москва объявила о новых правилах") == true)
        #expect(records[2]["body"] as? String == records[0]["body"] as? String)

        let broken = try WinnowBinary.runCutShort(warc, by: 60)
        let last = broken.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.contains("\"error\":\"truncated\""))
    }

    @Test func aLegacyCharsetDocumentOnStandardInputKeepsItsBytesInJSONLinesMode() throws {
        let russian = "Привет, мир. Это письмо пришло в старой кодировке и должно прочитаться целиком."
        let bytes = try #require(russian.data(using: .windowsCP1251))
        let run = try WinnowBinary.run(
            ["clean", "--format", "jsonl", "--encoding", "windows-1251", "-"], stdin: bytes)
        let record = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let source = record?["source"] as? [String: Any]
        #expect(source?["encoding"] as? String == "windows-1251")
        #expect(source?["replaced_sequences"] as? Int == 0)
    }

    @Test func theSampleArchiveMatchesItsGoldenLines() throws {
        let run = try WinnowBinary.run(["clean", "--format", "jsonl", "samples/warc/crawl.warc.gz"])
        #expect(run.status == 0)
        let golden = WinnowBinary.root.appendingPathComponent("samples/warc/expected.jsonl")
        if ProcessInfo.processInfo.environment["RECORD"] == "1" {
            try Data(run.stdout.utf8).write(to: golden)
            Issue.record("recorded \(golden.path); run again without RECORD=1")
        }
        #expect(run.stdout == (try String(contentsOf: golden, encoding: .utf8)))
    }

    @Test func resumeWithoutAnOutputFolderIsAUsageError() throws {
        let run = try WinnowBinary.run(["clean", "--resume", "--format", "jsonl", Self.seed])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--resume needs --output DIR"))
    }

    @Test func statsCountEveryInputByStatusAndRemovedLabel() throws {
        let folder = try WinnowBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("missing.txt").path
        let stats = folder.appendingPathComponent("stats/run.json")
        let run = try WinnowBinary.run([
            "clean", "--quiet", "--stats", stats.path, "--output", folder.appendingPathComponent("out").path,
            Self.seed, missing,
        ])
        #expect(run.status == 1)
        #expect(!run.stderr.contains("documents ("))
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: stats)) as? [String: Any]
        #expect(summary?["documents"] as? Int == 2)
        #expect(summary?["by_status"] as? [String: Int] == ["ok": 1, "error": 1])
        let seedSize = try Data(contentsOf: WinnowBinary.root.appendingPathComponent(Self.seed)).count
        #expect(summary?["bytes"] as? Int == seedSize)
        let removed = summary?["removed_by_label"] as? [String: Int] ?? [:]
        #expect((removed["latest-news"] ?? 0) > 0)
    }

    @Test func badUsageExitsWith64() throws {
        #expect(try WinnowBinary.run(["clean"]).status == 64)
        #expect(try WinnowBinary.run(["clean", "--format", "pdf", Self.seed]).status == 64)
        #expect(try WinnowBinary.run(["clean", "--reference-date", "yesterday", Self.seed]).status == 64)
    }

    @Test func helpShowsExamples() throws {
        let run = try WinnowBinary.run(["clean", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Examples:"))
        #expect(run.stdout.contains("--explain"))
    }

    @Test func referenceDateResolvesRelativeDates() throws {
        let run = try WinnowBinary.run([
            "clean", "--format", "json", "--reference-date", "2025-07-05T12:00:00",
            "samples/text/seed-003-related-articles-and-app-promo/input.txt",
        ])
        #expect(run.stdout.contains(#""iso": "2025-07-04T12:00:00""#))
    }

    @Test func rulesListsEveryReason() throws {
        let run = try WinnowBinary.run(["rules"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("dense-prose"))
        #expect(run.stdout.contains("off-topic"))
        #expect(run.stdout.split(separator: "\n").count >= 30)
    }
}

@Suite struct HTMLCommandTests {
    static let page = "samples/pages/table-in-article/source.html"

    @Test func anHTMLPageIsSniffedAndCleaned() throws {
        let run = try WinnowBinary.run(["clean", Self.page])
        #expect(run.status == 0)
        let expected = try String(
            contentsOf: WinnowBinary.root.appendingPathComponent("samples/pages/table-in-article/expected.txt"),
            encoding: .utf8)
        #expect(run.stdout == expected)
    }

    @Test func markdownHasTheTableAndLinksWhenAsked() throws {
        let run = try WinnowBinary.run(["clean", "--format", "markdown", "--links", Self.page])
        #expect(run.stdout.contains("| Station | September (mm) |"))
        #expect(run.stdout.contains("| --- | --- |"))
    }

    @Test func anEncodingFlagDecodesAnUndeclaredPage() throws {
        let run = try WinnowBinary.run([
            "clean", "--format", "json", "--encoding", "windows-1251", "samples/pages/windows-1251-no-meta/source.html",
        ])
        #expect(run.stdout.contains(#""encoding_found_by": "declared""#))
        #expect(run.stdout.contains("Каменногорска"))
    }

    @Test func commentsAreKeptApartWhenAsked() throws {
        let run = try WinnowBinary.run([
            "clean", "--format", "json", "--comments", "samples/pages/comments-after-article/source.html",
        ])
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let comments = object?["comments"] as? [String] ?? []
        #expect(!comments.isEmpty)
        let body = object?["body"] as? String ?? ""
        for comment in comments { #expect(!body.contains(comment), "comment in body: \(comment)") }
    }
}

@Suite struct StreamModeTests {
    @Test func eachJSONLineGivesOneLineInOrderWithErrorsAsRecords() throws {
        let seed = try String(
            contentsOf: WinnowBinary.root.appendingPathComponent(
                "samples/text/seed-003-related-articles-and-app-promo/input.txt"),
            encoding: .utf8)
        let page = try String(
            contentsOf: WinnowBinary.root.appendingPathComponent("samples/pages/table-in-article/source.html"),
            encoding: .utf8)
        func line(_ object: [String: Any]) throws -> String {
            String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        }
        let input =
            [
                try line([
                    "key": "first", "body": seed, "fetched": "2025-07-05T10:00:00Z", "source": "crawl-7", "rank": 3,
                ]),
                "{not json",
                try line(["key": "second", "page": page]),
                try line(["key": "third"]),
            ].joined(separator: "\n") + "\n"
        let run = try WinnowBinary.run(
            [
                "clean", "--format", "jsonl", "--id-field", "key", "--text-field", "body", "--html-field", "page",
                "--date-field", "fetched", "-",
            ],
            stdin: Data(input.utf8))
        #expect(run.status == 0)
        let records = try WinnowBinary.records(run.stdout)
        #expect(records.count == 4)
        #expect(records.map { $0["id"] as? String } == ["first", "line 2", "second", "third"])
        #expect(records.map { $0["status"] as? String } == ["ok", "error", "ok", "error"])
        try #require(records.count > 3)
        #expect(records[1]["error"] as? String == "bad-json")
        #expect(records[1]["line"] as? Int == 2)
        #expect(records[3]["error"] as? String == "no-content")
        #expect(records[0]["record_source"] as? String == "crawl-7")
        #expect(records[0]["rank"] as? Int == 3)
        let published = records[0]["published"] as? [String: Any]
        #expect(published?["iso"] as? String == "2025-07-04T10:00:00")
        #expect((records[0]["body"] as? String)?.contains("\n") == true)
        #expect(!run.stdout.split(separator: "\n").contains { $0.isEmpty })
    }

    /// Fields passed through keep their values as written: a large integer exactly, a
    /// fraction in full, a large exponent as it stands, objects with sorted keys. A number past 10^15 used to crash the worker
    /// (it was written with two decimals through an integer) and 0.123456 came out as 0.12.
    @Test func passedThroughNumbersKeepTheirValues() throws {
        let text = String(repeating: "The council met on Tuesday to agree the budget for the year ahead. ", count: 3)
        let line =
            #"{"id":"n","text":"\#(text)","big":1234567890123456789,"share":0.123456,"huge":1e20,"#
            + #""whole":2.0,"nested":{"z":1,"a":[1.5,-0.25]}}"#
        let run = try WinnowBinary.run(["clean", "--format", "jsonl", "-"], stdin: Data((line + "\n").utf8))
        #expect(run.status == 0)
        #expect(run.stdout.contains(#""status":"ok""#))
        #expect(run.stdout.contains(#""big":1234567890123456789"#))
        #expect(run.stdout.contains(#""share":0.123456"#))
        #expect(run.stdout.contains(#""huge":1e20"#))
        #expect(run.stdout.contains(#""whole":2}"#))
        #expect(run.stdout.contains(#""nested":{"a":[1.5,-0.25],"z":1}"#))
    }
}
