import Foundation
import Testing
import Winnow

@testable import winnow_fuzz

/// Every input in `FuzzRegressions/` (the seeds that matter and each crash `scripts/fuzz` found)
/// goes through the fuzz target's own calls and must come out whole.
@Suite struct FuzzRegressionTests {
    /// One file of the folder; its name is the test case's name.
    struct Regression: Sendable, CustomStringConvertible {
        let url: URL
        var description: String { url.lastPathComponent }

        /// The folder beside this file's, found from `#filePath` (no bundled resources).
        static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("FuzzRegressions")

        static let all: [Regression] = {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map {
                Regression(url: folder.appendingPathComponent($0))
            }
        }()
    }

    @Test func theFolderHoldsAtLeastTheSeeds() {
        let names = Set(Regression.all.map(\.description))
        #expect(names.isSuperset(of: ["empty", "selector-html", "selector-text"]))
    }

    @Test(arguments: Regression.all)
    func inputIsCleanedOrRefusedAndEveryWriterFinishes(_ regression: Regression) throws {
        let fuzzCase = FuzzCase(Array(try Data(contentsOf: regression.url)))
        let article: Article
        do {
            article = try fuzzCase.clean()
        } catch {
            // A refusal (too large, binary, undecodable) is an answer, not a crash; the tiny
            // page and dump are ordinary inputs and must be cleaned.
            #expect(!regression.description.hasPrefix("tiny-"), "\(regression): \(error)")
            return
        }
        #expect(FuzzCase.brokenPromises(article, fuzzCase.render(article)) == [])
    }
}
