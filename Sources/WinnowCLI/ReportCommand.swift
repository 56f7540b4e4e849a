import ArgumentParser
import Foundation
import Winnow

/// `winnow report`: one self-contained HTML page showing every decision on a batch.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write one self-contained HTML report of every block kept or removed, and why.",
        discussion: """
            Open the file in any browser; it needs no network. Keys: n and p for the next and previous
            document, / to search.

            Example:
              winnow report samples/text samples/pages --output report.html
            """
    )

    @Argument(help: "Files, folders, or - for standard input.") var paths: [String] = []
    @Option(help: "The HTML file to write.") var output: String
    @Option(name: .customLong("input-format"), help: "Read inputs as auto, text or html.") var inputFormat:
        InputFormat = .auto
    @Option(help: "In folders, take only files matching this glob (repeatable).") var include: [String] = []
    @Option(help: "In folders, skip files matching this glob (repeatable).") var exclude: [String] = []
    @Option(help: "Documents cleaned at once (default: all cores).") var jobs: Int = ProcessInfo.processInfo
        .activeProcessorCount

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("name at least one PATH, or - for standard input") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let inputs = InputSource.collect(paths, include: include, exclude: exclude)
        let results = BatchRunner(inputFormat: inputFormat, maxBytes: Defaults.maxBytes, jobs: jobs)
            .runAll(inputs, cleaner: Cleaner())
        var articles: [Article] = []
        var failures: [(id: String, code: String, message: String)] = []
        for (input, result) in zip(inputs, results) {
            switch result {
            case let .success(article): articles.append(article)
            case let .failure(error): failures.append((input.name, error.code, error.message))
            }
        }
        let html = ReportWriter().render(articles, failures: failures)
        let url = URL(fileURLWithPath: output)
        try AtomicFile.write(html, to: url)
        let megabytes = Double(html.utf8.count) / 1_000_000
        FileHandle.standardError.write(
            Data(
                "winnow: wrote \(output): \(articles.count + failures.count) documents, \(String(format: "%.1f", megabytes)) MB\n"
                    .utf8))
    }
}
