/// Doc-comment wrapping over the bytes of ASCII text, for `SwiftLayout.docLines` and
/// `SwiftLayout.hangingItem`. In ASCII text without carriage returns a character, a scalar and a
/// byte are one and the same, so lines, trimming (`.whitespaces` is the space and the tab),
/// words and widths can all be found in the bytes; each output line is then written once, prefix
/// and words together, instead of building a `String` per word and per join. Text that is not
/// ASCII returns nil and takes the character-by-character path.
/// `DocLayoutShortcutTests` compares both paths on seeded hostile text.
enum ASCIIDocLayout {
    /// The lines `SwiftLayout.docLines` makes of one paragraph (each with its leading space), or
    /// nil when the paragraph is not ASCII or holds a carriage return.
    static func paragraphLines(_ paragraph: String, width: Int) -> [String]? {
        var paragraph = paragraph
        return paragraph.withUTF8 { bytes -> [String]? in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            var lines: [String] = []
            var words: [Range<Int>] = []
            var start = 0
            while start <= bytes.count {
                let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                words.removeAll(keepingCapacity: true)
                appendWords(of: trimmed(start..<end, in: bytes), in: bytes, to: &words)
                if words.isEmpty {
                    lines.append("")
                } else {
                    pack(words, in: bytes, firstWidth: width, laterWidth: width, firstPrefix: [0x20], laterPrefix: [0x20], into: &lines)
                }
                start = end + 1
            }
            return lines
        }
    }

    /// The lines `SwiftLayout.hangingItem` makes: `text`'s lines trimmed and joined into one,
    /// wrapped with `firstPrefix` before the first line and `laterPrefix` before the others.
    /// Nil when `text` is not ASCII; an empty array when it has no words.
    static func hangingLines(_ text: String, firstPrefix: String, laterPrefix: String, firstWidth: Int, laterWidth: Int) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var words: [Range<Int>] = []
            var start = 0
            while start < bytes.count {
                // The ASCII line breaks are these four bytes; `\r\n` is one break, and empty pieces add no words either way.
                let end = bytes[start...].firstIndex(where: { (0x0A...0x0D).contains($0) }) ?? bytes.count
                appendWords(of: trimmed(start..<end, in: bytes), in: bytes, to: &words)
                start = end + 1
            }
            var lines: [String] = []
            pack(words, in: bytes, firstWidth: firstWidth, laterWidth: laterWidth,
                 firstPrefix: Array(firstPrefix.utf8), laterPrefix: Array(laterPrefix.utf8), into: &lines)
            return lines
        }
    }

    /// `range` without the spaces and tabs at either end (`trimmingCharacters(in: .whitespaces)` in ASCII).
    private static func trimmed(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
        return lower..<upper
    }

    /// The runs of bytes between spaces in `range` (`split(separator: " ")`, empty runs omitted).
    private static func appendWords(of range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, to words: inout [Range<Int>]) {
        var index = range.lowerBound
        while index < range.upperBound {
            while index < range.upperBound, bytes[index] == 0x20 { index += 1 }
            let wordStart = index
            while index < range.upperBound, bytes[index] != 0x20 { index += 1 }
            if index > wordStart { words.append(wordStart..<index) }
        }
    }

    /// Words greedily packed into lines of at most `firstWidth` bytes for the first line and
    /// `laterWidth` for the others (a single longer word keeps its own line), each line written
    /// with its prefix and single spaces between the words.
    private static func pack(
        _ words: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>, firstWidth: Int, laterWidth: Int,
        firstPrefix: [UInt8], laterPrefix: [UInt8], into lines: inout [String]
    ) {
        var next = 0
        var isFirst = true
        while next < words.count {
            let limit = isFirst ? firstWidth : laterWidth
            let first = next
            var length = words[next].count
            next += 1
            while next < words.count, length + 1 + words[next].count <= limit {
                length += 1 + words[next].count
                next += 1
            }
            let prefix = isFirst ? firstPrefix : laterPrefix
            lines.append(
                String(unsafeUninitializedCapacity: prefix.count + length) { output in
                    var count = 0
                    for byte in prefix {
                        output[count] = byte
                        count += 1
                    }
                    for index in first..<next {
                        if index > first {
                            output[count] = 0x20
                            count += 1
                        }
                        for position in words[index] {
                            output[count] = bytes[position]
                            count += 1
                        }
                    }
                    return count
                })
            isFirst = false
        }
    }
}
