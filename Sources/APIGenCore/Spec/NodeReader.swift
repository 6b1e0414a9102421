/// Reads spec values out of YAML nodes, typing scalars by position and reporting every
/// mistake at its node.
struct NodeReader {
    var diagnostics = DiagnosticCollector()
    /// The locale a plain-string text belongs to.
    var defaultLocale: String
    /// Locales that text maps may use; empty means any.
    var locales: [String]

    /// The keywords of one mapping, checked against what is allowed there.
    struct Keywords {
        let node: YAMLNode
        var entries: [String: YAMLNode.Pair]

        subscript(_ keyword: String) -> YAMLNode? { entries[keyword]?.value }
        func key(_ keyword: String) -> YAMLNode? { entries[keyword]?.key }
    }

    /// Reads a mapping of keywords. Unknown keywords get a did-you-mean; missing required ones
    /// are reported at the mapping.
    mutating func keywords(_ node: YAMLNode, in what: String, allowed: [String], required: [String] = []) -> Keywords? {
        guard let pairs = mapping(node, for: what) else { return nil }
        var entries: [String: YAMLNode.Pair] = [:]
        for pair in pairs {
            guard let key = pair.key.scalar else {
                diagnostics.error("a keyword must be text, found \(pair.key.kindDescription)", at: pair.key.location)
                continue
            }
            if allowed.contains(key) {
                entries[key] = pair
            } else {
                diagnostics.error("unknown keyword '\(key)' in \(what)\(Suggestions.didYouMean(key, in: allowed))", at: pair.key.location)
            }
        }
        for keyword in required where entries[keyword] == nil {
            diagnostics.error("\(what) is missing '\(keyword)'", at: node.location)
        }
        return Keywords(node: node, entries: entries)
    }

    /// The pairs of a mapping whose keys are API names (fields, values, parameters).
    mutating func namedEntries(_ node: YAMLNode, in what: String) -> [(name: String, key: YAMLNode, value: YAMLNode)] {
        guard let pairs = mapping(node, for: what) else { return [] }
        var result: [(String, YAMLNode, YAMLNode)] = []
        for pair in pairs {
            guard let name = pair.key.scalar, !pair.key.isNull else {
                diagnostics.error("a name in \(what) must be text, found \(pair.key.kindDescription)", at: pair.key.location)
                continue
            }
            result.append((name, pair.key, pair.value))
        }
        return result
    }

    mutating func mapping(_ node: YAMLNode, for what: String) -> [YAMLNode.Pair]? {
        if let pairs = node.pairs { return pairs }
        diagnostics.error("\(what) must be a mapping, found \(node.kindDescription)", at: node.location)
        return nil
    }

    /// Text, verbatim: `4.10` stays `4.10`, `yes` stays `yes`.
    mutating func text(_ node: YAMLNode, for what: String) -> String? {
        guard let text = node.scalar else {
            diagnostics.error("'\(what)' must be text, found \(node.kindDescription)", at: node.location)
            return nil
        }
        if node.isPlainScalar && text.isEmpty {
            diagnostics.error("'\(what)' has no value", at: node.location)
            return nil
        }
        return text
    }

    mutating func bool(_ node: YAMLNode, for what: String) -> Bool? {
        if let text = node.scalar, node.isPlainScalar {
            switch text {
            case "true", "True", "TRUE": return true
            case "false", "False", "FALSE": return false
            default: break
            }
        }
        diagnostics.error("'\(what)' must be true or false, found \(describe(node))", at: node.location)
        return nil
    }

    mutating func integer(_ node: YAMLNode, for what: String, in range: ClosedRange<Int>) -> Int? {
        if let text = node.scalar, node.isPlainScalar, let value = Int(text), range.contains(value) { return value }
        diagnostics.error("'\(what)' must be a whole number from \(range.lowerBound) to \(range.upperBound), found \(describe(node))", at: node.location)
        return nil
    }

    /// One of a closed set of words, with a did-you-mean for a typo.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ node: YAMLNode, for what: String, as: T.Type) -> T? where T.RawValue == String {
        let options = T.allCases.map(\.rawValue)
        if let text = node.scalar, let value = T(rawValue: text) { return value }
        let list = options.map { "'\($0)'" }.joined(separator: ", ")
        guard let found = node.scalar else {
            diagnostics.error("'\(what)' must be one of \(list), found \(node.kindDescription)", at: node.location)
            return nil
        }
        diagnostics.error(
            "invalid \(what) '\(found)'; expected one of \(list)\(Suggestions.didYouMean(found, in: options))", at: node.location)
        return nil
    }

    /// Text in the default locale, or a map of locale -> text.
    mutating func localizedText(_ node: YAMLNode, for what: String) -> LocalizedText? {
        if node.scalar != nil {
            guard let text = text(node, for: what) else { return nil }
            return LocalizedText([defaultLocale: text])
        }
        guard let pairs = node.pairs, !pairs.isEmpty else {
            let found = node.pairs == nil ? node.kindDescription : "an empty mapping"
            diagnostics.error("'\(what)' must be text or a mapping of locale to text, found \(found)", at: node.location)
            return nil
        }
        var translations: [String: String] = [:]
        for pair in pairs {
            guard let locale = pair.key.scalar else {
                diagnostics.error("a locale must be text, found \(pair.key.kindDescription)", at: pair.key.location)
                continue
            }
            if !locales.isEmpty, !locales.contains(locale) {
                let list = locales.joined(separator: ", ")
                diagnostics.error(
                    "unknown locale '\(locale)' (api.locales lists \(list))\(Suggestions.didYouMean(locale, in: locales))",
                    at: pair.key.location)
                continue
            }
            if let text = text(pair.value, for: "\(what).\(locale)") { translations[locale] = text }
        }
        return LocalizedText(translations)
    }

    /// A list of text; a single text is taken as a list of one.
    mutating func textList(_ node: YAMLNode, for what: String) -> [String]? {
        if node.scalar != nil { return text(node, for: what).map { [$0] } }
        guard let items = node.items else {
            diagnostics.error("'\(what)' must be a list, found \(node.kindDescription)", at: node.location)
            return nil
        }
        return items.compactMap { text($0, for: what) }
    }

    mutating func deprecation(_ node: YAMLNode) -> Deprecation? {
        guard let keys = keywords(node, in: "'deprecated'", allowed: ["since", "message"]) else { return nil }
        return Deprecation(
            since: keys["since"].flatMap { text($0, for: "since") },
            message: keys["message"].flatMap { localizedText($0, for: "message") } ?? .empty)
    }

    private func describe(_ node: YAMLNode) -> String {
        if let text = node.scalar { return node.isNull && text.isEmpty ? "nothing" : "'\(text)'" }
        return node.kindDescription
    }
}

extension YAMLNode {
    /// The location of the character `offset` within a single-line scalar.
    func location(atCharacterOffset offset: Int) -> SourceLocation {
        var result = location
        if case .scalar(_, let style) = content, style == .singleQuoted || style == .doubleQuoted {
            result.column += 1
        }
        result.column += offset
        return result
    }
}
