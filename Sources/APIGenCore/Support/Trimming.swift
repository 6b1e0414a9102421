import Foundation

extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)`, without the trip through Foundation when both
    /// ends are plainly not whitespace (most text).
    func trimmingWhitespace() -> String {
        Trimming.hasPlainEnds(self) ? String(self) : trimmingCharacters(in: .whitespaces)
    }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, with the same shortcut.
    func trimmingWhitespaceAndNewlines() -> String {
        Trimming.hasPlainEnds(self) ? String(self) : trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

enum Trimming {
    /// True when the first and the last scalar are in ranges that hold no whitespace or line
    /// break in any Unicode version: printable ASCII other than the space, CJK ideographs and
    /// punctuation after U+3000, Hangul syllables, full-width forms. Anything else (or empty
    /// text) goes to Foundation, which decides.
    static func hasPlainEnds<S: StringProtocol>(_ text: S) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        return isPlain(first) && isPlain(last)
    }

    private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x7E, 0x3001...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFFEF: true
        default: false
        }
    }
}
