@testable import APIGenCore
import Testing

/// The layout helpers take byte-level shortcuts for ASCII text and text without carriage
/// returns. On seeded random hostile text (the Markdown equivalence tests' pieces, paths and
/// words added) they must give what the character-by-character code they replaced gives.
@Suite struct LayoutShortcutEquivalenceTests {
    static let samples: [String] = {
        var random = SeededGenerator(seed: 23)
        let pieces = MarkdownTextEquivalenceTests.pieces + ["/", "en", "types", "a b", "word", ":", "\\", "..", "\u{0B}", "\u{0C}"]
        var result = MarkdownTextEquivalenceTests.pieces + ["", "en/types/Zone.md", "zh-CN/endpoints/Create Zone.md"]
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...14, using: &random)
            result.append((0..<length).map { _ in pieces.randomElement(using: &random)! }.joined())
        }
        return result
    }()

    @Test func lineFeedSplittingMatchesCharacterSplitting() {
        for text in Self.samples {
            #expect(text.splitAtLineFeeds() == text.split(separator: "\n", omittingEmptySubsequences: false), "\(text.debugDescription)")
        }
    }

    @Test func wrappingMatchesCharacterCounting() {
        for text in Self.samples {
            for width in [1, 4, 9] {
                #expect(SwiftLayout.wrap(text, width: width, laterWidth: width + 3) == Reference.wrap(text, width: width, laterWidth: width + 3))
            }
            #expect(
                SwiftLayout.hangingItem(prefix: "- a: ", text: text, indent: 100, itemIndent: 2)
                    == Reference.hangingItem(prefix: "- a: ", text: text, indent: 100, itemIndent: 2), "\(text.debugDescription)")
        }
    }

    @Test func pathsAndIndentationMatch() {
        for (index, text) in Self.samples.enumerated() {
            let other = Self.samples[(index * 7) % Self.samples.count]
            #expect(MarkdownLayout.link(from: text, to: other) == Reference.link(from: text, to: other), "\(text.debugDescription) \(other.debugDescription)")
            let anchor = Self.samples[(index * 13) % Self.samples.count]
            #expect(
                MarkdownLayout.link(from: other, to: text, anchor: anchor) == Reference.link(from: other, to: text, anchor: anchor),
                "\(other.debugDescription) \(text.debugDescription) \(anchor.debugDescription)")
            #expect(MarkdownLayout.fileStem(text) == Reference.fileStem(text), "\(text.debugDescription)")
            #expect(PercentEncoding.encode(text, keeping: "-._~/#") == Reference.percentEncoded(text, keeping: "-._~/#"))
        }
    }
}

/// The helpers as they were before their shortcuts.
private enum Reference {
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

    static func hangingItem(prefix: String, text: String, indent: Int, itemIndent: Int) -> [String] {
        let lead = String(repeating: " ", count: itemIndent)
        let flat = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        let firstWidth = SwiftLayout.lineLength - indent - 4 - itemIndent - prefix.count
        let restWidth = SwiftLayout.lineLength - indent - 4 - itemIndent - 2
        let words = wrap(flat, width: firstWidth, laterWidth: restWidth)
        guard let first = words.first else { return [" " + lead + prefix.trimmingCharacters(in: .whitespaces)] }
        return [" " + lead + prefix + first] + words.dropFirst().map { " " + lead + "  " + $0 }
    }

    static func link(from: String, to: String, anchor: String = "") -> String {
        var fromFolder = from.split(separator: "/").dropLast().map(String.init)
        var target = to.split(separator: "/").map(String.init)
        while let first = fromFolder.first, target.count > 1, first == target.first {
            fromFolder.removeFirst()
            target.removeFirst()
        }
        let path = Array(repeating: "..", count: fromFolder.count) + target
        return percentEncoded(path.joined(separator: "/") + (anchor.isEmpty ? "" : "#" + anchor), keeping: "-._~/#")
    }

    static func fileStem(_ name: String) -> String {
        var stem = String(name.map { $0 == "/" || $0 == "\\" || $0 == ":" ? "_" : $0 })
        if stem.hasPrefix(".") || stem.isEmpty { stem = "_" + stem }
        return stem
    }

    static func percentEncoded(_ text: String, keeping kept: String) -> String {
        var result = ""
        for byte in text.utf8 {
            let isKept = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || kept.utf8.contains(byte)
            if isKept {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return result
    }
}

/// `SwiftImportSorter` returns a file whose leading imports are already in order as it is,
/// without splitting it; it must give what sorting every time gives.
@Suite struct ImportSorterShortcutTests {
    @Test func sameAsAlwaysSorting() {
        var random = SeededGenerator(seed: 5)
        let lines = ["import A", "import B", "public import C", "package import A", "import Z", "// x", "", "struct S {}", "import B\r", "é"]
        for _ in 0..<5_000 {
            let count = Int.random(in: 0...6, using: &random)
            let text = (0..<count).map { _ in lines.randomElement(using: &random)! }.joined(separator: Bool.random(using: &random) ? "\n" : "\r\n")
                + (Bool.random(using: &random) ? "\n" : "")
            #expect(SwiftImportSorter.sorted(text) == Self.alwaysSorted(text), "\(text.debugDescription)")
        }
    }

    /// The sorter as it was: split every line, sort the leading imports, join.
    static func alwaysSorted(_ source: String) -> String {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let isImport = { (line: Substring) in line.hasPrefix("import ") || line.hasPrefix("public import ") || line.hasPrefix("package import ") }
        var end = 0
        while end < lines.count, isImport(lines[end]) { end += 1 }
        guard end > 1 else { return source }
        lines[0..<end].sort { ($0.split(separator: " ").last ?? $0) < ($1.split(separator: " ").last ?? $1) }
        return lines.joined(separator: "\n")
    }
}
