/// What a batch learned about one site's template: the blocks that recur on many of its pages
/// (the same "Latest news" list, footer, promo or newsletter box on twenty pages). A single page
/// cannot tell its template from its article; a batch can.
public struct SiteTemplate: Sendable, Equatable {
    public var site: String
    /// Distinct pages of the site in the batch.
    public var documents: Int
    /// Fingerprint of each template block, with how many of the pages have it.
    public var shared: [UInt64: Int]

    public init(site: String, documents: Int, shared: [UInt64: Int]) {
        self.site = site
        self.documents = documents
        self.shared = shared
    }

    /// A block's identity across pages: its words, case and spacing aside. Blocks shorter
    /// than three words are not fingerprinted (a lone "Share" proves nothing about a template).
    public static func fingerprint(_ text: String) -> UInt64? {
        let words = WordScanner.words(in: text)
        guard words.count >= 3 else { return nil }
        return words.reduce(0xcbf2_9ce4_8422_2325 as UInt64) { ($0 ^ $1.hash) &* 0x100_0000_01b3 }
    }

    /// Kept blocks that are template become `site-template`, unless that would take most of
    /// the article: a page sharing most of its body with another page of the batch is a copy of
    /// it (a crawl fetched it twice, or an update of the story), not a template.
    func apply(to verdicts: inout [Verdict], blocks: [Block]) {
        var hits: [(index: Int, count: Int)] = []
        var kept = 0, shared = 0
        for (index, block) in blocks.enumerated() where verdicts[index].isKept {
            let characters = block.text.utf8.count
            kept += characters
            guard let fingerprint = Self.fingerprint(block.text), let count = self.shared[fingerprint] else { continue }
            hits.append((index, count))
            shared += characters
        }
        guard shared * 2 <= kept else { return }
        for hit in hits {
            verdicts[hit.index] = Verdict(
                label: .siteTemplate, reason: .sharedAcrossSite,
                evidence: "on \(hit.count) of \(documents) pages from \(site)", firstPass: verdicts[hit.index].firstPass
            )
        }
    }
}

/// Counts, over a whole batch, on how many distinct pages of each site every block appears,
/// whatever the order the pages come in; then gives each site's template.
public struct SiteTemplateLearner: Sendable {
    /// A block is template when at least this many pages of its site have it (two pages of a
    /// site share sign-offs like "Originally published on Live Science." that readers count as
    /// the article: measured on the development pages)...
    public var minDocuments = 3
    /// ...and at least this share of them.
    public var minShare = 0.3
    /// Entries kept at most (site and block): about 40 bytes each, so ~80 MB at the cap (plus one
    /// entry per distinct page seen, kept to count each page once). Past
    /// it the rarest blocks are dropped until half the cap is left, so counts (and so templates)
    /// are exact below the cap and approximate above it.
    public var capacity = 2_000_000

    private var counts: [Key: Int] = [:]
    private var documents: [String: Int] = [:]
    private var seenPages: Set<Key> = []

    struct Key: Hashable, Sendable {
        var site: String
        var fingerprint: UInt64
    }

    public init() {}

    /// One page's block fingerprints. A page seen before (same site, same blocks) counts once.
    public mutating func add(site: String, fingerprints: [UInt64]) {
        let unique = Set(fingerprints)
        guard !unique.isEmpty else { return }
        let page = Key(site: site, fingerprint: unique.sorted().reduce(0) { ($0 ^ $1) &* 0x100_0000_01b3 })
        guard seenPages.insert(page).inserted else { return }
        documents[site, default: 0] += 1
        for fingerprint in unique { counts[Key(site: site, fingerprint: fingerprint), default: 0] += 1 }
        if counts.count > capacity {
            var floor = 1
            while counts.count > capacity / 2 {
                counts = counts.filter { $0.value > floor }
                floor += 1
            }
        }
    }

    /// Every site's template at once (one pass over the counts).
    public func templates() -> [String: SiteTemplate] {
        var shared: [String: [UInt64: Int]] = [:]
        for (key, count) in counts {
            guard let pages = documents[key.site], pages >= minDocuments,
                count >= max(minDocuments, Int((Double(pages) * minShare).rounded(.up)))
            else { continue }
            shared[key.site, default: [:]][key.fingerprint] = count
        }
        return shared.reduce(into: [:]) { result, entry in
            result[entry.key] = SiteTemplate(site: entry.key, documents: documents[entry.key] ?? 0, shared: entry.value)
        }
    }
}
