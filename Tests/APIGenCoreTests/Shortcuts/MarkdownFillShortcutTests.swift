@testable import APIGenCore
import Testing

/// `MarkdownStrings.fill` walks a template's bytes when its braces are characters of their own.
/// On seeded hostile templates (braces next to combining marks, prepended marks, joiners, CJK
/// text and punctuation) and on every built-in locale's templates it must give what the
/// character-by-character fill gave.
@Suite struct MarkdownFillShortcutTests {
    static let values: [String: String] = [
        "x": "X", "type": "`Zone`", "é": "acute", "": "empty", "a b": "{x}", "资源": "{", "}": "close",
    ]

    @Test func fillMatchesCharacterFill() {
        let braces = ["{", "}", "{x}", "{type}", "{é}", "{e\u{301}}", "{}", "{a b}", "{资源}", "{x", "x}", "{\u{301}", "}\u{301}",
            "\u{600}{", "\u{200D}", "{\u{200D}", "\u{0E33}", "，", "（", "。", "\u{3000}", "\u{302A}", "\u{FF9E}", "\u{1F3FB}"]
        let pieces = MarkdownTextEquivalenceTests.pieces + braces
        var random = SeededGenerator(seed: 59)
        var templates = pieces
        for _ in 0..<20_000 {
            templates.append((0..<Int.random(in: 1...10, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined())
        }
        for template in templates {
            #expect(MarkdownStrings.fill(template, Self.values) == Reference.fill(template, Self.values), "\(template.debugDescription)")
        }
    }

    @Test func builtInTemplatesMatchCharacterFill() {
        for strings in [MarkdownStrings.english, MarkdownStrings.chinese] {
            for template in Mirror(reflecting: strings).children.compactMap({ $0.value as? String }) {
                let keys = ["wrapper", "fields", "type", "status", "field", "version"]
                let values = Dictionary(uniqueKeysWithValues: keys.map { ($0, "<\($0) {x}>") })
                #expect(MarkdownStrings.fill(template, values) == Reference.fill(template, values), "\(template.debugDescription)")
            }
        }
    }
}

/// The fill as it was before the byte path.
private enum Reference {
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let value = values[String(rest[afterOpen..<close])] {
                result += value
                rest = rest[rest.index(after: close)...]
            } else {
                result += "{"
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }
}
