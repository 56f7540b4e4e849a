import Foundation
import Winnow

/// One folder under `samples/text/`: an input dump, its golden outputs and `about.json`.
struct SamplePage: Sendable, CustomStringConvertible {
    let slug: String
    let folder: URL

    /// The repository root, found from this file's path (no bundled resources).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let all: [SamplePage] = {
        let samples = root.appendingPathComponent("samples/text")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []
        return names.sorted().map { SamplePage(slug: $0, folder: samples.appendingPathComponent($0)) }
    }()

    var description: String { slug }

    func file(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// The input as the CLI names it when run from the repository root.
    var input: RawInput {
        get throws {
            let bytes = try Data(contentsOf: file("input.txt"))
            return RawInput(id: "samples/text/\(slug)/input.txt", bytes: Array(bytes), format: .text)
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
