extension MarkdownStrings {
    /// `template` with each `{key}` replaced by its value, in one pass (a value that holds
    /// braces is never filled in again).
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        if let filled = fillInBytes(template, values) { return filled }
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let value = values[String(rest[afterOpen..<close])] {
                result += value
                rest = rest[rest.index(after: close)...]
            } else {
                result += "{"
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }

    /// `fill` over the template's bytes, when every brace in it is a character of its own
    /// (`bracesStandAlone`): the characters `{` and `}` are then exactly the brace bytes, and
    /// walking bytes instead of characters (slow in the translated templates) finds the same
    /// keys and keeps the same text. Nil otherwise. `MarkdownFillShortcutTests` compares both.
    private static func fillInBytes(_ template: String, _ values: [String: String]) -> String? {
        guard bracesStandAlone(template) else { return nil }
        let bytes = Array(template.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 64)
        var rest = 0
        while let open = bytes[rest...].firstIndex(of: 0x7B) {
            result += bytes[rest..<open]
            if let close = bytes[(open + 1)...].firstIndex(of: 0x7D),
                let value = values[String(decoding: bytes[(open + 1)..<close], as: UTF8.self)]
            {
                result += value.utf8
                rest = close + 1
            } else {
                result.append(0x7B)
                rest = open + 1
            }
        }
        result += bytes[rest...]
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether each `{` and `}` in `text` is a character of its own: every scalar next to one
    /// is `plain`, so neither a prepended mark before it nor an extending mark or joiner after
    /// it joins it to a neighbour.
    private static func bracesStandAlone(_ text: String) -> Bool {
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if let previous {
                if (previous == "{" || previous == "}") && !isPlain(scalar) { return false }
                if (scalar == "{" || scalar == "}") && !isPlain(previous) { return false }
            }
            previous = scalar
        }
        return true
    }

    /// A scalar that never joins a neighbouring brace into one character: ASCII, punctuation,
    /// a space, or a CJK unified ideograph. No prepended mark (Cf, Lo), extending mark (Mn, Me,
    /// Mc, Cf, Lm, Sk), spacing mark (Mc, Lo) or joiner (Cf) is among them.
    private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII || (0x4E00...0x9FFF).contains(scalar.value) { return true }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .spaceSeparator:
            return true
        default:
            return false
        }
    }
}
