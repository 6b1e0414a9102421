@testable import APIGenCore
import Testing

/// `MarkdownText` takes byte-level shortcuts for speed (no character segmentation for text
/// without line breaks or special characters). These tests compare it, on seeded random
/// hostile text, with the plain character-by-character implementation it replaced, kept here
/// as the reference: the Markdown must be the same byte for byte.
@Suite struct MarkdownTextEquivalenceTests {
    /// Pieces that stress the shortcuts: line breaks in every form, whitespace that is not a
    /// space, escaped characters with and without a combining mark, CJK, emoji.
    static let pieces: [String] = [
        "a", "Zone", "uuid", " ", "  ", "\t", "\n", "\r", "\r\n", "\n\n", "\r\r\n", "\u{3000}", "\u{00A0}", "\u{2028}",
        "\\", "`", "``", "```", "*", "_", "[", "]", "#", "!", "<", ">", "&", "|", "~", "-", "+", "1.", "2)", "12",
        "\u{301}", "`\u{301}", "|\u{301}", "\\\u{301}", " \u{301}", "\t\u{301}", "\r\u{301}", "\n\u{301}",
        "资源", "。", "：", "😀", "👩‍👩‍👧", "e\u{301}", "{x}", ".", "(", ")",
        // Prepended marks: a character that starts with one can end in an ASCII byte.
        "\u{600}", "\u{110BD}a", "\u{600} ",
    ]

    static func samples(count: Int, seed: UInt64) -> [String] {
        var random = SeededGenerator(seed: seed)
        var result = pieces + ["", " a ", "\n a \n\n b \n", "- x", "3. y"]
        for _ in 0..<count {
            let length = Int.random(in: 0...12, using: &random)
            result.append((0..<length).map { _ in pieces.randomElement(using: &random)! }.joined())
        }
        return result
    }

    @Test func sameMarkdownAsTheCharacterByCharacterImplementation() {
        var mismatches: [String] = []
        for text in Self.samples(count: 20_000, seed: 7) {
            let checks: [(String, String, String)] = [
                ("inline", MarkdownText.inline(text), Reference.inline(text)),
                ("cell", MarkdownText.cell(text), Reference.cell(text)),
                ("block", MarkdownText.block(text), Reference.block(text)),
                ("singleLine", MarkdownText.singleLine(text), Reference.singleLine(text)),
                ("renderedSingleLine", MarkdownText.renderedSingleLine(text), Reference.renderedSingleLine(text)),
                ("code", MarkdownText.code(text), Reference.code(text)),
                ("fence", MarkdownText.fence(for: text), Reference.fence(for: text)),
            ]
            for (name, actual, expected) in checks where actual != expected {
                mismatches.append("\(name)(\(text.debugDescription)): \(actual.debugDescription), expected \(expected.debugDescription)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20).joined(separator: "\n"))")
    }

    @Test func lineSplittingMatchesCharacterSplitting() {
        for text in Self.samples(count: 5_000, seed: 11) {
            let expected = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            #expect(MarkdownText.rawLines(of: text) == expected, "\(text.debugDescription)")
        }
    }
}

/// `MarkdownText` as it was before its byte-level shortcuts.
private enum Reference {
    static func inline(_ text: String) -> String {
        lines(of: text).map(escapeCharacters).joined(separator: "<br>")
    }

    static func cell(_ text: String) -> String {
        paragraphs(of: text).map(inline).joined(separator: "<br><br>")
    }

    static func block(_ text: String) -> String {
        paragraphs(of: text).map { MarkdownText.guardLineStart(inline($0)) }.joined(separator: "\n\n")
    }

    static func singleLine(_ text: String) -> String {
        MarkdownText.guardLineStart(lines(of: text).map(escapeCharacters).joined(separator: " "))
    }

    static func renderedSingleLine(_ text: String) -> String {
        lines(of: text).map { String($0.map { $0 == "\t" ? " " : $0 }) }.joined(separator: " ")
    }

    static func code(_ text: String) -> String {
        let unsafe = text.isEmpty || text.first == " " || text.last == " "
            || text.contains { "`|\\\n\r".contains($0) }
        return unsafe ? inline(text) : "`" + text + "`"
    }

    static func fence(for code: String) -> String {
        var longest = 0
        var run = 0
        for character in code {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        return String(repeating: "`", count: max(3, longest + 1))
    }

    static func escapeCharacters(_ line: String) -> String {
        var result = ""
        for character in line {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "#", "!": result += "\\" + String(character)
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "|": result += "&#124;"
            case "~": result += "&#126;"
            case "\t": result += " "
            default: result.append(character)
            }
        }
        return result
    }

    static func lines(of text: String) -> [String] {
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            .map { trim($0) }
            .filter { !$0.isEmpty }
    }

    static func paragraphs(of text: String) -> [String] {
        var result: [String] = []
        var current: [String] = []
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let trimmed = trim(line)
            if trimmed.isEmpty {
                if !current.isEmpty { result.append(current.joined(separator: "\n")) }
                current = []
            } else {
                current.append(trimmed)
            }
        }
        if !current.isEmpty { result.append(current.joined(separator: "\n")) }
        return result
    }

    static func trim(_ text: Substring) -> String {
        String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
