// Furniture phrases in 23 languages: section headers and whole-line labels of page furniture.
// Written for Winnow from common web usage; one entry per phrase, lowercase, no punctuation.
extension Vocabulary {
    /// Section headers by label and language: what follows such a header belongs to it.
    static let translatedSectionHeaders: [Label: [String: [String]]] = [
        .latestNews: [
            "en": [
                "latest news", "most read", "top stories", "trending", "most popular", "breaking news", "editors picks",
            ],
            "de": [
                "neueste nachrichten", "aktuelle nachrichten", "meistgelesen", "meistgelesene artikel", "top themen",
                "das neueste", "am meisten gelesen",
            ],
            "fr": [
                "dernières actualités", "dernières infos", "les plus lus", "à la une", "les plus populaires",
                "en ce moment", "fil info",
            ],
            "es": [
                "últimas noticias", "lo más leído", "lo más visto", "lo último", "más populares", "tendencias",
                "destacados",
            ],
            "it": [
                "ultime notizie", "i più letti", "più letti", "in evidenza", "le notizie del giorno", "più popolari",
                "ultima ora",
            ],
            "pt": [
                "últimas notícias", "mais lidas", "mais lidos", "destaques", "em alta", "mais populares", "últimas",
            ],
            "nl": [
                "laatste nieuws", "het laatste nieuws", "meest gelezen", "meest bekeken", "net binnen", "populair",
                "uitgelicht",
            ],
            "ru": [
                "последние новости", "самое читаемое", "популярное", "лента новостей", "главное", "главные новости",
                "самое популярное", "самые популярные",
            ],
            "pl": [
                "najnowsze", "najnowsze wiadomości", "najczęściej czytane", "najpopularniejsze", "na czasie",
                "wiadomości dnia", "z ostatniej chwili",
            ],
            "uk": [
                "останні новини", "найпопулярніше", "найчитаніше", "головне", "головні новини", "стрічка новин",
                "популярне",
            ],
            "tr": [
                "son dakika", "son haberler", "en çok okunanlar", "gündem", "öne çıkanlar", "popüler haberler",
                "manşet",
            ],
            "ar": [
                "آخر الأخبار", "الأكثر قراءة", "الأكثر مشاهدة", "أهم الأخبار", "عاجل", "الأكثر تداولا", "شريط الأخبار",
            ],
            "fa": [
                "آخرین اخبار", "آخرین خبرها", "تازه ترین اخبار", "پربازدیدترین ها", "پربحث ترین ها", "مهم ترین اخبار",
                "اخبار برگزیده",
            ],
            "vi": ["tin mới nhất", "tin mới", "đọc nhiều nhất", "đọc nhiều", "xem nhiều", "tin nổi bật", "tin nóng"],
            "id": [
                "berita terkini", "berita terbaru", "terpopuler", "terpopuler hari ini", "paling banyak dibaca",
                "berita utama", "sedang tren",
            ],
            "cs": [
                "nejnovější zprávy", "nejnovější", "nejčtenější", "nejčtenější články", "hlavní zprávy",
                "právě se děje", "top zprávy",
            ],
            "sv": [
                "senaste nytt", "senaste nyheterna", "mest läst", "mest lästa", "populärt just nu", "toppnyheter",
                "just nu",
            ],
            "hu": [
                "legfrissebb hírek", "friss hírek", "hírfolyam", "legolvasottabb", "legolvasottabb cikkek",
                "legnépszerűbb", "kiemelt hírek",
            ],
            "ro": [
                "ultimele știri", "știri de ultimă oră", "ultima oră", "cele mai citite", "cele mai noi", "top știri",
                "în trend",
            ],
            "el": [
                "τελευταία νέα", "τελευταίες ειδήσεις", "ροή ειδήσεων", "κύριες ειδήσεις", "δημοφιλή",
                "τα πιο δημοφιλή", "πιο διαβασμένα",
            ],
            "ko": ["최신 뉴스", "많이 본 뉴스", "가장 많이 본 뉴스", "주요 뉴스", "실시간 인기", "인기 기사", "속보", "헤드라인"],
            "zh": ["最新新闻", "最新消息", "最新资讯", "热门新闻", "热门文章", "排行榜", "要闻", "热点"],
            "ja": ["最新ニュース", "新着記事", "アクセスランキング", "ランキング", "人気記事", "注目のニュース", "主要ニュース"],
        ],
        .relatedLinks: [
            "en": [
                "related articles", "read also", "see also", "you may also like", "more on this topic",
                "recommended for you", "related stories",
            ],
            "de": [
                "mehr zum thema", "lesen sie auch", "das könnte sie auch interessieren", "weitere artikel",
                "auch interessant", "ähnliche artikel", "siehe auch", "das könnte dich auch interessieren",
            ],
            "fr": [
                "à lire aussi", "lire aussi", "sur le même sujet", "articles similaires", "vous aimerez aussi",
                "à voir aussi", "articles liés", "vous pourriez aussi aimer",
            ],
            "es": [
                "noticias relacionadas", "artículos relacionados", "te puede interesar", "lee también",
                "también te puede interesar", "ver también", "más sobre este tema", "te podría interesar",
            ],
            "it": [
                "leggi anche", "articoli correlati", "potrebbe interessarti", "ti potrebbe interessare", "vedi anche",
                "sullo stesso argomento", "notizie correlate",
            ],
            "pt": [
                "leia também", "veja também", "notícias relacionadas", "artigos relacionados",
                "você também pode gostar", "mais sobre o assunto", "relacionadas", "você pode gostar",
                "posts relacionados",
            ],
            "nl": [
                "lees ook", "gerelateerde artikelen", "meer over dit onderwerp", "bekijk ook",
                "dit vind je misschien ook leuk", "gerelateerd",
            ],
            "ru": [
                "читайте также", "по теме", "смотрите также", "похожие статьи", "вам может быть интересно",
                "материалы по теме", "новости партнёров", "новости партнеров",
            ],
            "pl": [
                "zobacz też", "zobacz także", "czytaj też", "czytaj także", "powiązane artykuły",
                "może cię zainteresować", "więcej na ten temat",
            ],
            "uk": [
                "читайте також", "дивіться також", "за темою", "по темі", "схожі статті", "вас може зацікавити",
                "новини партнерів",
            ],
            "tr": [
                "ilgili haberler", "bunlar da ilginizi çekebilir", "ilginizi çekebilir", "benzer haberler",
                "ayrıca okuyun", "konuyla ilgili", "daha fazla haber",
            ],
            "ar": [
                "اقرأ أيضا", "اقرأ أيضاً", "أخبار ذات صلة", "مواضيع ذات صلة", "مقالات ذات صلة", "قد يهمك أيضا",
                "قد يعجبك أيضا",
            ],
            "fa": [
                "بیشتر بخوانید", "اخبار مرتبط", "مطالب مرتبط", "مطالب پیشنهادی", "این مطالب را هم بخوانید",
                "همچنین بخوانید",
            ],
            "vi": [
                "tin liên quan", "bài viết liên quan", "xem thêm", "có thể bạn quan tâm", "đọc thêm", "cùng chuyên mục",
                "tin cùng chuyên mục",
            ],
            "id": [
                "baca juga", "berita terkait", "artikel terkait", "lihat juga", "topik terkait",
                "rekomendasi untuk anda", "mungkin anda suka",
            ],
            "cs": [
                "související články", "související", "čtěte také", "přečtěte si také", "mohlo by vás zajímat",
                "další články", "k tématu",
            ],
            "sv": [
                "läs också", "läs även", "relaterade artiklar", "relaterat", "mer om ämnet", "du kanske också gillar",
                "se även",
            ],
            "hu": [
                "kapcsolódó cikkek", "kapcsolódó hírek", "ezt is ajánljuk", "olvassa el ezt is", "ezek is érdekelhetik",
                "hasonló cikkek", "ajánlott cikkek",
            ],
            "ro": [
                "citește și", "vezi și", "articole similare", "știri similare", "articole recomandate",
                "te ar putea interesa", "pe aceeași temă",
            ],
            "el": [
                "διαβάστε επίσης", "διαβάστε ακόμη", "σχετικά άρθρα", "σχετικές ειδήσεις", "δείτε επίσης",
                "μπορεί να σας ενδιαφέρει", "περισσότερα για το θέμα",
            ],
            "ko": ["관련 기사", "관련 뉴스", "추천 기사", "함께 보면 좋은 기사", "함께 읽어볼 만한 기사", "이 기사와 함께 읽으면 좋은 기사"],
            "zh": ["相关阅读", "相关新闻", "相关文章", "延伸阅读", "推荐阅读", "猜你喜欢", "你可能感兴趣"],
            "ja": ["関連記事", "関連ニュース", "関連リンク", "あわせて読みたい", "おすすめ記事", "こちらもおすすめ", "この記事を読んだ人はこんな記事も読んでいます"],
        ],
        .comments: [
            "en": ["comments", "leave a comment", "reply", "join the discussion", "post a comment", "show comments"],
            "de": [
                "kommentare", "kommentar schreiben", "antworten", "leserkommentare", "diskutieren sie mit",
                "kommentare anzeigen",
            ],
            "fr": [
                "commentaires", "laisser un commentaire", "répondre", "réactions", "réagir", "voir les commentaires",
            ],
            "es": [
                "comentarios", "deja un comentario", "responder", "ver comentarios", "escribe un comentario",
                "comentar",
            ],
            "it": ["commenti", "lascia un commento", "rispondi", "commenta", "mostra commenti", "scrivi un commento"],
            "pt": [
                "comentários", "deixe um comentário", "deixe seu comentário", "responder", "comentar",
                "ver comentários",
            ],
            "nl": [
                "reacties", "reageer", "plaats een reactie", "laat een reactie achter", "bekijk reacties",
                "beantwoorden",
            ],
            "ru": [
                "комментарии", "оставить комментарий", "ответить", "обсуждение", "показать комментарии",
                "написать комментарий", "отзывы",
            ],
            "pl": ["komentarze", "dodaj komentarz", "odpowiedz", "skomentuj", "pokaż komentarze", "zostaw komentarz"],
            "uk": [
                "коментарі", "залишити коментар", "відповісти", "обговорення", "показати коментарі",
                "написати коментар",
            ],
            "tr": ["yorumlar", "yorum yap", "yorum yaz", "yanıtla", "cevapla", "yorumları göster"],
            "ar": ["التعليقات", "تعليقات", "أضف تعليقا", "أضف تعليقك", "اترك تعليقا", "رد", "إظهار التعليقات"],
            "fa": ["نظرات", "دیدگاه ها", "ارسال نظر", "نظر خود را بنویسید", "دیدگاه خود را بنویسید", "پاسخ"],
            "vi": ["bình luận", "viết bình luận", "gửi bình luận", "ý kiến của bạn", "ý kiến bạn đọc", "trả lời"],
            "id": ["komentar", "tulis komentar", "tinggalkan komentar", "kirim komentar", "lihat komentar", "balas"],
            "cs": [
                "komentáře", "diskuse", "diskuze", "přidat komentář", "vstoupit do diskuse", "odpovědět",
                "zobrazit komentáře",
            ],
            "sv": [
                "kommentarer", "kommentera", "lämna en kommentar", "skriv en kommentar", "svara", "visa kommentarer",
            ],
            "hu": [
                "hozzászólások", "kommentek", "szóljon hozzá", "hozzászólás írása", "válasz", "válaszol",
                "hozzászólások megjelenítése",
            ],
            "ro": [
                "comentarii", "lasă un comentariu", "adaugă un comentariu", "scrie un comentariu", "răspunde",
                "vezi comentariile",
            ],
            "el": ["σχόλια", "σχολιάστε", "αφήστε ένα σχόλιο", "γράψτε ένα σχόλιο", "απάντηση", "προβολή σχολίων"],
            "ko": ["댓글", "댓글 쓰기", "댓글 달기", "댓글 보기", "답글", "댓글을 입력하세요"],
            "zh": ["评论", "发表评论", "网友评论", "我要评论", "查看评论", "回复"],
            "ja": ["コメント", "コメントする", "コメントを書く", "コメントを見る", "コメント一覧", "返信"],
        ],
    ]

    /// Whole-line furniture labels by label and language.
    static let translatedFurniture: [Label: [String: [String]]] = [
        .promo: [
            "en": [
                "subscribe", "subscribe now", "newsletter", "sign up for our newsletter", "download the app", "sign up",
                "support us", "become a member",
            ],
            "de": [
                "jetzt abonnieren", "abonnieren", "newsletter abonnieren", "newsletter", "app herunterladen",
                "jetzt registrieren", "unterstützen sie uns",
            ],
            "fr": [
                "s abonner", "abonnez vous", "newsletter", "inscrivez vous à notre newsletter",
                "télécharger l application", "je m abonne", "soutenez nous",
            ],
            "es": [
                "suscríbete", "suscribirse", "boletín", "suscríbete a nuestro boletín", "descarga la app", "regístrate",
                "hazte socio",
            ],
            "it": [
                "abbonati", "abbonati ora", "iscriviti alla newsletter", "newsletter", "scarica l app", "registrati",
                "sostienici",
            ],
            "pt": [
                "assine", "assine já", "newsletter", "inscreva se", "baixe o app", "assine a nossa newsletter",
                "apoie o jornalismo",
            ],
            "nl": [
                "abonneer", "neem een abonnement", "nieuwsbrief", "schrijf je in voor de nieuwsbrief",
                "download de app", "word lid", "steun ons",
            ],
            "ru": [
                "подписаться", "подпишитесь", "подпишитесь на рассылку", "подписаться на новости", "рассылка",
                "скачайте приложение", "поддержать нас",
            ],
            "pl": [
                "subskrybuj", "zapisz się", "newsletter", "zapisz się do newslettera", "pobierz aplikację",
                "wykup subskrypcję", "wesprzyj nas",
            ],
            "uk": [
                "підписатися", "підпишіться", "підпишіться на розсилку", "розсилка", "завантажте застосунок",
                "підтримати нас", "підтримайте нас",
            ],
            "tr": [
                "abone ol", "bültene abone ol", "e bülten", "haber bülteni", "uygulamayı indir", "kayıt ol",
                "bize destek olun",
            ],
            "ar": [
                "اشترك", "اشترك الآن", "النشرة البريدية", "اشترك في النشرة البريدية", "حمل التطبيق", "سجل الآن",
                "ادعمنا",
            ],
            "fa": [
                "عضویت در خبرنامه", "خبرنامه", "اشتراک", "مشترک شوید", "دانلود اپلیکیشن", "ثبت نام کنید",
                "از ما حمایت کنید",
            ],
            "vi": ["đăng ký", "đăng ký ngay", "đăng ký nhận tin", "bản tin", "tải ứng dụng", "ủng hộ chúng tôi"],
            "id": [
                "berlangganan", "langganan sekarang", "daftar", "daftar sekarang", "unduh aplikasi", "buletin",
                "dukung kami",
            ],
            "cs": [
                "předplatné", "předplaťte si", "newsletter", "odebírat newsletter", "přihlaste se k odběru",
                "stáhněte si aplikaci", "podpořte nás",
            ],
            "sv": [
                "prenumerera", "prenumerera nu", "nyhetsbrev", "prenumerera på vårt nyhetsbrev", "ladda ner appen",
                "bli medlem", "stöd oss",
            ],
            "hu": [
                "feliratkozás", "iratkozzon fel", "hírlevél", "iratkozzon fel hírlevelünkre", "előfizetés",
                "töltse le az alkalmazást", "támogass minket",
            ],
            "ro": [
                "abonează te", "abonare", "newsletter", "abonează te la newsletter", "descarcă aplicația",
                "înregistrează te", "susține ne",
            ],
            "el": [
                "εγγραφή", "εγγραφείτε", "newsletter", "ενημερωτικό δελτίο", "εγγραφείτε στο newsletter",
                "κατεβάστε την εφαρμογή", "συνδρομή", "στηρίξτε μας",
            ],
            "ko": ["구독", "구독하기", "뉴스레터", "뉴스레터 구독", "앱 다운로드", "회원가입", "후원하기"],
            "zh": ["订阅", "立即订阅", "订阅邮件", "下载客户端", "下载app", "立即注册", "扫码关注公众号"],
            "ja": ["購読", "購読する", "ニュースレター", "メールマガジン", "アプリをダウンロード", "会員登録", "無料会員登録"],
        ],
        .share: [
            "en": ["share", "share this article", "copy link", "share on facebook", "share on x", "share via email"],
            "de": [
                "teilen", "artikel teilen", "link kopieren", "auf facebook teilen", "per e mail teilen",
                "beitrag teilen",
            ],
            "fr": [
                "partager", "partager cet article", "copier le lien", "partager sur facebook", "envoyer par e mail",
            ],
            "es": [
                "compartir", "compartir este artículo", "copiar enlace", "compartir en facebook", "enviar por correo",
            ],
            "it": ["condividi", "condividi l articolo", "copia link", "condividi su facebook", "invia per email"],
            "pt": [
                "compartilhar", "partilhar", "compartilhe", "copiar link", "compartilhar no facebook",
                "enviar por e mail",
            ],
            "nl": ["delen", "deel dit artikel", "kopieer link", "link kopiëren", "delen op facebook"],
            "ru": [
                "поделиться", "поделиться в соцсетях", "скопировать ссылку", "копировать ссылку", "отправить по почте",
            ],
            "pl": ["udostępnij", "udostępnij artykuł", "kopiuj link", "skopiuj link", "udostępnij na facebooku"],
            "uk": [
                "поділитися", "скопіювати посилання", "копіювати посилання", "поділитися у facebook",
                "надіслати поштою",
            ],
            "tr": ["paylaş", "bu haberi paylaş", "linki kopyala", "bağlantıyı kopyala", "facebook ta paylaş"],
            "ar": ["شارك", "مشاركة", "شارك المقال", "شارك الخبر", "نسخ الرابط", "شارك على فيسبوك", "أرسل عبر البريد"],
            "fa": ["اشتراک گذاری", "به اشتراک بگذارید", "کپی لینک", "ما را دنبال کنید", "ارسال به دوستان"],
            "vi": ["chia sẻ", "chia sẻ bài viết", "sao chép liên kết", "sao chép link", "chia sẻ lên facebook"],
            "id": ["bagikan", "bagikan artikel ini", "salin tautan", "salin link", "bagikan ke facebook"],
            "cs": ["sdílet", "sdílet článek", "kopírovat odkaz", "sdílet na facebooku", "poslat e mailem"],
            "sv": ["dela", "dela artikeln", "kopiera länk", "dela på facebook", "skicka via e post"],
            "hu": ["megosztás", "oszd meg", "link másolása", "megosztás facebookon", "küldés e mailben"],
            "ro": [
                "distribuie", "distribuie articolul", "copiază linkul", "distribuie pe facebook", "trimite pe email",
            ],
            "el": [
                "κοινοποίηση", "μοιραστείτε", "μοιραστείτε το άρθρο", "αντιγραφή συνδέσμου", "κοινοποίηση στο facebook",
            ],
            "ko": ["공유", "공유하기", "기사 공유", "링크 복사", "페이스북 공유", "카카오톡 공유"],
            "zh": ["分享", "分享到", "分享到微信", "分享到微博", "复制链接", "关注我们"],
            "ja": ["シェア", "シェアする", "共有", "リンクをコピー", "ツイート", "lineで送る"],
        ],
        .cookie: [
            "en": ["accept", "accept all", "reject all", "cookie settings", "manage cookies", "accept cookies"],
            "de": [
                "akzeptieren", "alle akzeptieren", "alle ablehnen", "cookie einstellungen", "einstellungen verwalten",
                "zustimmen",
            ],
            "fr": [
                "accepter", "tout accepter", "tout refuser", "paramètres des cookies", "gérer les cookies",
                "continuer sans accepter",
            ],
            "es": [
                "aceptar", "aceptar todo", "rechazar todo", "configuración de cookies", "aceptar cookies",
                "gestionar cookies",
            ],
            "it": [
                "accetta", "accetta tutti", "rifiuta tutti", "impostazioni cookie", "gestisci preferenze",
                "accetta e chiudi",
            ],
            "pt": [
                "aceitar", "aceitar todos", "rejeitar todos", "configurações de cookies", "aceito", "gerir cookies",
            ],
            "nl": [
                "accepteren", "alles accepteren", "alles weigeren", "cookie instellingen", "akkoord",
                "cookies accepteren",
            ],
            "ru": ["принять", "принять все", "отклонить все", "настройки cookie", "согласен", "принять cookie"],
            "pl": [
                "akceptuję", "akceptuj", "akceptuj wszystkie", "odrzuć wszystkie", "ustawienia cookies", "zgadzam się",
            ],
            "uk": ["прийняти", "прийняти все", "прийняти всі", "відхилити все", "налаштування cookie", "погоджуюсь"],
            "tr": [
                "kabul et", "tümünü kabul et", "tümünü reddet", "çerez ayarları", "çerezleri kabul et",
                "kabul ediyorum",
            ],
            "ar": ["قبول", "قبول الكل", "رفض الكل", "إعدادات ملفات تعريف الارتباط", "أوافق", "موافق"],
            "fa": ["پذیرفتن", "قبول", "پذیرش همه", "رد همه", "تنظیمات کوکی", "موافقم"],
            "vi": ["chấp nhận", "chấp nhận tất cả", "từ chối tất cả", "cài đặt cookie", "đồng ý", "tôi đồng ý"],
            "id": ["terima", "terima semua", "tolak semua", "pengaturan cookie", "setuju", "saya setuju"],
            "cs": ["přijmout", "přijmout vše", "odmítnout vše", "nastavení cookies", "souhlasím", "rozumím"],
            "sv": [
                "acceptera", "acceptera alla", "godkänn alla", "avvisa alla", "cookieinställningar", "hantera cookies",
                "jag godkänner",
            ],
            "hu": [
                "elfogadom", "összes elfogadása", "mindet elfogadom", "összes elutasítása", "süti beállítások",
                "sütibeállítások",
            ],
            "ro": [
                "accept", "acceptă", "acceptă tot", "acceptă toate", "respinge tot", "setări cookie", "sunt de acord",
            ],
            "el": ["αποδοχή", "αποδοχή όλων", "απόρριψη όλων", "ρυθμίσεις cookies", "συμφωνώ", "αποδέχομαι"],
            "ko": ["동의", "모두 동의", "모두 허용", "모두 거부", "쿠키 설정", "확인"],
            "zh": ["接受", "全部接受", "拒绝", "全部拒绝", "同意", "cookie设置"],
            "ja": ["同意する", "すべて同意", "すべて許可", "すべて拒否", "クッキー設定", "cookie設定"],
        ],
        .legal: [
            "en": [
                "privacy policy", "terms of use", "imprint", "contact us", "about us", "terms and conditions",
                "all rights reserved",
            ],
            "de": [
                "datenschutz", "datenschutzerklärung", "impressum", "nutzungsbedingungen", "agb", "kontakt", "über uns",
                "alle rechte vorbehalten",
            ],
            "fr": [
                "politique de confidentialité", "mentions légales", "conditions générales d utilisation", "cgu",
                "nous contacter", "qui sommes nous", "tous droits réservés",
            ],
            "es": [
                "política de privacidad", "aviso legal", "términos de uso", "contacto", "quiénes somos",
                "todos los derechos reservados", "política de cookies",
            ],
            "it": [
                "privacy policy", "informativa sulla privacy", "termini di utilizzo", "note legali", "contatti",
                "chi siamo", "tutti i diritti riservati",
            ],
            "pt": [
                "política de privacidade", "termos de uso", "fale conosco", "quem somos", "expediente", "contato",
                "todos os direitos reservados",
            ],
            "nl": [
                "privacybeleid", "privacyverklaring", "algemene voorwaarden", "gebruiksvoorwaarden", "contact",
                "over ons", "alle rechten voorbehouden",
            ],
            "ru": [
                "политика конфиденциальности", "пользовательское соглашение", "условия использования", "контакты",
                "о нас", "о проекте", "о редакции", "все права защищены",
            ],
            "pl": [
                "polityka prywatności", "regulamin", "kontakt", "o nas", "redakcja", "polityka cookies",
                "wszelkie prawa zastrzeżone",
            ],
            "uk": [
                "політика конфіденційності", "умови використання", "контакти", "про нас", "про проєкт",
                "всі права захищені", "усі права захищені",
            ],
            "tr": [
                "gizlilik politikası", "kullanım koşulları", "künye", "iletişim", "hakkımızda", "kvkk",
                "çerez politikası", "tüm hakları saklıdır",
            ],
            "ar": [
                "سياسة الخصوصية", "شروط الاستخدام", "الشروط والأحكام", "اتصل بنا", "من نحن", "جميع الحقوق محفوظة",
                "سياسة ملفات تعريف الارتباط",
            ],
            "fa": [
                "حریم خصوصی", "سیاست حفظ حریم خصوصی", "شرایط استفاده", "قوانین و مقررات", "تماس با ما", "درباره ما",
                "تمامی حقوق محفوظ است",
            ],
            "vi": [
                "chính sách bảo mật", "điều khoản sử dụng", "liên hệ", "giới thiệu", "về chúng tôi",
                "liên hệ quảng cáo", "bản quyền thuộc về",
            ],
            "id": [
                "kebijakan privasi", "syarat dan ketentuan", "ketentuan penggunaan", "hubungi kami", "tentang kami",
                "redaksi", "pedoman media siber", "hak cipta dilindungi undang undang",
            ],
            "cs": [
                "ochrana osobních údajů", "zásady ochrany osobních údajů", "podmínky užívání", "kontakt", "kontakty",
                "o nás", "tiráž", "všechna práva vyhrazena",
            ],
            "sv": [
                "integritetspolicy", "personuppgiftspolicy", "användarvillkor", "kontakt", "kontakta oss", "om oss",
                "alla rättigheter förbehållna",
            ],
            "hu": [
                "adatvédelmi tájékoztató", "adatvédelem", "felhasználási feltételek", "ászf", "impresszum", "kapcsolat",
                "rólunk", "minden jog fenntartva",
            ],
            "ro": [
                "politica de confidențialitate", "termeni și condiții", "termeni de utilizare", "politica de cookies",
                "contact", "despre noi", "toate drepturile rezervate",
            ],
            "el": [
                "πολιτική απορρήτου", "όροι χρήσης", "επικοινωνία", "ποιοι είμαστε", "σχετικά με εμάς", "ταυτότητα",
                "όλα τα δικαιώματα διατηρούνται",
            ],
            "ko": ["개인정보처리방침", "개인정보 처리방침", "이용약관", "청소년보호정책", "회사소개", "제휴문의", "고객센터", "무단 전재 및 재배포 금지"],
            "zh": ["隐私政策", "用户协议", "使用条款", "联系我们", "关于我们", "版权声明", "免责声明"],
            "ja": ["プライバシーポリシー", "個人情報保護方針", "利用規約", "お問い合わせ", "会社概要", "サイトマップ", "著作権について"],
        ],
        .navigation: [
            "en": ["home", "menu", "search", "sign in", "log in", "back to top", "skip to content"],
            "de": ["startseite", "menü", "suche", "anmelden", "einloggen", "nach oben", "zum inhalt springen"],
            "fr": ["accueil", "menu", "rechercher", "se connecter", "connexion", "retour en haut", "aller au contenu"],
            "es": ["inicio", "menú", "buscar", "iniciar sesión", "entrar", "volver arriba", "ir al contenido"],
            "it": ["home", "menu", "cerca", "accedi", "login", "torna su", "vai al contenuto"],
            "pt": ["início", "página inicial", "menu", "buscar", "pesquisar", "entrar", "voltar ao topo"],
            "nl": ["home", "menu", "zoeken", "inloggen", "aanmelden", "terug naar boven", "naar de inhoud"],
            "ru": ["главная", "меню", "поиск", "войти", "вход", "регистрация", "наверх"],
            "pl": ["strona główna", "menu", "szukaj", "wyszukaj", "zaloguj się", "zaloguj", "do góry"],
            "uk": ["головна", "меню", "пошук", "увійти", "вхід", "реєстрація", "нагору"],
            "tr": ["ana sayfa", "anasayfa", "menü", "ara", "giriş yap", "üye girişi", "yukarı çık"],
            "ar": ["الرئيسية", "الصفحة الرئيسية", "القائمة", "بحث", "تسجيل الدخول", "دخول", "العودة إلى الأعلى"],
            "fa": ["صفحه اصلی", "خانه", "منو", "جستجو", "ورود", "ورود به حساب", "بازگشت به بالا"],
            "vi": ["trang chủ", "menu", "danh mục", "tìm kiếm", "đăng nhập", "lên đầu trang", "về đầu trang"],
            "id": ["beranda", "menu", "cari", "masuk", "login", "kembali ke atas", "lewati ke konten"],
            "cs": ["úvod", "hlavní stránka", "menu", "hledat", "vyhledávání", "přihlásit se", "nahoru"],
            "sv": ["hem", "startsida", "meny", "sök", "logga in", "till toppen", "hoppa till innehåll"],
            "hu": ["főoldal", "címlap", "menü", "keresés", "bejelentkezés", "belépés", "vissza a tetejére"],
            "ro": ["acasă", "pagina principală", "meniu", "caută", "căutare", "autentificare", "înapoi sus"],
            "el": ["αρχική", "αρχική σελίδα", "μενού", "αναζήτηση", "σύνδεση", "είσοδος", "επιστροφή στην κορυφή"],
            "ko": ["홈", "메뉴", "전체메뉴", "검색", "로그인", "맨 위로", "본문 바로가기"],
            "zh": ["首页", "菜单", "导航", "网站导航", "搜索", "登录", "返回顶部"],
            "ja": ["ホーム", "トップ", "メニュー", "検索", "ログイン", "ページトップへ", "トップへ戻る"],
        ],
        .pagination: [
            "en": ["next", "previous", "load more", "show more", "read more", "continue reading", "next page"],
            "de": [
                "weiter", "zurück", "nächste seite", "vorherige seite", "mehr laden", "mehr anzeigen", "weiterlesen",
            ],
            "fr": [
                "suivant", "précédent", "page suivante", "charger plus", "voir plus", "lire la suite", "afficher plus",
            ],
            "es": ["siguiente", "anterior", "cargar más", "ver más", "leer más", "seguir leyendo", "página siguiente"],
            "it": [
                "successivo", "precedente", "pagina successiva", "carica altri", "mostra altro", "leggi di più",
                "continua a leggere",
            ],
            "pt": [
                "próximo", "anterior", "próxima página", "carregar mais", "ver mais", "leia mais", "continuar lendo",
                "saiba mais",
            ],
            "nl": ["volgende", "vorige", "volgende pagina", "meer laden", "toon meer", "lees meer", "verder lezen"],
            "ru": [
                "далее", "назад", "следующая страница", "показать еще", "показать ещё", "загрузить еще", "читать далее",
                "читать полностью",
            ],
            "pl": [
                "następna", "poprzednia", "następna strona", "załaduj więcej", "pokaż więcej", "czytaj więcej",
                "czytaj dalej",
            ],
            "uk": [
                "далі", "назад", "наступна сторінка", "показати ще", "завантажити ще", "читати далі", "читати повністю",
            ],
            "tr": [
                "sonraki", "önceki", "sonraki sayfa", "daha fazla yükle", "daha fazla göster", "devamını oku",
                "tümünü gör",
            ],
            "ar": ["التالي", "السابق", "الصفحة التالية", "تحميل المزيد", "عرض المزيد", "اقرأ المزيد", "المزيد"],
            "fa": ["بعدی", "قبلی", "صفحه بعد", "صفحه قبل", "بیشتر", "نمایش بیشتر", "ادامه مطلب", "بارگذاری بیشتر"],
            "vi": ["tiếp theo", "trang sau", "trang trước", "xem tiếp", "tải thêm", "đọc tiếp", "xem tất cả"],
            "id": [
                "selanjutnya", "sebelumnya", "berikutnya", "halaman berikutnya", "muat lebih banyak",
                "tampilkan lebih banyak", "baca selengkapnya", "lihat selengkapnya",
            ],
            "cs": [
                "další", "předchozí", "další strana", "načíst další", "zobrazit více", "číst dál",
                "pokračovat ve čtení",
            ],
            "sv": ["nästa", "föregående", "nästa sida", "ladda fler", "visa fler", "läs mer", "fortsätt läsa"],
            "hu": [
                "következő", "előző", "következő oldal", "továbbiak betöltése", "több megjelenítése", "tovább olvasom",
                "tovább",
            ],
            "ro": [
                "următorul", "anterior", "pagina următoare", "încarcă mai multe", "vezi mai mult", "citește mai mult",
                "citește continuarea",
            ],
            "el": [
                "επόμενο", "προηγούμενο", "επόμενη σελίδα", "περισσότερα", "φόρτωση περισσότερων",
                "διαβάστε περισσότερα", "συνέχεια",
            ],
            "ko": ["다음", "이전", "다음 페이지", "이전 페이지", "더보기", "더 보기", "기사 더보기"],
            "zh": ["下一页", "上一页", "加载更多", "查看更多", "阅读全文", "展开全文", "更多"],
            "ja": ["次へ", "前へ", "次のページ", "もっと見る", "続きを読む", "さらに表示", "一覧を見る"],
        ],
        .advertisement: [
            "en": ["advertisement", "sponsored", "ad", "sponsored content", "paid content"],
            "de": ["anzeige", "werbung", "gesponsert", "gesponserter inhalt", "bezahlter inhalt"],
            "fr": ["publicité", "sponsorisé", "contenu sponsorisé", "pub", "annonce"],
            "es": ["publicidad", "patrocinado", "contenido patrocinado", "anuncio"],
            "it": ["pubblicità", "sponsorizzato", "contenuto sponsorizzato", "annuncio"],
            "pt": ["publicidade", "patrocinado", "conteúdo patrocinado", "anúncio"],
            "nl": ["advertentie", "gesponsord", "gesponsorde inhoud", "reclame"],
            "ru": ["реклама", "на правах рекламы", "спонсорский материал", "партнерский материал", "промо"],
            "pl": ["reklama", "sponsorowane", "artykuł sponsorowany", "materiał partnera", "ogłoszenie"],
            "uk": ["реклама", "на правах реклами", "партнерський матеріал", "спонсорський матеріал", "промо"],
            "tr": ["reklam", "sponsorlu", "sponsorlu içerik", "ilan", "reklamı kapat"],
            "ar": ["إعلان", "اعلان", "محتوى مدعوم", "محتوى ممول", "برعاية"],
            "fa": ["تبلیغات", "تبلیغ", "آگهی", "رپورتاژ آگهی", "محتوای حمایت شده"],
            "vi": ["quảng cáo", "tài trợ", "nội dung tài trợ", "được tài trợ"],
            "id": ["iklan", "disponsori", "konten bersponsor", "advertorial"],
            "cs": ["reklama", "inzerce", "sponzorováno", "sponzorovaný obsah", "komerční sdělení"],
            "sv": ["annons", "reklam", "sponsrat", "sponsrat innehåll", "annonsörens innehåll"],
            "hu": ["hirdetés", "reklám", "szponzorált", "szponzorált tartalom", "fizetett tartalom"],
            "ro": ["publicitate", "reclamă", "sponsorizat", "conținut sponsorizat", "advertorial"],
            "el": ["διαφήμιση", "χορηγούμενο", "χορηγούμενο περιεχόμενο", "καταχώρηση"],
            "ko": ["광고", "스폰서", "후원 콘텐츠", "제휴 콘텐츠"],
            "zh": ["广告", "推广", "赞助", "赞助内容", "商业推广"],
            "ja": ["広告", "pr", "スポンサー", "スポンサーリンク", "提供"],
        ],
    ]
}
