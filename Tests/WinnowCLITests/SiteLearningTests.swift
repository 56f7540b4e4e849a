import Foundation
import Testing

/// Site-template learning on `samples/site/dales-courier`: six pages of one site, each with its
/// own article and the same membership appeal after it, which one page alone keeps as prose.
@Suite struct SiteLearningTests {
    static let folder = "samples/site/dales-courier"

    struct About: Decodable {
        var bodies: [String: [String]]
    }

    static func about() throws -> About {
        try JSONDecoder().decode(
            About.self, from: Data(contentsOf: WinnowBinary.root.appendingPathComponent(folder + "/about.json")))
    }

    /// `--output` of a run over the given paths: file name to JSON object.
    static func outputs(_ arguments: [String]) throws -> [String: [String: Any]] {
        let out = try WinnowBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try WinnowBinary.run(["clean", "--format", "json", "--quiet", "--output", out.path] + arguments)
        #expect(run.status == 0, "\(run.stderr)")
        var outputs: [String: [String: Any]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: out.path) {
            let data = try Data(contentsOf: out.appendingPathComponent(name))
            outputs[name] = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        }
        return outputs
    }

    static func body(_ record: [String: Any]?) -> [String] {
        (record?["body"] as? String ?? "").components(separatedBy: "\n\n")
    }

    @Test func theSitesAppealIsLearntAndEachBodyIsItsArticle() throws {
        let about = try Self.about()
        let outputs = try Self.outputs([Self.folder])
        #expect(outputs.count == about.bodies.count)
        for (slug, expected) in about.bodies {
            let record = outputs[slug + ".json"]
            #expect(Self.body(record) == expected, "\(slug)")
            let template = (record?["blocks"] as? [[String: Any]] ?? []).filter {
                $0["label"] as? String == "site-template"
            }
            #expect(template.count == 3, "\(slug)")
            #expect(template.allSatisfy { $0["evidence"] as? String == "on 6 of 6 pages from folder \(Self.folder)" })
        }
    }

    @Test func withoutSiteLearningEachPageKeepsTheAppeal() throws {
        let outputs = try Self.outputs(["--no-site-learning", Self.folder])
        for (name, record) in outputs {
            #expect(Self.body(record).count == 6, "\(name): three article paragraphs and the three of the appeal")
        }
    }

    @Test func theResultDoesNotDependOnInputOrder() throws {
        let files = try FileManager.default.contentsOfDirectory(
            atPath: WinnowBinary.root.appendingPathComponent(Self.folder).path
        ).filter { $0.hasSuffix(".txt") }.sorted().map { Self.folder + "/" + $0 }
        let forward = try Self.outputs(files)
        let backward = try Self.outputs(files.reversed())
        #expect(forward.count == 6)
        for (name, record) in forward {
            #expect(NSDictionary(dictionary: record) == NSDictionary(dictionary: backward[name] ?? [:]), "\(name)")
        }
    }
}
