/// Recognises dates, times and reading times in folded text, by vocabulary and digits only.
enum DateShapes {
    /// Words that may stand in a date line besides numbers and month names.
    static let dateWords: Set<Substring> = [
        "at", "on", "updated", "published", "posted", "last", "modified", "ago", "a", "an", "am", "pm",
        "gmt", "utc", "et", "est", "edt", "cst", "cdt", "pst", "pdt", "bst", "cet", "cest", "msk", "ist",
        "th", "st", "nd", "rd", "just", "now", "yesterday", "today", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "time", "date", "of", "the", "seconds", "minutes", "hours", "days", "weeks", "months", "years",
        "second", "minute", "hour", "day", "week", "month", "year", "mins", "min", "hrs", "hr", "г", "года",
        "um", "uhr", "am", "stand", "aktualisiert", "обновлено", "опубликовано",
    ]

    /// True for a block that is a date or time and little else ("Nov 19, 2019, 10:31 pm CST",
    /// "CNN a day ago", "20 Nov, 2019 05:47"). Up to two other words (a source) may stand in it.
    static func isDateLine(_ folded: String) -> Bool {
        let words = folded.split(separator: " ")
        guard !words.isEmpty, words.count <= 12 else { return false }
        var markers = 0, others = 0, numbers = 0
        for word in words {
            if Vocabulary.months[String(word)] != nil {
                markers += 1
            } else if word.allSatisfy(\.isNumber) {
                numbers += 1
            } else if word == "ago" || word == "yesterday" || word == "today" {
                markers += 1
            } else if !dateWords.contains(word) {
                others += 1
            }
        }
        if numbers >= 3 && others == 0 { markers += 1 }  // 2019 11 20, 12 03
        return markers >= 1 && others <= 2 && others * 2 < words.count
    }

    /// "2 min read", "5 minute read", "reading time 3 minutes": the phrase as found, else nil.
    static func readingTime(_ folded: String) -> String? {
        let words = folded.split(separator: " ")
        guard words.count >= 2, words.count <= 5 else { return nil }
        let units: Set<Substring> = ["min", "mins", "minute", "minutes", "minuten", "мин", "минут", "minutos"]
        guard words.contains(where: { units.contains($0) }), words.contains(where: { $0.allSatisfy(\.isNumber) })
        else { return nil }
        let readWords: Set<Substring> = ["read", "reading", "time", "lesezeit", "чтения", "lectura", "lecture"]
        return words.contains(where: { readWords.contains($0) }) ? folded : nil
    }
}
