/// The context pass outside the main region: what stands before or after the article is
/// furniture, labelled by its own shape or by the section header it stands under.
extension ContextPass {
    /// `openSection`: the nearest header opening a section between the article and this block.
    func outside(_ index: Int, openSection: Int?) -> Verdict {
        let judgement = judgements[index], feature = features[index]
        if SectionRules.opensSection(judgement) {
            return verdict(index, judgement.label ?? .boilerplate, judgement.reason, judgement.facts)
        }
        let isBefore = index < region.lowerBound
        // Before the article, a byline or a caption is the article's own even under a header;
        // after it, what a "Related" header opens is the related stories' furniture.
        if isBefore, judgement.quality == .bad, let label = judgement.label {
            return verdict(index, label, judgement.reason, judgement.facts)
        }
        // Notices keep their own label inside a section: a copyright line under "Related" is legal.
        if judgement.quality == .bad, let label = judgement.label, Self.keepsOwnLabel(label) {
            return verdict(index, label, judgement.reason, judgement.facts)
        }
        if let header = openSection { return sectionVerdict(index, header: header) }
        if judgement.quality == .bad, let label = judgement.label {
            return verdict(index, label, judgement.reason, judgement.facts)
        }
        let label: Label = judgement.isProse ? .boilerplate : .navigation
        let reason: Reason = isBefore ? .beforeArticle : .afterArticle
        return verdict(
            index, label, reason, .outsideArticle(isBefore: isBefore, region: region, characters: feature.characters))
    }

    static func keepsOwnLabel(_ label: Label) -> Bool {
        [.legal, .cookie, .share, .advertisement, .promo].contains(label)
    }
}

/// Which blocks open a boilerplate section.
enum SectionRules {
    /// `isAfter`: the block stands after the article; before it, a promotion line is a menu item.
    static func opensSection(_ judgement: FirstPass.Judgement, isAfter: Bool = true) -> Bool {
        guard judgement.label?.opensSection == true else { return judgement.reason == .commentShape }
        // A short promotion line ("DOWNLOAD THE APP") heads the promotion box below it.
        return judgement.reason == .sectionHeader
            || (judgement.reason == .phrase && judgement.label == .promo && isAfter)
    }
}
