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
        lines(of: text).map(escapeCharacters).joined(separator: "<br>")
    }

    /// Text as a table cell: like `inline`, with paragraphs separated by a blank line kept
    /// apart by two `<br>`.
    public static func cell(_ text: String) -> String {
        paragraphs(of: text).map(inline).joined(separator: "<br><br>")
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
        lines(of: text).map { String($0.map { $0 == "\t" ? " " : $0 }) }.joined(separator: " ")
    }

    /// A code span (`` `name` ``) when the text can stand in one safely, inside a table too;
    /// otherwise the escaped text.
    public static func code(_ text: String) -> String {
        let unsafe = text.isEmpty || text.first == " " || text.last == " "
            || text.contains { "`|\\\n\r".contains($0) }
        return unsafe ? inline(text) : "`" + text + "`"
    }

    /// A fence (three or more backticks) longer than any backtick run inside `code`, so the
    /// code cannot close its own block.
    public static func fence(for code: String) -> String {
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
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            .map { trim($0) }
            .filter { !$0.isEmpty }
    }

    /// Paragraphs of `text`: runs of lines separated by blank lines.
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

    private static func trim(_ text: Substring) -> String {
        String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
