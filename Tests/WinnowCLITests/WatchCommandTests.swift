import Foundation
import Glibc
import Testing

/// `winnow watch` run for real: a daemon process, real files, real inotify, real signals.
@Suite(.serialized) struct WatchCommandTests {
    /// A daemon in its own temporary folder with inbox/, out/, done/ and failed/.
    final class Daemon {
        let root: URL
        var process: Process?
        /// Standard error of every start, appended: a file, so a busy daemon never blocks on it.
        var logFile: URL { root.appendingPathComponent("watch.log") }
        var inbox: URL { root.appendingPathComponent("inbox") }
        var outbox: URL { root.appendingPathComponent("out") }
        var done: URL { root.appendingPathComponent("done") }
        var failed: URL { root.appendingPathComponent("failed") }

        init() throws {
            root = try WinnowBinary.temporaryFolder()
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent("inbox"), withIntermediateDirectories: true)
            chmod(root.path, 0o777)
            chmod(inbox.path, 0o777)
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        /// Starts `winnow watch`; `asNobody` drops root so that file permissions apply.
        func start(_ extra: [String] = [], asNobody: Bool = false) throws {
            let process = Process()
            let arguments = ["watch", inbox.path, "--output", outbox.path, "--settle", "0.3", "--rescan", "1"] + extra
            if asNobody {
                process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
                process.arguments =
                    ["--reuid=65534", "--regid=65534", "--clear-groups", WinnowBinary.url.path] + arguments
            } else {
                process.executableURL = WinnowBinary.url
                process.arguments = arguments
            }
            process.currentDirectoryURL = root
            if !FileManager.default.fileExists(atPath: logFile.path) {
                FileManager.default.createFile(atPath: logFile.path, contents: nil)
            }
            let handle = try FileHandle(forWritingTo: logFile)
            handle.seekToEndOfFile()
            process.standardError = handle
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            self.process = process
        }

        /// SIGTERM, then the exit status.
        func stop() -> Int32 {
            guard let process else { return -1 }
            process.terminate()
            process.waitUntilExit()
            return process.terminationStatus
        }

        func names(_ folder: URL) -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        }

        /// Waits until `condition` holds, up to `seconds`.
        @discardableResult
        func wait(seconds: Double = 20, until condition: () -> Bool) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if condition() { return true }
                usleep(50_000)
            }
            return condition()
        }

        func logText() -> String {
            (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
        }
    }

    static let article: String = {
        let url = WinnowBinary.root.appendingPathComponent("samples/text/seed-004-author-box-and-caption/input.txt")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    @Test func copiedAndMovedFilesAreCleanedAndMovedToDone() throws {
        let daemon = try Daemon()
        try daemon.start()
        try Self.article.write(
            to: daemon.inbox.appendingPathComponent("copied.txt"), atomically: false, encoding: .utf8)
        let staging = daemon.root.appendingPathComponent("staging.txt")
        try Self.article.write(to: staging, atomically: false, encoding: .utf8)
        try FileManager.default.moveItem(at: staging, to: daemon.inbox.appendingPathComponent("moved.txt"))
        #expect(daemon.wait { daemon.names(daemon.done) == ["copied.txt", "moved.txt"] })
        #expect(daemon.stop() == 0)
        let outputs = daemon.names(daemon.outbox)
        #expect(outputs.count == 2)
        #expect(outputs.allSatisfy { $0.hasSuffix(".json") })
        #expect(daemon.names(daemon.inbox).isEmpty)
        var info = stat()
        stat(daemon.outbox.appendingPathComponent(outputs[0]).path, &info)
        #expect(info.st_mode & 0o777 == 0o644)
        #expect(daemon.logText().contains("copied.txt ok"))
    }

    @Test func pollingWorksAndANewFileUnderAnOldNameIsANewInput() throws {
        let daemon = try Daemon()
        try daemon.start(["--poll"])
        try Self.article.write(to: daemon.inbox.appendingPathComponent("same.txt"), atomically: false, encoding: .utf8)
        #expect(daemon.wait { daemon.names(daemon.done) == ["same.txt"] })
        try (Self.article + "\nA correction was added.").write(
            to: daemon.inbox.appendingPathComponent("same.txt"), atomically: false, encoding: .utf8)
        #expect(daemon.wait { daemon.names(daemon.done).count == 2 })
        #expect(daemon.stop() == 0)
        #expect(daemon.names(daemon.outbox).count == 2)
        #expect(daemon.logText().contains("(polling)"))
    }

    @Test func aSlowWriterGivesOneOutputFromTheWholeFile() throws {
        let daemon = try Daemon()
        try daemon.start(["--settle", "1"])
        let path = daemon.inbox.appendingPathComponent("slow.txt").path
        let handle = try #require(
            FileHandle(forWritingAtPath: path)
                ?? {
                    FileManager.default.createFile(atPath: path, contents: nil)
                    return FileHandle(forWritingAtPath: path)
                }())
        let bytes = Array(Self.article.utf8), chunk = bytes.count / 6 + 1
        for start in stride(from: 0, to: bytes.count, by: chunk) {
            handle.write(Data(bytes[start..<min(bytes.count, start + chunk)]))
            usleep(500_000)  // six chunks over three seconds
        }
        try handle.close()
        #expect(daemon.wait { daemon.names(daemon.done) == ["slow.txt"] })
        #expect(daemon.stop() == 0)
        let outputs = daemon.names(daemon.outbox)
        #expect(outputs.count == 1)
        let json = try String(contentsOf: daemon.outbox.appendingPathComponent(outputs[0]), encoding: .utf8)
        #expect(json.contains("carrying out the public stoning of women to death"))
    }

    @Test func aBurstOfAThousandFilesWithPoisonAndALinkAmongThem() throws {
        let daemon = try Daemon()
        let staging = daemon.root.appendingPathComponent("staging")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        for number in 0..<1000 {
            try (Self.article + "\n\(number)").write(
                to: staging.appendingPathComponent("doc\(number).txt"), atomically: false, encoding: .utf8)
        }
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]).write(
            to: staging.appendingPathComponent("poison.html"))
        let outside = daemon.root.appendingPathComponent("secret.txt")
        try "not for the inbox".write(to: outside, atomically: true, encoding: .utf8)
        try daemon.start()
        for name in daemon.names(staging) {
            try FileManager.default.moveItem(
                at: staging.appendingPathComponent(name), to: daemon.inbox.appendingPathComponent(name))
        }
        try FileManager.default.createSymbolicLink(
            at: daemon.inbox.appendingPathComponent("link.txt"), withDestinationURL: outside)
        #expect(
            daemon.wait(seconds: 60) {
                daemon.names(daemon.done).count == 1000 && daemon.names(daemon.failed).count == 4
            })
        #expect(daemon.stop() == 0)
        #expect(daemon.names(daemon.outbox).count == 1000)
        #expect(
            daemon.names(daemon.failed) == ["link.txt", "link.txt.error.json", "poison.html", "poison.html.error.json"])
        let record = try String(
            contentsOf: daemon.failed.appendingPathComponent("poison.html.error.json"), encoding: .utf8)
        #expect(record.contains(#""error": "binary-input""#))
        #expect(try String(contentsOf: outside, encoding: .utf8) == "not for the inbox")
    }

    @Test func anUnreadableFileFailsAndAReadOnlyOutboxWaits() throws {
        let daemon = try Daemon()
        for folder in [daemon.outbox, daemon.done, daemon.failed] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            chmod(folder.path, 0o777)
        }
        let secret = daemon.inbox.appendingPathComponent("secret.txt")
        try Self.article.write(to: secret, atomically: false, encoding: .utf8)
        chmod(secret.path, 0o000)
        chmod(daemon.outbox.path, 0o555)
        try Self.article.write(
            to: daemon.inbox.appendingPathComponent("waiting.txt"), atomically: false, encoding: .utf8)
        chmod(daemon.inbox.appendingPathComponent("waiting.txt").path, 0o644)
        try daemon.start(asNobody: true)
        #expect(daemon.wait { daemon.names(daemon.failed).contains("secret.txt.error.json") })
        usleep(1_500_000)
        #expect(daemon.names(daemon.inbox) == ["waiting.txt"])
        chmod(daemon.outbox.path, 0o777)
        #expect(daemon.wait { daemon.names(daemon.done) == ["waiting.txt"] })
        #expect(daemon.stop() == 0)
        let log = daemon.logText()
        #expect(log.contains("waiting.txt waiting: cannot write"))
        #expect(log.contains("secret.txt failed (unreadable)"))
    }

    @Test func killedTwentyTimesWhileTwoThousandFilesArriveNothingIsLostOrDuplicated() throws {
        let daemon = try Daemon()
        let staging = daemon.root.appendingPathComponent("staging")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        let total = 2000
        for number in 0..<total {
            try (Self.article + "\n\(number)").write(
                to: staging.appendingPathComponent("f\(number).txt"), atomically: false, encoding: .utf8)
        }
        let inbox = daemon.inbox
        let mover = Thread {
            for number in 0..<total {
                try? FileManager.default.moveItem(
                    at: staging.appendingPathComponent("f\(number).txt"),
                    to: inbox.appendingPathComponent("f\(number).txt"))
                if number % 50 == 0 { usleep(100_000) }
            }
        }
        mover.start()
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            try daemon.start(["--settle", "0.1"])
            usleep(UInt32.random(in: 100_000...400_000, using: &generator))
            daemon.process.map { kill($0.processIdentifier, SIGKILL) }
            daemon.process?.waitUntilExit()
        }
        #expect(daemon.wait(seconds: 30) { daemon.names(staging).isEmpty })
        try daemon.start(["--settle", "0.1", "--once"])
        daemon.process?.waitUntilExit()
        #expect(daemon.process?.terminationStatus == 0)
        let done = daemon.names(daemon.done), failed = daemon.names(daemon.failed),
            outputs = daemon.names(daemon.outbox)
        #expect(daemon.names(daemon.inbox).isEmpty)
        #expect(done.count + failed.count == total)
        #expect(outputs.count == done.count)
        #expect(Set(outputs.map { $0.split(separator: ".").first.map(String.init) ?? "" }).count == outputs.count)
        #expect(!(outputs + done + failed).contains { $0.hasSuffix(".winnow-tmp") })
    }

    @Test func aFilePastTheTimeoutFailsWithItsRecordAndTheDaemonGoesOn() throws {
        let daemon = try Daemon()
        try SupervisorTests.attributeFlood(count: 200_000).write(to: daemon.inbox.appendingPathComponent("flood.html"))
        try Self.article.write(to: daemon.inbox.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        let started = Date()
        try daemon.start(["--settle", "0", "--once", "--max-attributes", "1000000", "--timeout", "2"])
        daemon.process?.waitUntilExit()
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(daemon.names(daemon.failed) == ["flood.html", "flood.html.error.json"])
        let record =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: daemon.failed.appendingPathComponent("flood.html.error.json"))) as? [String: Any]
        #expect(record?["error"] as? String == "timeout")
        #expect(daemon.names(daemon.done) == ["good.txt"])
        #expect(daemon.names(daemon.outbox).count == 1)
    }
}
