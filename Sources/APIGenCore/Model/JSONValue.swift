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
    public var compactText: String { render(indent: nil, level: 0) }

    /// JSON indented by two spaces, as documentation shows it.
    public var prettyText: String { render(indent: "  ", level: 0) }

    private func render(indent: String?, level: Int) -> String {
        let newline = indent == nil ? "" : "\n"
        let pad = { (depth: Int) in String(repeating: indent ?? "", count: depth) }
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .number(let text): return text
        case .string(let text): return JSONValue.quoted(text)
        case .array(let items):
            if items.isEmpty { return "[]" }
            let inner = items.map { pad(level + 1) + $0.render(indent: indent, level: level + 1) }
            return "[" + newline + inner.joined(separator: "," + newline) + newline + pad(level) + "]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            let separator = indent == nil ? ":" : ": "
            let inner = members.map {
                pad(level + 1) + JSONValue.quoted($0.key) + separator + $0.value.render(indent: indent, level: level + 1)
            }
            return "{" + newline + inner.joined(separator: "," + newline) + newline + pad(level) + "}"
        }
    }

    /// A JSON string literal with the escapes RFC 8259 requires.
    public static func quoted(_ text: String) -> String {
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
