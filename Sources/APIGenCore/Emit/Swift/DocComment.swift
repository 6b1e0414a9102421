import Foundation

/// Builds `///` doc-comment lines from spec text.
struct DocComment: Sendable {
    var locale: String
    var fallbacks: [String]

    /// The text in the documentation locale (falling back to the others), or nil.
    func text(_ text: LocalizedText) -> String? {
        guard let value = text.text(in: locale, fallbacks: fallbacks)?.trimmingWhitespaceAndNewlines(),
            !value.isEmpty
        else { return nil }
        return value
    }

    /// Paragraphs as comment lines (without the `///`), blank lines between paragraphs.
    static func lines(_ paragraphs: [String]) -> [String] {
        var result: [String] = []
        for paragraph in paragraphs where !paragraph.isEmpty {
            if !result.isEmpty { result.append("") }
            result += paragraph.split(separator: "\n", omittingEmptySubsequences: false).map {
                String($0).trimmingWhitespace()
            }
        }
        return result
    }
}
