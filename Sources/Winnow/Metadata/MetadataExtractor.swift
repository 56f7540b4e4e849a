/// The Metadata stage for text dumps: reads title, authors, date, site, dateline, language,
/// reading time and image notes from the classified blocks.
public struct MetadataExtractor: Sendable {
    public var options: MetadataOptions

    public init(options: MetadataOptions) {
        self.options = options
    }

    public func extract(_ blocks: [Block], _ classification: Classification, head: PageHead? = nil) -> Metadata {
        let verdicts = classification.verdicts
        var metadata = Metadata()
        func texts(_ label: Label) -> [Int] { blocks.indices.filter { verdicts[$0].label == label } }
        let titles = texts(.title).map { blocks[$0].text }
        let (title, titleSite) = TitleCleaner.split(titles.min(by: { $0.count < $1.count }))
        metadata.title = title
        metadata.subtitle = texts(.subtitle).first.map { blocks[$0].text }
        metadata.authors = BylineParser().authors(blocks: blocks, verdicts: verdicts)
        let region = classification.region
        let dateParser = DateParser(reference: options.referenceDate.flatMap(DateParts.init(iso:)))
        var site: String?
        for index in texts(.date) where region.map({ index < $0.lowerBound || index <= $0.upperBound + 3 }) ?? true {
            guard let found = dateParser.parse(blocks[index].text) else { continue }
            metadata.published = found
            site = SourceName.leftover(in: blocks[index].text, around: found.text)
            break
        }
        let body = blocks.indices.filter { verdicts[$0].isKept }
        let datelineBlock = texts(.dateline).first ?? body.first
        if let index = datelineBlock, let dateline = Dateline.parse(blocks[index].text) {
            metadata.dateline = dateline.place
            site = site ?? dateline.source
        }
        metadata.site = site ?? titleSite
        // The classifier's words of each block, when it scanned these blocks: scanning the body
        // again for its language cost a tenth of a text dump's time.
        let scanned = classification.words.count == blocks.count ? classification.words : nil
        let bodyWords = body.reduce(0) { $0 + (scanned?[$1].count ?? WordScanner.wordCount(in: blocks[$1].text)) }
        metadata.wordCount = bodyWords
        metadata.language = LanguageIdentifier.identify(body.map { blocks[$0].text }) {
            scanned.map { words in body.flatMap { words[$0] } }
                ?? body.flatMap { WordScanner.words(in: blocks[$0].text) }
        }
        if !body.isEmpty {
            let found = texts(.readingTime).first.map { blocks[$0].text }
            metadata.readingTime = ReadingTime(text: found, minutes: max(1, (bodyWords + 229) / 230))
        }
        metadata.images = blocks.indices.compactMap { index in
            ImageNote.from(blocks[index].text, label: verdicts[index].label)
        }
        if let head, classification.region != nil { Self.merge(head, into: &metadata, dates: dateParser) }
        return metadata
    }
}

extension MetadataExtractor {
    /// Adds what an HTML page declares about itself. The visible page wins for the title; the
    /// declarations win for authors, dates, site and address, which pages mark up for machines.
    static func merge(_ head: PageHead, into metadata: inout Metadata, dates: DateParser) {
        let structured = StructuredData(jsonLD: head.jsonLD)
        let meta = head.meta
        let declared = meta["og:title"] ?? meta["twitter:title"] ?? structured.headline ?? head.title
        // The visible headline wins unless it has little to do with what the page declares: then
        // the line taken was a label or a teaser ("You are at:", a product name), not the headline.
        if metadata.title == nil || Self.overlap(metadata.title ?? "", declared ?? "") < 0.3 && declared != nil {
            let (title, site) = TitleCleaner.split(declared)
            metadata.title = title
            metadata.site = metadata.site ?? site
        }
        let declaredAuthors =
            (structured.authors + [meta["author"], meta["article:author"]].compactMap { $0 }
            + head.authorLinks)
            .map { BylineParser.names(in: $0).first ?? $0 }
            .filter { BylineParser.isPersonName($0) && $0 != structured.publisher && $0 != meta["og:site_name"] }
        for name in declaredAuthors.reversed() where !metadata.authors.contains(where: { $0.name == name }) {
            metadata.authors.insert(Author(name: name, role: nil, bio: nil), at: 0)
        }
        let published =
            structured.published ?? meta["article:published_time"] ?? meta["og:published_time"]
            ?? meta["datepublished"] ?? meta["date"] ?? head.timeDatetime
        if let published, let found = declaredDate(published, dates) { metadata.published = found }
        if let modified = structured.modified ?? meta["article:modified_time"] ?? meta["og:updated_time"] {
            metadata.modified = declaredDate(modified, dates)
        }
        metadata.site = meta["og:site_name"] ?? structured.publisher ?? metadata.site
        metadata.url = head.canonicalURL ?? meta["og:url"]
        let keywords =
            structured.keywords.isEmpty
            ? (meta["news_keywords"] ?? meta["keywords"] ?? "").split(separator: ",").map {
                String($0).trimmingSpaces()
            }
            : structured.keywords
        metadata.tags = ([structured.section ?? meta["article:section"]].compactMap { $0 } + keywords)
            .filter { !$0.isEmpty }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        metadata.mainImage = meta["og:image"] ?? meta["twitter:image"] ?? structured.image
        if metadata.published == nil, let url = metadata.url, let day = Self.dateInAddress(url) {
            metadata.published = FoundDate(text: url, iso: day)
        }
        if metadata.language == nil, let language = head.language, !language.isEmpty {
            metadata.language = LanguageGuess(code: String(language.prefix(2)).lowercased(), confidence: 0)
        }
    }
}

extension MetadataExtractor {
    /// `/2019/11/19/` or `/2019-11-19/` in an address: many sites date their paths.
    static func dateInAddress(_ url: String) -> String? {
        let parts = url.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "_" }).map(String.init)
        for index in 0..<max(0, parts.count - 2) {
            guard parts[index].count == 4, let year = Int(parts[index]), (1990...2100).contains(year),
                let month = Int(parts[index + 1]), (1...12).contains(month), parts[index + 1].count <= 2,
                let day = Int(parts[index + 2]), (1...31).contains(day), parts[index + 2].count <= 2
            else { continue }
            return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        }
        return nil
    }

    /// Share of the second title's words (4+ letters) that the first one has too.
    static func overlap(_ first: String, _ second: String) -> Double {
        let words = { (text: String) in Set(WordScanner.words(in: text).filter { $0.letters >= 4 }.map(\.stem)) }
        let a = words(first), b = words(second)
        guard !b.isEmpty else { return 1 }
        return Double(a.intersection(b).count) / Double(b.count)
    }

    /// A date a page declares: ISO as it stands, other forms ("Mon, 18 Nov 2019 16:07:38") read by
    /// the date parser; placeholders before 1990 ("0001-01-01T00:00:00Z") are no date.
    static func declaredDate(_ text: String, _ dates: DateParser) -> FoundDate? {
        if let day = DateParser.isoDate(in: text) {
            guard let year = Int(day.prefix(4)), year >= 1990 else { return nil }
            return FoundDate(text: text, iso: text)
        }
        guard let parsed = dates.parse(text), parsed.iso != nil else { return nil }
        return FoundDate(text: text, iso: parsed.iso)
    }
}

extension ImageNote {
    /// A caption with its trailing credit split off, or a credit line with its label removed.
    static func from(_ text: String, label: Label) -> ImageNote? {
        switch label {
        case .caption:
            guard let credit = ShapeMatcher.trailingCredit(text), let open = text.lastIndex(of: "(") else {
                return ImageNote(caption: text, credit: nil)
            }
            return ImageNote(caption: String(text[..<open]).trimmingSpaces(), credit: credit)
        case .credit:
            let lowered = text.lowercased()
            let opening = Vocabulary.creditOpenings.first(where: lowered.hasPrefix)
            var credit = String(text.dropFirst(opening?.count ?? 0)).trimmingSpaces()
            if credit.hasPrefix("("), credit.hasSuffix(")") { credit = String(credit.dropFirst().dropLast()) }
            return ImageNote(caption: nil, credit: credit)
        default:
            return nil
        }
    }
}
