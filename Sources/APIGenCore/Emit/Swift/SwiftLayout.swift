/// Line layout for generated Swift: doc comments wrapped at the line length, and argument or
/// parameter lists on one line when they fit, one per line when they do not (as swift-format
/// lays them out).
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
        if text.isASCII, !text.utf8.contains(0x0D) { return wrapASCII(text, width: width, laterWidth: laterWidth) }
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

    /// `head(a, b) tail` on one line when it fits at `indent`, else one item per line.
    static func list(head: String, items: [String], tail: String, indent: Int) -> [String] {
        let single = head + items.joined(separator: ", ") + tail
        if indent + single.count <= lineLength || items.isEmpty { return [single] }
        let pad = String(repeating: " ", count: 4)
        return [head] + items.enumerated().map { index, item in pad + item + (index == items.count - 1 ? "" : ",") } + [tail.hasPrefix(")") ? tail : ")" + tail]
    }

    /// A Swift string literal.
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
