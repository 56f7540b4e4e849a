/// Turns an article into one output format. Writers are interchangeable, hence a protocol.
public protocol ArticleWriter: Sendable {
    /// The file extension of this format, without the dot.
    var fileExtension: String { get }
    func render(_ article: Article) -> String
}
