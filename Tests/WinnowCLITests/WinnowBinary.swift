import Foundation
import Testing

/// Runs the built `winnow` binary as a subprocess, the way a user or a script does.
struct WinnowBinary {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The binary SwiftPM built next to this test bundle.
    static let url: URL = {
        let buildFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [buildFolder, buildFolder.deletingLastPathComponent()] {
            let binary = candidate.appendingPathComponent("winnow")
            if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
        }
        return root.appendingPathComponent(".build/debug/winnow")
    }()

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `environment`: variables added to the test's own (the `WorkerFaults` switches).
    static func run(
        _ arguments: [String], stdin: Data? = nil, in folder: URL = root, environment: [String: String] = [:]
    ) throws -> Run {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.currentDirectoryURL = folder
        let output = Pipe(), errors = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting so a large output cannot block the child.
        let stdoutData = output.fileHandleForReading.readDataToEndOfFile()
        let stderrData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self))
    }

    /// Standard output as JSON objects, one per line; a line that is not one fails the test.
    static func records(_ stdout: String) throws -> [[String: Any]] {
        try stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    /// A copy of `file` cut `bytes` short, cleaned as JSON lines: a dump cut mid-gzip must be
    /// reported (exit 1, named on standard error) after every record before the cut.
    static func runCutShort(_ file: URL, by bytes: Int) throws -> Run {
        let data = try Data(contentsOf: file)
        let cut = file.deletingLastPathComponent().appendingPathComponent("cut-" + file.lastPathComponent)
        try data.prefix(data.count - bytes).write(to: cut)
        let run = try run(["clean", "--format", "jsonl", cut.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(cut.path): the gzip data is corrupt or cut short"))
        return run
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
