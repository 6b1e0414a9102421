/// GitHub's heading anchors: `## VM Related Interfaces` is `#vm-related-interfaces`, and a
/// second heading with the same text gets `-1`, then `-2`, in page order.
public struct HeadingAnchors: Sendable {
    private var occurrences: [String: Int] = [:]

    public init() {}

    /// The anchor of the next heading whose rendered text is `text`.
    public mutating func next(_ text: String) -> String {
        let base = Self.slug(text)
        var anchor = base
        if let count = occurrences[base] {
            var next = count
            repeat {
                next += 1
                anchor = "\(base)-\(next)"
            } while occurrences[anchor] != nil
            occurrences[base] = next
        }
        occurrences[anchor] = 0
        return anchor
    }

    /// Lowercased, with everything but letters, marks, numbers, `_`, `-` and spaces removed,
    /// and spaces turned into `-` (github-slugger's rule).
    public static func slug(_ text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            let category = scalar.properties.generalCategory
            switch category {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                .nonspacingMark, .spacingMark, .enclosingMark,
                .decimalNumber, .letterNumber, .otherNumber, .connectorPunctuation:
                result.unicodeScalars.append(scalar)
            default:
                if scalar == "-" { result += "-" } else if scalar == " " { result += "-" }
            }
        }
        return result
    }
}
