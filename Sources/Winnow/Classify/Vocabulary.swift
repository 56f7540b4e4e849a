/// The phrase tables the classifier and the repairs read, one table per concept.
///
/// Phrases are whole furniture labels in several languages, never sentences from one page.
/// A block matches a table when its folded text (lowercase, letters and digits only, spaces
/// kept) equals an entry, or starts with one where the table says so.
enum Vocabulary {
    /// Headers that open a boilerplate section: what follows belongs to the section.
    static let sectionHeaders: [Label: [String]] = [
        .latestNews: [
            "latest news", "latest stories", "latest headlines", "latest articles", "news feed",
            "top stories", "most read", "most popular", "most viewed", "most shared",
            "popular now", "popular stories", "trending", "trending now", "trending stories",
            "recent posts", "recent news", "recent articles", "recent stories", "more news", "more stories",
            "more headlines", "editors picks", "editor s picks", "in case you missed it", "top news",
            "breaking news", "what to read next", "don t miss", "must read",
            "neueste nachrichten", "aktuelle nachrichten", "meistgelesen", "meistgelesene artikel",
            "neueste artikel", "top themen", "последние новости", "популярное", "самое читаемое",
            "лента новостей", "últimas noticias", "lo más leído", "lo más visto",
            "dernières actualités", "les plus lus", "à la une", "ultime notizie", "i più letti",
            "últimas notícias", "mais lidas", "laatste nieuws", "meest gelezen", "najnowsze", "najczęściej czytane",
        ],
        .relatedLinks: [
            "related articles", "related stories", "related posts", "related content",
            "related news", "related coverage", "related topics", "you may also like", "you might also like",
            "you may be interested in", "recommended for you", "recommended stories",
            "recommended articles", "read next", "more from", "see also", "also read",
            "read also", "more on this story", "more on this topic", "more like this", "further reading",
            "also on", "around the web", "from around the web", "sponsored stories", "promoted stories",
            "mehr zum thema", "das könnte sie auch interessieren", "weitere artikel", "auch interessant",
            "lesen sie auch", "читайте также", "по теме", "смотрите также", "читайте еще", "новости партнёров",
            "новости партнеров", "рекомендуем", "artículos relacionados", "te puede interesar", "noticias relacionadas",
            "à lire aussi", "lire aussi", "sur le même sujet", "articles similaires", "articoli correlati",
            "leggi anche", "potrebbe interessarti", "leia também", "veja também", "notícias relacionadas",
            "gerelateerde artikelen", "lees ook", "zobacz też", "czytaj też", "powiązane artykuły",
            "you may like", "you might like",
        ],
        .comments: [
            "comments", "leave a comment", "leave a reply", "post a comment", "join the discussion",
            "join the conversation", "reader comments", "show comments", "view comments",
            "kommentare", "kommentar", "leserkommentare", "diskussion", "комментарии",
            "комментарий", "обсуждение", "comentarios", "comentários", "commentaires", "réactions",
            "commenti", "reacties", "komentarze",
        ],
    ]

    /// Both tables by the hash of the folded phrase: the label, and whether it opens a section.
    /// The translated tables (`Vocabulary+Phrases.swift`) join in; a whole-line label never
    /// becomes a section header ("Reply" under a comment opens nothing).
    static let phraseTable: WordTable<(Label, Bool)> = {
        var table: [UInt64: (Label, Bool)] = [:]
        func add(_ label: Label, _ phrases: [String], isHeader: Bool) {
            for phrase in phrases {
                let key = WordScanner.hash(of: Substring(WordScanner.folded(phrase)))
                if isHeader, let existing = table[key], !existing.1 { continue }
                table[key] = (label, isHeader)
            }
        }
        for (label, phrases) in furniture { add(label, phrases, isHeader: false) }
        for (label, languages) in translatedFurniture {
            for phrases in languages.values { add(label, phrases, isHeader: false) }
        }
        for (label, phrases) in sectionHeaders { add(label, phrases, isHeader: true) }
        for (label, languages) in translatedSectionHeaders {
            for phrases in languages.values { add(label, phrases, isHeader: true) }
        }
        return WordTable(table)
    }()

    /// Whole-block furniture phrases and the label they carry.
    static let furniture: [Label: [String]] = [
        .promo: [
            "download the app", "get the app", "get our app", "download our app", "try our ai features",
            "subscribe", "subscribe now", "subscribe today", "sign up", "sign up now", "newsletter",
            "newsletters", "get our newsletter", "free newsletter", "become a member", "support us",
            "support our journalism", "donate", "get started now", "start your free trial", "free trial",
            "app store", "google play", "app storeplay store", "play store", "get it on google play",
            "jetzt abonnieren", "abonnieren", "newsletter abonnieren", "подписаться", "подпишитесь",
            "suscríbete", "suscribirse", "s abonner", "abonnez vous", "abbonati", "assine", "abonneer",
        ],
        .share: [
            "share", "share this", "share this article", "share this story", "share article", "share on facebook",
            "share on twitter", "share on x", "tweet", "facebook", "twitter", "x", "email", "e mail", "print",
            "whatsapp", "linkedin", "pinterest", "reddit", "telegram", "copy link", "copy url", "like this",
            "share via", "share your thoughts", "teilen", "artikel teilen", "поделиться", "compartir",
            "partager", "condividi", "compartilhar", "delen", "udostępnij", "get short url", "follow us",
        ],
        .comments: [
            "reply", "report", "report comment", "load more comments", "show more comments", "no comments yet",
            "be the first to comment", "log in to comment", "you must log in to post a comment", "antworten",
            "ответить", "responder", "répondre", "rispondi",
        ],
        .cookie: [
            "accept", "accept all", "accept cookies", "accept all cookies", "reject all", "decline",
            "manage preferences", "manage cookies", "cookie settings", "cookie preferences", "got it",
            "alle akzeptieren", "akzeptieren", "принять", "aceptar", "accepter", "tout accepter", "accetta",
        ],
        .legal: [
            "privacy policy", "privacy", "terms of use", "terms of service", "terms and conditions", "terms",
            "cookie policy", "all rights reserved", "impressum", "datenschutz", "agb", "contact us",
            "about us", "contact", "about", "advertise", "advertise with us", "careers", "sitemap",
            "accessibility", "политика конфиденциальности", "aviso legal", "mentions légales",
        ],
        .navigation: [
            "home", "menu", "search", "sign in", "log in", "login", "register", "log out", "back to top",
            "skip to content", "skip to main content", "main menu", "close", "open", "toggle navigation",
            "more", "sections", "startseite", "suche", "главная", "поиск", "меню", "inicio", "accueil",
        ],
        .pagination: [
            "next", "previous", "prev", "next page", "previous page", "older posts", "newer posts",
            "load more", "show more", "read more", "read full article", "read the full story", "see more", "view more",
            "view all", "see all", "more articles",
            "continue reading", "weiterlesen", "далее", "показать еще", "ver más", "suite",
        ],
        .advertisement: [
            "advertisement", "advertising", "ad", "ads", "sponsored", "sponsored content", "paid content",
            "anzeige", "werbung", "реклама", "publicidad", "publicité", "pubblicità",
        ],
        .placeholder: [
            "logo", "avatar", "article image", "image", "photo", "icon", "thumbnail", "video", "play video",
            "loading", "loading...", "orange background", "placeholder", "this slideshow requires javascript",
            "please enable javascript", "javascript is disabled",
        ],
    ]

    /// Verbs that end a comment's attribution line: "jane says:".
    static let commentVerbs = [
        "says", "said", "wrote", "writes", "schreibt", "schrieb", "пишет", "написал", "dice", "dit",
    ]

    /// Block starts that mark a promotion when the block is short: "Subscribe to ...".
    static let promoOpenings = [
        "download the", "get the app", "subscribe to", "sign up for", "sign up to", "join our", "get our",
        "try our", "explore what", "click here to subscribe", "enter your email", "never miss",
        "become a subscriber", "support independent", "already a subscriber", "melden sie sich",
        "abonnieren sie", "подпишитесь на", "подписывайтесь на", "suscríbete a", "abonnez-vous", "iscriviti",
    ]

    /// Phrases that mark a promotion anywhere in a short block.
    static let promoPhrases = [
        "delivered to your inbox", "unsubscribe at any time", "by signing up", "sign up for our",
        "subscribe to our", "download our app", "download the app", "in your inbox",
    ]

    /// Block starts that mark a cookie or consent notice.
    static let cookieOpenings = [
        "we use cookies", "this site uses cookies", "this website uses cookies", "we and our partners",
        "by continuing to use", "by using this site", "wir verwenden cookies", "diese website verwendet cookies",
        "мы используем cookie", "utilizamos cookies", "nous utilisons des cookies",
    ]

    /// Block starts that announce a teaser link inside an article: "Also on ...", "Read more: ...".
    static let teaserOpenings = [
        "also on", "also read", "read also", "read more", "see also", "related", "more", "recommended",
        "watch", "listen", "читайте также", "lesen sie auch", "mehr zum thema", "lire aussi",
    ]

    /// Line starts that introduce an author.
    static let bylineOpenings = [
        "by ", "original author:", "author:", "authors:", "words by ", "written by ", "posted by ",
        "story by ", "reporting by ", "von ", "autor:", "автор:", "автор ", "por ", "par ", "di ",
        "كتب:", "كتب ", "بقلم", "作者：", "记者 ", "文／", "文/", "글=", "기자 ",
    ]

    /// First words of the credit and byline openings, by hash: a cheap test before the full one.
    static let personOpeningWords = WordTable(
        set: (creditOpenings + bylineOpenings).compactMap { WordScanner.words(in: $0).first?.hash })

    /// Line starts that introduce a photo credit.
    static let creditOpenings = [
        "photo:", "photo by", "photos:", "image:", "image by", "images:", "credit:", "photograph:",
        "photo credit:", "picture:", "source:", "foto:", "bild:", "фото:", "фото ", "imagen:", "crédit photo",
    ]

    /// Openings and endings of photo captions in scripts without spaces: "图为…", "…记者 张磊 摄".
    static let captionOpenings = ["图为", "图：", "图片来源", "写真：", "写真は", "사진=", "사진:"]
    static let captionEndings = ["摄", "供图", "图片来源", "提供"]

    /// Picture agencies whose name closes a short credit line: "Alex Wong | Getty Images".
    static let agencyEndings = [
        "getty images", "reuters", "afp", "associated press", "ap photo", "epa", "shutterstock", "istock",
        "alamy", "xinhua", "afp via getty images", "dpa", "anadolu agency",
    ]

    /// Words inside a trailing parenthesis that make it a photo credit: "(Jane Doe/Reuters)".
    static let creditWords = [
        "getty", "images", "photo", "reuters", "afp", "ap", "epa", "shutterstock", "via", "credit",
        "courtesy", "file", "dpa", "tass", "pool", "istock", "alamy", "bloomberg", "xinhua", "تصوير", "صورة",
        "أرشيفية", "фото", "foto", "photo", "imagen", "bild",
    ]

    /// Labels that icon fonts and `<time>` elements leave glued before dates in dumps.
    static let dateLabels: Set<String> = ["time", "date", "clock", "updated", "posted", "published", "icon"]

    /// Units of relative dates, singular and English: "a day ago", "2 hours ago".
    static let relativeTimeUnits = ["second", "minute", "hour", "day", "week", "month", "year"]

    /// Month names and abbreviations with their numbers, for datelines and bylines.
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
        "januar": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
        "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
        "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
        "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12, "janvier": 1, "février": 2, "mars": 3,
        "avril": 4, "juin": 6, "juillet": 7, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11,
        "décembre": 12, "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
        "settembre": 9, "ottobre": 10, "dicembre": 12, "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5,
        "junho": 6, "julho": 7, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
        "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7, "أغسطس": 8,
        "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    ]

    /// Glyphs that start a bulleted line in flattened pages.
    static let bulletGlyphs: Set<Unicode.Scalar> = ["•", "·", "‣", "◦", "▪", "▫", "●", "■", "►", "▸", "➤", "◆"]
}
