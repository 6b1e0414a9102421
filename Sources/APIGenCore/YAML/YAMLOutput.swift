/// YAML built as a tree and written the way a person writes specs: block mappings, short mappings
/// of a field on one line, plain scalars where they read back unchanged (and as text, not as a
/// number or boolean, to YAML 1.1 readers too), double quotes where they would not, and literal
/// blocks for text of several lines. The importer writes specs with it, the OpenAPI emitter its
/// document.
///
/// What it writes reads back, through apigen's YAML loader, as exactly the text it was given.
indirect enum YAMLOutput: Equatable, Sendable {
    /// Text, written plain, quoted or as a literal block, whichever reads back exactly.
    case text(String)
    /// A word that must stand unquoted: `true`, `null`, `1`, `apigen` version numbers.
    case literal(String)
    /// A mapping written as a block, one key per line.
    case block([(key: String, value: YAMLOutput)])
    /// A mapping written on one line, `{key: value, ...}`.
    case inline([(key: String, value: YAMLOutput)])
    /// A list written on one line, `[a, b]`.
    case list([YAMLOutput])
    /// A list written as a block, one `- item` per line.
    case blockList([YAMLOutput])

    static func == (lhs: YAMLOutput, rhs: YAMLOutput) -> Bool {
        switch (lhs, rhs) {
        case (.text(let a), .text(let b)), (.literal(let a), .literal(let b)): a == b
        case (.block(let a), .block(let b)), (.inline(let a), .inline(let b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case (.list(let a), .list(let b)), (.blockList(let a), .blockList(let b)): a == b
        default: false
        }
    }

    /// The document: `value` must be a block mapping; `header` lines are written first as comments.
    func document(header: [String] = []) -> String {
        var output = header.map { "# \($0)\n" }.joined()
        write(into: &output, indent: 0)
        return output
    }

    private func write(into output: inout String, indent: Int) {
        guard case .block(let pairs) = self else { return }
        let padding = String(repeating: " ", count: indent)
        for (key, value) in pairs {
            output += padding + Self.scalar(key, inFlow: false) + ":"
            switch value {
            case .block(let inner) where !inner.isEmpty:
                output += "\n"
                value.write(into: &output, indent: indent + 2)
            case .inline(let inner) where inner.contains(where: { $0.value.isMultilineText }):
                // Text of several lines reads better as a literal block than as `\n` escapes.
                output += "\n"
                YAMLOutput.block(inner).write(into: &output, indent: indent + 2)
            case .text(let text) where Self.needsLiteralBlock(text):
                output += " |-\n"
                for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                    output += line.isEmpty ? "\n" : padding + "  " + line + "\n"
                }
            case .text(let text):
                output += " " + Self.scalar(text, inFlow: false) + "\n"
            case .blockList(let items) where !items.isEmpty:
                output += "\n"
                for item in items { item.writeItem(into: &output, indent: indent + 2) }
            default:
                output += " " + value.flow() + "\n"
            }
        }
    }

    /// `- item` at `indent`: a mapping's first key on the dash's line and the others below it.
    private func writeItem(into output: inout String, indent: Int) {
        let dash = String(repeating: " ", count: indent) + "- "
        switch self {
        case .block(let pairs) where !pairs.isEmpty:
            var item = ""
            write(into: &item, indent: indent + 2)
            output += dash + item.dropFirst(indent + 2)
        case .text(let text):
            output += dash + Self.scalar(text, inFlow: false) + "\n"
        default:
            output += dash + flow() + "\n"
        }
    }

    private var isMultilineText: Bool {
        if case .text(let text) = self { return Self.needsLiteralBlock(text) }
        return false
    }

    /// The value on one line.
    private func flow() -> String {
        switch self {
        case .text(let text): Self.scalar(text, inFlow: true)
        case .literal(let word): word
        case .block(let pairs), .inline(let pairs):
            "{" + pairs.map { Self.scalar($0.key, inFlow: true) + ": " + $0.value.flow() }.joined(separator: ", ") + "}"
        case .list(let items), .blockList(let items): "[" + items.map { $0.flow() }.joined(separator: ", ") + "]"
        }
    }

    /// Text of several lines that a literal block keeps exactly: no control characters, no
    /// line of only spaces, no leading space on the first line, no space before a line break.
    private static func needsLiteralBlock(_ text: String) -> Bool {
        guard text.contains("\n"), !text.hasPrefix(" "), !text.hasPrefix("\n"), !text.hasSuffix("\n") else { return false }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.last == " " || line.last == "\t" { return false }
            if line.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\t") || isSpecial($0) }) { return false }
        }
        return true
    }

    /// `text` as a plain scalar when it reads back as itself (and as text, not as a number,
    /// boolean or null), else double-quoted.
    static func scalar(_ text: String, inFlow: Bool) -> String {
        isPlainSafe(text, inFlow: inFlow) ? text : doubleQuoted(text)
    }

    private static let indicators: Set<Unicode.Scalar> = [
        "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`",
    ]
    private static let flowIndicators: Set<Unicode.Scalar> = [",", "[", "]", "{", "}"]
    private static let reservedWords: Set<String> = [
        "true", "false", "null", "yes", "no", "on", "off", "y", "n", "~",
    ]

    private static func isPlainSafe(_ text: String, inFlow: Bool) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return false }
        if indicators.contains(first) || first == " " || last == " " || last == ":" { return false }
        if reservedWords.contains(text.lowercased()) || looksNumeric(text) { return false }
        if text.contains(": ") || text.contains(" #") || text.hasPrefix("<<") { return false }
        for scalar in scalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || isSpecial(scalar) { return false }
            if inFlow && flowIndicators.contains(scalar) { return false }
        }
        return true
    }

    /// Characters YAML treats as line breaks or that do not print: written escaped.
    private static func isSpecial(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x85, 0xA0, 0x2028, 0x2029, 0xFEFF, 0x80...0x9F: true
        default: false
        }
    }

    private static func looksNumeric(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return ("0"..."9").contains(first) || ((first == "+" || first == "." || first == "-") && text.count > 1)
            || text.lowercased().hasPrefix(".inf") || text.lowercased() == ".nan"
    }

    private static func doubleQuoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            case "\r": output += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || isSpecial(scalar) {
                    output += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16, uppercase: true)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }
}
