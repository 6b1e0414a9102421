@testable import APIGenCore
import Testing

/// `SwiftLayout.stringLiteral` escapes in the bytes. On seeded hostile text (controls, quotes,
/// backslashes, combining marks, emoji) it must give what the scalar-by-scalar escaping gave.
@Suite struct StringLiteralShortcutTests {
    @Test func literalsMatchScalarEscaping() {
        let extra = ["\"", "\\\"", "\u{0}", "\u{1}", "\u{1F}", "\u{7F}", "\u{80}", "\u{85}", "\u{2028}", "\u{FEFF}", "\t\r\n"]
        for text in LayoutShortcutEquivalenceTests.samples + extra {
            #expect(SwiftLayout.stringLiteral(text) == Reference.stringLiteral(text), "\(text.debugDescription)")
        }
        var random = SeededGenerator(seed: 41)
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 1...12, using: &random)).map { _ in extra.randomElement(using: &random)! }.joined()
            #expect(SwiftLayout.stringLiteral(text) == Reference.stringLiteral(text), "\(text.debugDescription)")
        }
    }
}

/// The escaping as it was before the byte path.
private enum Reference {
    static func stringLiteral(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                result += "\\u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
