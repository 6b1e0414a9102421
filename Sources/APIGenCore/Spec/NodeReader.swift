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
    mutating func keywords(_ node: YAMLNode, in place: DiagnosticMessage.Place, allowed: [String], required: [String] = []) -> Keywords? {
        guard let pairs = mapping(node, for: place) else { return nil }
        var entries: [String: YAMLNode.Pair] = [:]
        for pair in pairs {
            guard let key = pair.key.scalar else {
                diagnostics.append(.keywordNotText(found: .init(kindOf: pair.key)), at: pair.key.location)
                continue
            }
            if allowed.contains(key) {
                entries[key] = pair
            } else {
                diagnostics.append(
                    .unknownKeyword(key, in: place, suggestion: Suggestions.closest(to: key, in: allowed)), at: pair.key.location)
            }
        }
        for keyword in required where entries[keyword] == nil {
            diagnostics.append(.missingKeyword(keyword, in: place), at: node.location)
        }
        return Keywords(node: node, entries: entries)
    }

    /// The pairs of a mapping whose keys are API names (fields, values, parameters).
    mutating func namedEntries(_ node: YAMLNode, in place: DiagnosticMessage.Place) -> [(name: String, key: YAMLNode, value: YAMLNode)] {
        guard let pairs = mapping(node, for: place) else { return [] }
        var result: [(String, YAMLNode, YAMLNode)] = []
        for pair in pairs {
            guard let name = pair.key.scalar, !pair.key.isNull else {
                diagnostics.append(.nameNotText(in: place, found: .init(kindOf: pair.key)), at: pair.key.location)
                continue
            }
            result.append((name, pair.key, pair.value))
        }
        return result
    }

    mutating func mapping(_ node: YAMLNode, for place: DiagnosticMessage.Place) -> [YAMLNode.Pair]? {
        if let pairs = node.pairs { return pairs }
        diagnostics.append(.notAMapping(place, found: .init(kindOf: node)), at: node.location)
        return nil
    }

    /// Text, verbatim: `4.10` stays `4.10`, `yes` stays `yes`.
    mutating func text(_ node: YAMLNode, for what: DiagnosticMessage.ValueName) -> String? {
        guard let text = node.scalar else {
            diagnostics.append(.notText(what, found: .init(kindOf: node)), at: node.location)
            return nil
        }
        if node.isPlainScalar && text.isEmpty {
            diagnostics.append(.emptyValue(what), at: node.location)
            return nil
        }
        return text
    }

    mutating func bool(_ node: YAMLNode, for what: DiagnosticMessage.ValueName) -> Bool? {
        if let text = node.scalar, node.isPlainScalar {
            switch text {
            case "true", "True", "TRUE": return true
            case "false", "False", "FALSE": return false
            default: break
            }
        }
        diagnostics.append(.notABoolean(what, found: .init(valueOf: node)), at: node.location)
        return nil
    }

    mutating func integer(_ node: YAMLNode, for what: DiagnosticMessage.ValueName, in range: ClosedRange<Int>) -> Int? {
        if let text = node.scalar, node.isPlainScalar, let value = Int(text), range.contains(value) { return value }
        diagnostics.append(.notAWholeNumber(what, range: range, found: .init(valueOf: node)), at: node.location)
        return nil
    }

    /// One of a closed set of words, with a did-you-mean for a typo.
    mutating func choice<T: RawRepresentable & CaseIterable>(
        _ node: YAMLNode, for what: DiagnosticMessage.ValueName, as: T.Type
    ) -> T? where T.RawValue == String {
        let options = T.allCases.map(\.rawValue)
        if let text = node.scalar, let value = T(rawValue: text) { return value }
        guard let found = node.scalar else {
            diagnostics.append(.choiceNotText(what, options: options, found: .init(kindOf: node)), at: node.location)
            return nil
        }
        diagnostics.append(
            .invalidChoice(what, found: found, options: options, suggestion: Suggestions.closest(to: found, in: options)), at: node.location)
        return nil
    }

    /// Text in the default locale, or a map of locale -> text.
    mutating func localizedText(_ node: YAMLNode, for what: DiagnosticMessage.ValueName) -> LocalizedText? {
        if node.scalar != nil {
            guard let text = text(node, for: what) else { return nil }
            return LocalizedText([defaultLocale: text])
        }
        guard let pairs = node.pairs, !pairs.isEmpty else {
            let found: DiagnosticMessage.Found = node.pairs == nil ? .init(kindOf: node) : .emptyMapping
            diagnostics.append(.notLocalizedText(what, found: found), at: node.location)
            return nil
        }
        var translations: [String: String] = [:]
        for pair in pairs {
            guard let locale = pair.key.scalar else {
                diagnostics.append(.localeNotText(found: .init(kindOf: pair.key)), at: pair.key.location)
                continue
            }
            if !locales.isEmpty, !locales.contains(locale) {
                diagnostics.append(
                    .unknownLocale(locale, declared: locales, suggestion: Suggestions.closest(to: locale, in: locales)), at: pair.key.location)
                continue
            }
            if let text = text(pair.value, for: .translation(what, locale: locale)) { translations[locale] = text }
        }
        return LocalizedText(translations)
    }

    /// A list of text; a single text is taken as a list of one.
    mutating func textList(_ node: YAMLNode, for what: DiagnosticMessage.ValueName) -> [String]? {
        if node.scalar != nil { return text(node, for: what).map { [$0] } }
        guard let items = node.items else {
            diagnostics.append(.notAList(what, found: .init(kindOf: node)), at: node.location)
            return nil
        }
        return items.compactMap { text($0, for: what) }
    }

    mutating func deprecation(_ node: YAMLNode) -> Deprecation? {
        guard let keys = keywords(node, in: .keyword("deprecated"), allowed: ["since", "message"]) else { return nil }
        return Deprecation(
            since: keys["since"].flatMap { text($0, for: "since") },
            message: keys["message"].flatMap { localizedText($0, for: "message") } ?? .empty)
    }
}

extension DiagnosticMessage.Found {
    /// The kind of `node`, without its text.
    init(kindOf node: YAMLNode) {
        switch node.content {
        case .scalar: self = node.isNull ? .null : .scalar
        case .sequence: self = .list
        case .mapping: self = .mapping
        }
    }

    /// A scalar's text (nothing for an empty plain scalar), or a collection's kind.
    init(valueOf node: YAMLNode) {
        if let text = node.scalar {
            self = node.isNull && text.isEmpty ? .nothing : .text(text)
        } else {
            self.init(kindOf: node)
        }
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
