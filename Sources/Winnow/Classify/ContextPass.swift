/// The context pass: turns first-pass judgements into verdicts using the main region and the
/// neighbours of each block.
struct ContextPass: Sendable {
    var blocks: [Block]
    var features: [BlockFeatures]
    var judgements: [FirstPass.Judgement]
    var region: ClosedRange<Int>
    /// The region is the page's own `itemprop="articleBody"`: its plain lines are the article's.
    var isMarked = false

    func decide() -> [Verdict] {
        var verdicts: [Verdict] = []
        verdicts.reserveCapacity(blocks.count)
        // The nearest header opening a section between the article and each outside block,
        // carried along in one sweep: searched back from every block, it read the page once per block.
        var openSection: Int?
        for index in blocks.indices {
            if region.contains(index) {
                verdicts.append(inside(index))
                openSection = nil
                continue
            }
            verdicts.append(outside(index, openSection: openSection))
            if SectionRules.opensSection(judgements[index], isAfter: index > region.upperBound) {
                openSection = index
            }
        }
        return verdicts
    }

    // MARK: Inside the main region

    private func inside(_ index: Int) -> Verdict {
        let judgement = judgements[index], feature = features[index]
        if !isSentenceProse(index) || features[index].isListItem, !isPlainHTMLText(index),
            let header = boxHeader(before: index)
        {
            return sectionVerdict(index, header: header)
        }
        switch judgement.quality {
        case .bad:
            // Sentences of names and numbers (results, line-ups) inside the article are the article's.
            if judgement.reason == .fewStopwords, feature.endsWithSentence || isPlainHTMLText(index) {
                return verdict(
                    index, .paragraph, .betweenContent, .namesInsideArticle(judgement.facts))
            }
            if isLinkedSentence(index) {
                return verdict(
                    index, feature.isListItem ? .listItem : .paragraph, .betweenContent,
                    .linkedSentence(judgement.facts))
            }
            return verdict(index, judgement.label ?? .boilerplate, judgement.reason, judgement.facts)
        case .good, .nearGood:
            if feature.isListItem { return verdict(index, .listItem, .inArticle, judgement.facts) }
            if let label = Self.structuralLabel(feature.kind) {
                return verdict(index, label, .inArticle, judgement.facts)
            }
            return verdict(
                index, Self.isQuotation(blocks[index].text) ? .quote : .paragraph, .inArticle,
                judgement.facts)
        case .short:
            return insideShort(index)
        }
    }

    private func insideShort(_ index: Int) -> Verdict {
        let feature = features[index]
        if feature.isListItem { return listItem(index) }
        if let label = Self.structuralLabel(feature.kind) {
            return verdict(index, label, .betweenContent, .text("a \(feature.kind.rawValue) inside the article"))
        }
        if feature.kind == .heading { return htmlHeading(index) }
        // A quoted post inside the article (an embedded tweet) is short and linked, but quoted
        // text, not a teaser (development pages 3f65af…, ad8266…, 0dd135…).
        if blocks[index].dom != nil, feature.containers.contains(.blockquote) {
            return verdict(index, .quote, .betweenContent, "inside a <blockquote> in the article")
        }
        if feature.isHeadingLike {
            // A repeated plain sentence of HTML text in the article is its own refrain ("Eat
            // every 2–3 hours" under each meal); a repeated link or title is a teaser shown twice.
            if feature.occurrences > 1, !isRefrain(index) {
                return verdict(index, .relatedLinks, .repeatedLine, .text("appears \(feature.occurrences) times"))
            }
            guard let next = nextContent(after: index) else {
                // In a body the page marks as such, a closing line of plain text after the
                // article's own text is its last note.
                if isMarked, isPlainHTMLText(index), index > region.lowerBound,
                    isProse(index - 1) || (isPlainHTMLText(index - 1) && features[index - 1].kind != .heading)
                {
                    return verdict(index, .paragraph, .betweenContent, "plain text closing the article")
                }
                return verdict(index, .relatedLinks, .teaserHeading, "nothing follows it in the article")
            }
            let nextFeature = features[next], nextQuality = judgements[next].quality
            // A label over code or a table ("Python" above a listing) is no section heading.
            if nextFeature.kind == .code || nextFeature.kind == .tableRow {
                return verdict(
                    index, .boilerplate, .short, .text("a label over #\(next), a \(nextFeature.kind.rawValue)"))
            }
            if isProse(next) || nextFeature.endsWithColon
                || (nextQuality == .short && nextFeature.endsWithSentence && !nextFeature.isListItem)
            {
                return verdict(
                    index, .heading, .subHeading, .text("followed by #\(next), \(nextFeature.characters) characters"))
            }
            // In HTML a teaser is a link; a short line of plain text in the article is its own
            // (development page 20b2b6…: a list of gift ideas, one per line).
            if isPlainHTMLText(index) {
                return verdict(index, .paragraph, .betweenContent, "plain text, not a link, inside the article")
            }
            return verdict(
                index, .relatedLinks, .teaserHeading, .text("followed by #\(next), another headline or list"))
        }
        if feature.endsWithSentence || feature.endsWithColon {
            return verdict(
                index, Self.isQuotation(blocks[index].text) ? .quote : .paragraph, .betweenContent,
                "ends like a sentence, inside the article")
        }
        let previousIsProse = index > region.lowerBound && isProse(index - 1)
        let nextIsProse = index < region.upperBound && isProse(index + 1)
        if previousIsProse && nextIsProse {
            return verdict(index, .paragraph, .betweenContent, "both neighbours are prose")
        }
        return verdict(index, .boilerplate, .short, .text("\(feature.characters) characters, not between prose"))
    }

    /// An HTML heading inside the article heads a section unless the next heading comes first
    /// at the same or a higher level (a teaser stack) or nothing follows.
    private func htmlHeading(_ index: Int) -> Verdict {
        let level = blocks[index].dom?.headingLevel ?? 6
        guard let next = nextContent(after: index) else {
            return verdict(index, .relatedLinks, .teaserHeading, "nothing follows it in the article")
        }
        if features[next].kind == .heading, (blocks[next].dom?.headingLevel ?? 6) <= level {
            return verdict(
                index, .relatedLinks, .teaserHeading, .text("followed by #\(next), a heading of the same level"))
        }
        return verdict(index, .heading, .subHeading, .text("<h\(level)> followed by #\(next)"))
    }

    /// A list item is the article's when its list is introduced by the article's own prose, or,
    /// in HTML, when its `<li>` is more text than link.
    private func listItem(_ index: Int) -> Verdict {
        if blocks[index].dom != nil, features[index].linkDensity <= 0.5 {
            return verdict(
                index, .listItem, .articleList,
                .text("an <li> in the article, link density \(features[index].linkDensity.formatted2)"))
        }
        var first = index
        while first > region.lowerBound, features[first - 1].isListItem { first -= 1 }
        var last = index
        while last < region.upperBound, features[last + 1].isListItem { last += 1 }
        let intro = first - 1
        if intro >= region.lowerBound, features[intro].endsWithColon {
            return verdict(index, .listItem, .articleList, .text("introduced by #\(intro), ending in ':'"))
        }
        if intro >= region.lowerBound, isProse(intro), last < region.upperBound, isProse(last + 1) {
            return verdict(index, .listItem, .articleList, .text("between prose #\(intro) and #\(last + 1)"))
        }
        return verdict(index, .relatedLinks, .linkListRun, .text("list of \(last - first + 1) without an introduction"))
    }

    /// The next block inside the region that is not an ad, a placeholder, a caption or a credit.
    private func nextContent(after index: Int) -> Int? {
        var next = index + 1
        while next <= region.upperBound {
            let label = judgements[next].label
            if judgements[next].quality == .bad,
                [.advertisement, .placeholder, .caption, .credit].contains(label)
            {
                next += 1
                continue
            }
            return next
        }
        return nil
    }

    /// In HTML a box's teasers are links; plain text under a box header inside the article is
    /// the article's own (development page e7d77f…: product notes under "Don't Miss:").
    private func isPlainHTMLText(_ index: Int) -> Bool {
        blocks[index].dom != nil && features[index].linkDensity < 0.3
    }

    /// A repeated line of the article's own (development page 5f03fc…): plain HTML text of
    /// three words or more in sentence case, so neither a repeated headline nor a number.
    private func isRefrain(_ index: Int) -> Bool {
        isPlainHTMLText(index) && features[index].occurrences >= 3 && features[index].words >= 3
            && features[index].capitalisedShare < 0.5
    }

    /// The most links a sentence between the article's prose may carry and still be its own.
    static let maxLinkedSentenceDensity = 0.7

    /// A sentence of prose that links its sources, between the article's own prose: link-dense
    /// by the first pass, but no teaser (development page fde930…: a news digest, one item a
    /// list entry, two with more than half their text in links). Teasers are links through and
    /// through; this needs stop words, a sentence end and at most 0.7 of its text in links.
    private func isLinkedSentence(_ index: Int) -> Bool {
        let feature = features[index]
        guard judgements[index].reason == .linkDense, feature.endsWithSentence, feature.words >= 12,
            feature.stopwordRatio >= 0.3, feature.linkDensity <= Self.maxLinkedSentenceDensity
        else { return false }
        let isLinked = { (other: Int) in judgements[other].reason == .linkDense }
        var previous = index - 1
        while previous >= region.lowerBound, isLinked(previous) { previous -= 1 }
        var next = index + 1
        while next <= region.upperBound, isLinked(next) { next += 1 }
        return previous >= region.lowerBound && next <= region.upperBound && isSentenceProse(previous)
            && isSentenceProse(next)
    }

    /// Prose that ends like a sentence: where a box of links inside the article ends.
    private func isSentenceProse(_ index: Int) -> Bool { judgements[index].isSentenceProse(features[index]) }

    private func isProse(_ index: Int) -> Bool { judgements[index].isProse }

    /// Inside the article, the "Related" header of a box of links this block belongs to: the
    /// header stands before it with no full paragraph in between.
    private func boxHeader(before index: Int) -> Int? {
        var candidate = index - 1
        let isList = features[index].isListItem
        while candidate >= region.lowerBound, !isSentenceProse(candidate) || (isList && features[candidate].isListItem)
        {
            if judgements[candidate].reason == .sectionHeader,
                judgements[candidate].label == .relatedLinks || judgements[candidate].label == .latestNews
            {
                return candidate
            }
            candidate -= 1
        }
        return nil
    }

    func sectionVerdict(_ index: Int, header: Int) -> Verdict {
        verdict(
            index, judgements[header].label ?? .boilerplate, .inSection,
            .underHeader(blocks[header].text, index: header))
    }

    func verdict(_ index: Int, _ label: Label, _ reason: Reason, _ facts: Evidence) -> Verdict {
        Verdict(label: label, reason: reason, facts: facts, firstPass: judgements[index].quality)
    }

    /// Table rows and code keep their own label in the body, whatever their length.
    static func structuralLabel(_ kind: BlockKind) -> Label? {
        switch kind {
        case .tableRow: .tableRow
        case .code: .code
        default: nil
        }
    }

    static func isQuotation(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        // Switches, not set literals: two sets were built for every block asked.
        switch first {
        case "\"", "“", "„", "«", "'", "‘": break
        default: return false
        }
        switch last {
        case "\"", "”", "“", "»", "'", "’": return text.unicodeScalars.count > 2
        default: return false
        }
    }
}
