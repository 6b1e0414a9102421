/// Line layout for generated Swift: doc comments wrapped at the line length, and string
/// literals. (Argument and parameter lists are laid out after rendering: `SwiftLineGroups`.)
enum SwiftLayout {
    static let lineLength = 120

    /// Doc-comment lines (each without `///`, with its leading space) for paragraphs of text,
    /// wrapped so that `indent + "///" + line` stays within the line length.
    static func docLines(_ paragraphs: [String], indent: Int) -> [String] {
        let width = lineLength - indent - 4
        var result: [String] = []
        for paragraph in paragraphs {
            if !result.isEmpty { result.append("") }
            if let lines = ASCIIDocLayout.paragraphLines(paragraph, width: width) {
                result += lines
                continue
            }
            for line in paragraph.splitAtLineFeeds() {
                let trimmed = line.trimmingWhitespace()
                if trimmed.isEmpty {
                    result.append("")
                    continue
                }
                result += wrap(trimmed, width: width).map { " " + $0 }
            }
        }
        return result
    }

    /// `- name: text` items of a `- Parameters:` list, continuation lines indented under the text.
    static func parameterDocLines(_ items: [(name: String, text: String)], indent: Int) -> [String] {
        if items.isEmpty { return [] }
        if items.count == 1 {
            return hangingItem(prefix: "- Parameter \(items[0].name): ", text: items[0].text, indent: indent, itemIndent: 0)
        }
        var lines = [" - Parameters:"]
        for item in items {
            lines += hangingItem(prefix: "- \(item.name): ", text: item.text, indent: indent, itemIndent: 2)
        }
        return lines
    }

    /// A `- Label: text` doc line wrapped with its continuation indented by two spaces.
    static func hangingItem(prefix: String, text: String, indent: Int, itemIndent: Int) -> [String] {
        let lead = String(repeating: " ", count: itemIndent)
        let firstWidth = lineLength - indent - 4 - itemIndent - prefix.count
        let restWidth = lineLength - indent - 4 - itemIndent - 2
        if let lines = ASCIIDocLayout.hangingLines(
            text, firstPrefix: " " + lead + prefix, laterPrefix: " " + lead + "  ", firstWidth: firstWidth, laterWidth: restWidth)
        {
            return lines.isEmpty ? [" " + lead + prefix.trimmingWhitespace()] : lines
        }
        let flat = text.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.joined(separator: " ")
        let words = wrap(flat, width: firstWidth, laterWidth: restWidth)
        guard let first = words.first else { return [" " + lead + prefix.trimmingWhitespace()] }
        return [" " + lead + prefix + first] + words.dropFirst().map { " " + lead + "  " + $0 }
    }

    /// Words greedily packed into lines of at most `width` (a single longer word keeps its own line).
    static func wrap(_ text: String, width: Int, laterWidth: Int? = nil) -> [String] {
        if text.isASCII, !text.utf8Contains(0x0D) { return wrapASCII(text, width: width, laterWidth: laterWidth) }
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

    /// `wrap` for ASCII text without carriage returns, where a length is a byte count.
    private static func wrapASCII(_ text: String, width: Int, laterWidth: Int?) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.utf8.split(separator: 0x20, omittingEmptySubsequences: true) {
            let limit = lines.isEmpty ? width : (laterWidth ?? width)
            let wordText = Substring(word)
            if current.isEmpty {
                current = String(wordText)
            } else if current.utf8.count + 1 + word.count <= limit {
                current += " "
                current += wordText
            } else {
                lines.append(current)
                current = String(wordText)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// A Swift string literal. Every escape stands for an ASCII scalar, and a scalar above ASCII
    /// is bytes at or above 0x80 that stay as they are, so the literal is made in the bytes
    /// (`StringLiteralShortcutTests` compares it with the scalar-by-scalar escaping).
    static func stringLiteral(_ text: String) -> String {
        guard text.utf8Contains(where: needsEscape) else { return "\"" + text + "\"" }
        var bytes: [UInt8] = [0x22]
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, 0x6E]
            case 0x0D: bytes += [0x5C, 0x72]
            case 0x09: bytes += [0x5C, 0x74]
            case _ where byte < 0x20 || byte == 0x7F: bytes += "\\u{\(String(byte, radix: 16))}".utf8
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether a byte of text is written escaped in a string literal.
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F
    }
}
