import ArgumentParser
import Dispatch
import Foundation
import Winnow

/// `winnow bench`: times one stage mix over pages held in memory, for `scripts/bench`.
///
/// Files are read once, then cleaned (or only parsed) again and again until at least
/// `--megabytes` of input went through, so disk and output writing are not what is measured.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Time parse-only, HTML or text cleaning over files held in memory.",
        shouldDisplay: false)

    enum Mode: String, ExpressibleByArgument, CaseIterable {
        /// libxml2 parse only, with its own allocator: the ceiling.
        case parse
        /// libxml2 parse only, into Winnow's arena.
        case parseArena = "parse-arena"
        /// The whole pipeline on HTML pages.
        case html
        /// The whole pipeline on text dumps.
        case text
    }

    @Argument(help: "Files to time.") var files: [String]
    @Option(help: "parse, parse-arena, html or text.") var mode: Mode
    @Option(help: "Documents at once.") var jobs = 1
    @Option(help: "Repeat the files until at least this many megabytes went through.") var megabytes = 200

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("name the files to time") }
        guard jobs >= 1, megabytes >= 1 else { throw ValidationError("--jobs and --megabytes must be at least 1") }
    }

    func run() throws {
        let pages = try files.map { try [UInt8](Data(contentsOf: URL(fileURLWithPath: $0))) }
        let passBytes = pages.reduce(0) { $0 + $1.count }
        guard passBytes > 0 else { throw ValidationError("the files are empty") }
        let passes = max(1, (megabytes * 1_000_000 + passBytes - 1) / passBytes)
        let total = pages.count * passes
        let cleaner = Cleaner()
        let format: InputFormat = mode == .text ? .text : .html
        let started = DispatchTime.now().uptimeNanoseconds
        let chunk = (total + jobs - 1) / jobs
        DispatchQueue.concurrentPerform(iterations: jobs) { worker in
            var sink = 0
            for index in (worker * chunk)..<min(total, (worker + 1) * chunk) {
                let bytes = pages[index % pages.count]
                switch mode {
                case .parse: sink &+= ParseBaseline.parse(bytes)
                case .parseArena: sink &+= ParseBaseline.parse(bytes, inArena: true)
                case .html, .text:
                    sink &+=
                        (try? cleaner.clean(RawInput(id: "bench", bytes: bytes, format: format)))?.blocks.count ?? 0
                }
            }
            if sink == -1 { print("") }  // keeps the work observable
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let bytes = passBytes * passes
        let result: JSONValue = .object([
            ("mode", .string(mode.rawValue)), ("jobs", .integer(jobs)), ("documents", .integer(total)),
            ("bytes", .integer(bytes)), ("seconds", .number((seconds * 1000).rounded() / 1000)),
            ("documents_per_second", .number((Double(total) / seconds).rounded())),
            ("megabytes_per_second", .number((Double(bytes) / 1e6 / seconds * 10).rounded() / 10)),
            ("peak_rss_megabytes", .number((Double(usage.ru_maxrss) / 1024).rounded())),
        ])
        print(result.serialized())
    }
}
