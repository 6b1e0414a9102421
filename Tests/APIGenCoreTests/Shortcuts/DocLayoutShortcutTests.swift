@testable import APIGenCore
import Foundation
import Testing

/// `SwiftLayout.docLines` and `hangingItem` lay ASCII text out in its bytes (`ASCIIDocLayout`).
/// On the layout equivalence tests' seeded hostile text, and on paragraphs made of it, they must
/// give what the character-by-character code gives.
@Suite struct DocLayoutShortcutTests {
    @Test func docLinesMatchCharacterLayout() {
        let samples = LayoutShortcutEquivalenceTests.samples
        for (index, text) in samples.enumerated() {
            let other = samples[(index * 11) % samples.count]
            for indent in [0, 4, 110, 114] {
                #expect(SwiftLayout.docLines([text], indent: indent) == Reference.docLines([text], indent: indent), "\(text.debugDescription)")
                #expect(
                    SwiftLayout.docLines([text, other, text + "\n" + other], indent: indent)
                        == Reference.docLines([text, other, text + "\n" + other], indent: indent),
                    "\(text.debugDescription) \(other.debugDescription)")
            }
        }
    }

    @Test func hangingItemsMatchCharacterLayout() {
        let samples = LayoutShortcutEquivalenceTests.samples
        for (index, text) in samples.enumerated() {
            let other = samples[(index * 5) % samples.count]
            for (indent, itemIndent) in [(4, 0), (8, 2), (110, 0), (100, 2)] {
                for prefix in ["- Returns: ", "- é: ", "- \(other): "] {
                    #expect(
                        SwiftLayout.hangingItem(prefix: prefix, text: text + " " + other, indent: indent, itemIndent: itemIndent)
                            == Reference.hangingItem(prefix: prefix, text: text + " " + other, indent: indent, itemIndent: itemIndent),
                        "\(prefix.debugDescription) \(text.debugDescription) \(other.debugDescription)")
                }
            }
        }
    }
}

/// The layout as it was before the byte path.
private enum Reference {
    static func docLines(_ paragraphs: [String], indent: Int) -> [String] {
        let width = SwiftLayout.lineLength - indent - 4
        var result: [String] = []
        for paragraph in paragraphs {
            if !result.isEmpty { result.append("") }
            for line in paragraph.split(separator: "\n", omittingEmptySubsequences: false) {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty {
                    result.append("")
                    continue
                }
                result += wrap(trimmed, width: width).map { " " + $0 }
            }
        }
        return result
    }

    static func hangingItem(prefix: String, text: String, indent: Int, itemIndent: Int) -> [String] {
        let lead = String(repeating: " ", count: itemIndent)
        let flat = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        let firstWidth = SwiftLayout.lineLength - indent - 4 - itemIndent - prefix.count
        let restWidth = SwiftLayout.lineLength - indent - 4 - itemIndent - 2
        let words = wrap(flat, width: firstWidth, laterWidth: restWidth)
        guard let first = words.first else { return [" " + lead + prefix.trimmingCharacters(in: .whitespaces)] }
        return [" " + lead + prefix + first] + words.dropFirst().map { " " + lead + "  " + $0 }
    }

    static func wrap(_ text: String, width: Int, laterWidth: Int? = nil) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let limit = lines.isEmpty ? width : (laterWidth ?? width)
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= limit {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
