import Foundation
import Winnow

/// Renders `Options` as sorted, pretty JSON.
enum OptionsDump {
    static func json(_ options: Options) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(options) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
