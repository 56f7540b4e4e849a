import Foundation
import Winnow

/// One folder under `samples/text/` (an `input.txt` dump) or `samples/pages/` (a `source.html`
/// page), with its golden outputs and `about.json`.
struct SamplePage: Sendable, CustomStringConvertible {
    let slug: String
    let folder: URL
    let format: InputFormat

    /// The repository root, found from this file's path (no bundled resources).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let all: [SamplePage] = pages(in: "samples/text", format: .text) + pages(in: "samples/pages", format: .html)

    private static func pages(in path: String, format: InputFormat) -> [SamplePage] {
        let samples = root.appendingPathComponent(path)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []
        return names.sorted().map { SamplePage(slug: $0, folder: samples.appendingPathComponent($0), format: format) }
    }

    var description: String { (format == .html ? "pages/" : "text/") + slug }

    /// The input file's name and its path from the repository root, as the CLI names it.
    var inputName: String { format == .html ? "source.html" : "input.txt" }
    var inputPath: String { (format == .html ? "samples/pages/" : "samples/text/") + slug + "/" + inputName }

    func file(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// The input as the CLI names it when run from the repository root.
    var input: RawInput {
        get throws {
            let bytes = try Data(contentsOf: file(inputName))
            return RawInput(id: inputPath, bytes: Array(bytes), format: format)
        }
    }

    /// What the sample's author says a perfect cleaner gives.
    var about: About {
        get throws { try JSONDecoder().decode(About.self, from: Data(contentsOf: file("about.json"))) }
    }

    struct About: Decodable {
        var slug: String
        var what: String
        var title: String?
        var body: [String]
        var metadata: [String: StringOrList]?
        /// The loss codes the page must report (`ok-lossy`); none when absent.
        var lossy: [String]?
    }

    enum StringOrList: Decodable {
        case string(String), list([String])

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) {
                self = .string(text)
            } else {
                self = .list(try container.decode([String].self))
            }
        }
    }
}
