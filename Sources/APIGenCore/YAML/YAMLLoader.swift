import CLibYAML

/// Loads one YAML file into a `YAMLNode` tree through libyaml's document API.
///
/// Every failure is a diagnostic at its position: invalid UTF-8, an empty file, more than one
/// document, a syntax error, a duplicate key, a recursive alias, or an alias expansion beyond
/// `nodeBudget` (the "billion laughs" attack). Nothing in any input traps or hangs.
public struct YAMLLoader: Sendable {
    /// How many nodes the expanded tree may hold, aliases counted at every use.
    public var nodeBudget: Int
    /// How deeply collections may nest.
    public var depthLimit: Int

    public init(nodeBudget: Int = 200_000, depthLimit: Int = 256) {
        self.nodeBudget = nodeBudget
        self.depthLimit = depthLimit
    }

    public struct Failure: Error, Sendable {
        public var diagnostics: [Diagnostic]
    }

    /// Parses `file`, the bytes read from `path`. Returns the root node, or throws the diagnostics.
    public func load(_ file: [UInt8], path: String) throws(Failure) -> YAMLNode {
        // A UTF-8 byte-order mark is allowed; dropping it keeps it out of every column count.
        let bytes = file.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(file.dropFirst(3)) : file
        if let diagnostic = UTF8Check.firstInvalidByte(in: bytes, path: path) {
            throw Failure(diagnostics: [diagnostic])
        }
        var diagnostics = DiagnosticCollector()
        let root: YAMLNode? = bytes.withUnsafeBufferPointer { buffer in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                diagnostics.append(.yamlParserUnavailable, at: SourceLocation(file: path, line: 1, column: 1))
                return nil
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!, buffer.count)

            var document = yaml_document_t()
            guard yaml_parser_load(&parser, &document) == 1 else {
                diagnostics.append(syntaxError(parser, path: path, bytes: bytes))
                return nil
            }
            defer { yaml_document_delete(&document) }
            guard yaml_document_get_root_node(&document) != nil else {
                diagnostics.append(.emptyFile, at: SourceLocation(file: path, line: 1, column: 1))
                return nil
            }
            var builder = TreeBuilder(document: document, path: path, budget: nodeBudget, depthLimit: depthLimit)
            let root = builder.build()
            diagnostics.append(contentsOf: builder.diagnostics.diagnostics)

            var next = yaml_document_t()
            if yaml_parser_load(&parser, &next) == 1 {
                defer { yaml_document_delete(&next) }
                if yaml_document_get_root_node(&next) != nil {
                    diagnostics.append(.secondYAMLDocument, at: location(next.start_mark, path: path))
                }
            } else {
                diagnostics.append(syntaxError(parser, path: path, bytes: bytes))
            }
            return root
        }
        if diagnostics.hasErrors || root == nil { throw Failure(diagnostics: diagnostics.sorted) }
        return root!
    }

    private func syntaxError(_ parser: yaml_parser_t, path: String, bytes: [UInt8]) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) }
        let context = parser.context.map { description in
            let contextAt = location(parser.context_mark, path: path)
            return DiagnosticMessage.ParserContext(String(cString: description), line: contextAt.line, column: contextAt.column)
        }
        let at: SourceLocation
        if parser.error == YAML_READER_ERROR {
            at = UTF8Check.location(ofOffset: parser.problem_offset, path: path, bytes: bytes)
        } else {
            at = location(parser.problem_mark, path: path)
        }
        return Diagnostic(.invalidYAML(problem: problem, context: context), at: at)
    }
}

func location(_ mark: yaml_mark_t, path: String) -> SourceLocation {
    SourceLocation(file: path, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
}

/// Turns libyaml's node table into `YAMLNode`s, expanding aliases under a budget.
private struct TreeBuilder {
    let document: yaml_document_t
    let path: String
    let budget: Int
    let depthLimit: Int
    var diagnostics = DiagnosticCollector()
    private var produced = 0
    private var exhausted = false
    /// By node id - 1 (libyaml numbers nodes from 1): whether the node is on the path from the
    /// root (meeting one again means an alias contains itself), the subtree already built for it
    /// (shared, not copied, when an alias names it again) and that subtree's size.
    private var open: [Bool]
    private var built: [YAMLNode?]
    private var subtreeSize: [Int]

    init(document: yaml_document_t, path: String, budget: Int, depthLimit: Int) {
        self.document = document
        self.path = path
        self.budget = budget
        self.depthLimit = depthLimit
        let count = document.nodes.top - document.nodes.start
        open = Array(repeating: false, count: count)
        built = Array(repeating: nil, count: count)
        subtreeSize = Array(repeating: 1, count: count)
    }

    mutating func build() -> YAMLNode? {
        build(id: 1, depth: 0, usedAt: location(node(1).start_mark, path: path))
    }

    private func node(_ id: Int32) -> yaml_node_t { document.nodes.start[Int(id) - 1] }

    /// Builds node `id`. libyaml keeps no position for an alias, so `usedAt` stands for it:
    /// the key whose value the node is, or the collection that holds it.
    private mutating func build(id: Int32, depth: Int, usedAt: SourceLocation) -> YAMLNode? {
        let raw = node(id)
        let at = location(raw.start_mark, path: path)
        let slot = Int(id) - 1
        if let done = built[slot] {
            // An alias: the subtree is shared, but walking it later costs its full size.
            produced += subtreeSize[slot]
            if produced > budget { return overBudget(at: usedAt) }
            return done
        }
        if open[slot] {
            diagnostics.append(.recursiveAlias, at: usedAt, notes: [Diagnostic(.aliasedNodeStartsHere, at: at)])
            return nil
        }
        if depth > depthLimit {
            diagnostics.append(.yamlTooDeep(limit: depthLimit), at: at)
            exhausted = true
            return nil
        }
        produced += 1
        if produced > budget { return overBudget(at: at) }
        let before = produced
        open[slot] = true
        defer { open[slot] = false }

        let tag = explicitTag(raw)
        var result: YAMLNode?
        switch raw.type {
        case YAML_SCALAR_NODE:
            let scalar = raw.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            result = YAMLNode(.scalar(text, style(scalar.style)), at: at, tag: tag)
        case YAML_SEQUENCE_NODE:
            var items: [YAMLNode] = []
            var item = raw.data.sequence.items.start
            while let current = item, current < raw.data.sequence.items.top, !exhausted {
                if let child = build(id: current.pointee, depth: depth + 1, usedAt: at) { items.append(child) }
                item = current + 1
            }
            result = YAMLNode(.sequence(items), at: at, tag: tag)
        case YAML_MAPPING_NODE:
            var pairs: [YAMLNode.Pair] = []
            pairs.reserveCapacity(raw.data.mapping.pairs.top - raw.data.mapping.pairs.start)
            var keys = KeyIndex()
            var pair = raw.data.mapping.pairs.start
            while let current = pair, current < raw.data.mapping.pairs.top, !exhausted {
                let key = build(id: current.pointee.key, depth: depth + 1, usedAt: at)
                let value = build(id: current.pointee.value, depth: depth + 1, usedAt: key?.location ?? at)
                pair = current + 1
                guard let key, let value else { continue }
                if let text = key.scalar {
                    if let first = keys.location(of: text, in: pairs) {
                        diagnostics.append(.duplicateKey(text), at: key.location, notes: [Diagnostic(.keyFirstAppearsHere(text), at: first)])
                        continue
                    }
                    keys.add(text, at: key.location, after: pairs)
                }
                pairs.append(YAMLNode.Pair(key: key, value: value))
            }
            result = YAMLNode(.mapping(pairs), at: at, tag: tag)
        default:
            result = nil
        }
        if let result {
            built[slot] = result
            subtreeSize[slot] = produced - before + 1
        }
        return result
    }

    /// The scalar keys met so far in one mapping, to find a duplicate. Most mappings hold a
    /// handful of keys, and comparing with each is cheaper than hashing them; a large mapping
    /// gets a dictionary.
    private struct KeyIndex {
        private static let scanLimit = 12
        private var dictionary: [String: SourceLocation]?

        /// Where `text` first appeared as a key among `pairs`, the mapping's pairs so far (which
        /// hold no duplicate: a duplicate is reported and left out).
        func location(of text: String, in pairs: [YAMLNode.Pair]) -> SourceLocation? {
            if let dictionary { return dictionary[text] }
            return pairs.first { $0.key.scalar == text }?.key.location
        }

        /// Records the key `text`, which comes after `pairs`.
        mutating func add(_ text: String, at location: SourceLocation, after pairs: [YAMLNode.Pair]) {
            if dictionary == nil {
                guard pairs.count >= Self.scanLimit else { return }
                var earlier: [String: SourceLocation] = [:]
                for pair in pairs {
                    if let key = pair.key.scalar { earlier[key] = pair.key.location }
                }
                dictionary = earlier
            }
            dictionary?[text] = location
        }
    }

    private mutating func overBudget(at: SourceLocation) -> YAMLNode? {
        if !exhausted {
            diagnostics.append(.aliasExpansionLimit(budget: budget), at: at)
        }
        exhausted = true
        return nil
    }

    private func explicitTag(_ raw: yaml_node_t) -> String? {
        guard let tag = raw.tag else { return nil }
        // libyaml fills in the default tags; only a tag someone wrote is interesting. They are
        // compared as bytes, without making a string of every node's tag: a default tag is
        // ASCII without any character that another one is canonically equivalent to, so only
        // its own bytes make an equal string.
        if Self.defaultTags.contains(where: { Self.tag(tag, is: $0) }) { return nil }
        return String(cString: tag)
    }

    /// The tags libyaml gives a node without one.
    private static let defaultTags: [StaticString] = ["tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"]

    /// Whether the NUL-terminated `tag` holds exactly the bytes of `known` (read no further
    /// than its first difference, so never past its NUL).
    private static func tag(_ tag: UnsafePointer<yaml_char_t>, is known: StaticString) -> Bool {
        known.withUTF8Buffer { bytes in
            for (index, byte) in bytes.enumerated() where tag[index] != byte { return false }
            return tag[bytes.count] == 0
        }
    }

    private func style(_ style: yaml_scalar_style_t) -> YAMLNode.ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
