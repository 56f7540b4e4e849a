/// Something the pipeline had to give up or change to finish a document: the document is still
/// cleaned, with status `ok-lossy`, and the user is told what and which flag changes it.
public struct Loss: Sendable, Equatable {
    public var code: Code
    public var message: String

    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    /// Stable codes for records and scripts; never reworded.
    public enum Code: String, Sendable {
        /// Markup nested deeper than `--max-depth` was flattened (its text is kept), or, should a
        /// page still reach libxml2's nesting limit, content below it may be missing.
        case depthLimit = "depth-limit"
        /// Attributes past `--max-attributes` on one element were dropped.
        case attributesDropped = "attributes-dropped"
        /// A `<script>` or `<style>` body too long for libxml2 was dropped (never article text).
        case scriptDropped = "script-dropped"
        /// Bytes that were not valid in the page's charset were replaced (by a windows-1252 reading or U+FFFD).
        case invalidBytesReplaced = "invalid-bytes-replaced"
    }
}
