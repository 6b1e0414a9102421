/// A JSON value as written in a spec's example, with object keys in their written order.
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    /// A number kept as its literal text (`4.10` stays `4.10`).
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([Member])

    public struct Member: Hashable, Sendable {
        public var key: String
        public var value: JSONValue
        public init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The member named `key` of an object.
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members.first { $0.key == key }?.value }
        return nil
    }

    /// Compact JSON, as a curl `-d` argument carries it.
    public var compactText: String {
        var text = ""
        render(into: &text, indent: nil, level: 0)
        return text
    }

    /// JSON indented by two spaces, as documentation shows it.
    public var prettyText: String {
        var text = ""
        render(into: &text, indent: "  ", level: 0)
        return text
    }

    /// Appends the value's JSON to `text`: compact without `indent`, else one member or item
    /// per line, indented by `indent` per level.
    private func render(into text: inout String, indent: String?, level: Int) {
        func newLine(_ depth: Int) {
            guard let indent else { return }
            text += "\n"
            for _ in 0..<depth { text += indent }
        }
        switch self {
        case .null: text += "null"
        case .bool(let value): text += value ? "true" : "false"
        case .number(let number): text += number
        case .string(let string): text += JSONValue.quoted(string)
        case .array(let items):
            if items.isEmpty {
                text += "[]"
                return
            }
            text += "["
            for (index, item) in items.enumerated() {
                if index > 0 { text += "," }
                newLine(level + 1)
                item.render(into: &text, indent: indent, level: level + 1)
            }
            newLine(level)
            text += "]"
        case .object(let members):
            if members.isEmpty {
                text += "{}"
                return
            }
            text += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { text += "," }
                newLine(level + 1)
                text += JSONValue.quoted(member.key)
                text += indent == nil ? ":" : ": "
                member.value.render(into: &text, indent: indent, level: level + 1)
            }
            newLine(level)
            text += "}"
        }
    }

    /// A JSON string literal with the escapes RFC 8259 requires.
    public static func quoted(_ text: String) -> String {
        // Printable ASCII without a quote or backslash needs no escape (most keys and values).
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }) { return "\"" + text + "\"" }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
