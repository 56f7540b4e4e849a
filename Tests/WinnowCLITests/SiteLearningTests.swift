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
        #expect(outputs.count == 6)
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

    /// The six pages as JSON lines records with their addresses, and a seventh from another site.
    static func records(html: Bool) throws -> [(id: String, url: String, page: String)] {
        let folder = WinnowBinary.root.appendingPathComponent(Self.folder)
        var records: [(String, String, String)] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        where name.hasSuffix(".txt") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let lines = text.split(separator: "\n").map(String.init)
            let page = html ? "<html><body>" + lines.map { "<p>\($0)</p>" }.joined() + "</body></html>" : text
            records.append((name, "https://www.dalescourier.example/news/" + name, page))
        }
        records.append(("other", "https://elsewhere.example/a", records[0].2))
        return records
    }

    static func templateCounts(_ stdout: String) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for record in try WinnowBinary.records(stdout) {
            let blocks = record["blocks"] as? [[String: Any]] ?? []
            // WARC ids come as urn:uuid:NAME, JSON lines ids as NAME.
            let id = (record["id"] as? String ?? "?").replacingOccurrences(of: "urn:uuid:", with: "")
            counts[id] = blocks.filter { $0["label"] as? String == "site-template" }.count
        }
        return counts
    }

    @Test func jsonLinesAndWARCRecordsLearnPerSiteFromTheirAddresses() throws {
        let folder = try WinnowBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let jsonl = folder.appendingPathComponent("dump.jsonl")
        let lines = try Self.records(html: false).map { record in
            let object: [String: Any] = ["id": record.id, "url": record.url, "text": record.page]
            return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        }
        try (lines.joined(separator: "\n") + "\n").write(to: jsonl, atomically: true, encoding: .utf8)
        let warc = folder.appendingPathComponent("crawl.warc")
        var archive = Data()
        for record in try Self.records(html: true) {
            archive += Warc.response(id: record.id, html: Data(record.page.utf8), url: record.url)
        }
        try archive.write(to: warc)
        for input in [jsonl, warc] {
            let learning = try Self.templateCounts(WinnowBinary.run(["clean", "--format", "jsonl", input.path]).stdout)
            #expect(learning.count == 7)
            // Six pages of the courier share the appeal; the seventh, from another host, is judged alone.
            #expect(learning.filter { $0.key != "other" }.values.allSatisfy { $0 == 3 }, "\(input.lastPathComponent)")
            #expect(learning["other"] == 0)
            let alone = try Self.templateCounts(
                WinnowBinary.run(["clean", "--format", "jsonl", "--no-site-learning", input.path]).stdout)
            #expect(alone.count == 7)
            #expect(alone.values.allSatisfy { $0 == 0 })
        }
    }
}
