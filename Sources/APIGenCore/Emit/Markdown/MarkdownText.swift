/// Turns API text into Markdown that renders as that text and nothing else.
///
/// Spec text is data: a description holding `|`, backticks, `<script>`, `*`, `_`, `[` or a
/// line break must neither break a table nor inject HTML or formatting. Every string that a
/// Markdown template prints comes through here. The escapes work in both CommonMark/GFM and
/// python-markdown: characters that python-markdown cannot backslash-escape (`<`, `>`, `&`,
/// `|`, `~`) become HTML character references instead.
public enum MarkdownText {
    /// Text on one line inside a paragraph, heading, link text or table cell. Line breaks
    /// become `<br>`, so a table row stays one line.
    public static func inline(_ text: String) -> String {
        if !text.utf8Contains(where: { $0 == 0x0A || $0 == 0x0D }) {
            // One line, the usual case: no array of lines to build and join.
            return escapeCharacters(hasPlainEnds(text.utf8) ? text : trim(text[...]))
        }
        return lines(of: text).map(escapeCharacters).joined(separator: "<br>")
    }

    /// Text as a table cell: like `inline`, with paragraphs separated by a blank line kept
    /// apart by two `<br>`.
    public static func cell(_ text: String) -> String {
        if !text.utf8Contains(where: { $0 == 0x0A || $0 == 0x0D }) { return inline(text) }
        return paragraphs(of: text).map(inline).joined(separator: "<br><br>")
    }

    /// Text as one or more block paragraphs, separated by blank lines. Each paragraph is one
    /// source line, so nothing in the text can start a list, heading, quote or code block.
    public static func block(_ text: String) -> String {
        paragraphs(of: text).map { guardLineStart(inline($0)) }.joined(separator: "\n\n")
    }

    /// Text on a single line that never contains a break (headings, link text): line breaks
    /// become spaces.
    public static func singleLine(_ text: String) -> String {
        guardLineStart(lines(of: text).map(escapeCharacters).joined(separator: " "))
    }

    /// The text a `singleLine` heading renders to, for computing its anchor.
    public static func renderedSingleLine(_ text: String) -> String {
        lines(of: text).map { line in
            // Only a tab byte can be a tab character.
            line.utf8Contains(0x09) ? String(line.map { $0 == "\t" ? " " : $0 }) : line
        }.joined(separator: " ")
    }

    /// A code span (`` `name` ``) when the text can stand in one safely, inside a table too;
    /// otherwise the escaped text.
    public static func code(_ text: String) -> String {
        // Each of these characters is one byte, so text without those bytes has none of them
        // (with them, the character test decides: a backtick with a combining mark is not one).
        // Only text whose first (last) byte is a space can start (end) with the character " ".
        let unsafe = text.isEmpty || (text.utf8.first == 0x20 && text.first == " ") || (text.utf8.last == 0x20 && text.last == " ")
            || (text.utf8Contains(where: isCodeSpanByte) && text.contains { "`|\\\n\r".contains($0) })
        return unsafe ? inline(text) : "`" + text + "`"
    }

    /// A fence (three or more backticks) longer than any backtick run inside `code`, so the
    /// code cannot close its own block.
    public static func fence(for code: String) -> String {
        if !code.utf8Contains(0x60) { return "```" }
        var longest = 0
        var run = 0
        for character in code {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        return String(repeating: "`", count: max(3, longest + 1))
    }

    /// A relative link destination with everything but unreserved characters, `/` and `#`
    /// percent-encoded (UTF-8).
    public static func linkDestination(_ path: String) -> String {
        PercentEncoding.encode(path, keeping: "-._~/#")
    }

    // MARK: - Pieces

    /// Characters that mean something inline, replaced by an escape that renders them
    /// literally.
    static func escapeCharacters(_ line: String) -> String {
        // Every character escaped below is a single ASCII byte: a line without those bytes is
        // already safe, and returned as it is (most lines).
        guard line.utf8Contains(where: isEscapedByte) else { return line }
        var result = ""
        result.reserveCapacity(line.count)
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

    /// Escapes what would make a line start a block: a list marker, a thematic break or an
    /// ordered-list number.
    static func guardLineStart(_ line: String) -> String {
        guard let first = line.first else { return line }
        if first == "-" || first == "+" { return "\\" + line }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = line.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + line.dropFirst(digits.count)
        }
        return line
    }

    /// The lines of `text`, trimmed, without blank ones.
    static func lines(of text: String) -> [String] {
        rawLines(of: text).map { trim($0) }.filter { !$0.isEmpty }
    }

    /// `text` split at each line break (`\n`, `\r\n` or `\r`), empty lines kept. Line breaks
    /// are always character boundaries, so splitting the UTF-8 gives what splitting the
    /// characters gives, without segmenting every character.
    static func rawLines(of text: String) -> [Substring] {
        var result: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            guard byte == 0x0A || byte == 0x0D else {
                utf8.formIndex(after: &index)
                continue
            }
            result.append(text[start..<index])
            utf8.formIndex(after: &index)
            if byte == 0x0D, index != utf8.endIndex, utf8[index] == 0x0A { utf8.formIndex(after: &index) }
            start = index
        }
        result.append(text[start..<utf8.endIndex])
        return result
    }

    /// Paragraphs of `text`: runs of lines separated by blank lines.
    static func paragraphs(of text: String) -> [String] {
        var result: [String] = []
        var current: [String] = []
        for line in rawLines(of: text) {
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

    /// `text` without leading and trailing whitespace characters.
    static func trim(_ text: Substring) -> String {
        if hasPlainEnds(text.utf8) { return String(text) }
        guard let first = text.first, let last = text.last else { return "" }
        // Nothing to trim (most lines): no reversing walk over every character.
        if !first.isWhitespace && !last.isWhitespace { return String(text) }
        return String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }

    /// Whether the first and last bytes are printable ASCII other than the space: then there is
    /// nothing to trim (most lines), decided without segmenting characters. The first character
    /// is that byte, and the last one starts with it or with a prepended mark (U+0600 and the
    /// like), never with whitespace.
    private static func hasPlainEnds<Bytes: BidirectionalCollection<UInt8>>(_ bytes: Bytes) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        return (0x21...0x7E).contains(first) && (0x21...0x7E).contains(last)
    }

    /// A byte of a character `escapeCharacters` replaces: `\\`, `` ` ``, `*`, `_`, `[`, `]`, `#`,
    /// `!`, `<`, `>`, `&`, `|`, `~` or a tab.
    private static func isEscapedByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x23, 0x21, 0x3C, 0x3E, 0x26, 0x7C, 0x7E, 0x09: true
        default: false
        }
    }

    /// A byte of a character that keeps text out of a code span: `` ` ``, `|`, `\\`, `\n`, `\r`.
    private static func isCodeSpanByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x60, 0x7C, 0x5C, 0x0A, 0x0D: true
        default: false
        }
    }
}
