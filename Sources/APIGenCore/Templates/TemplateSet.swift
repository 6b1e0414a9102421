import Foundation

/// The mustache templates an emitter renders with, by name (`swift-client/Type`, the file's
/// path below the templates folder without `.mustache`).
///
/// Templates come from folders: later folders override earlier ones file by file, so a user's
/// `--templates DIR` replaces only the files it holds. apigen parses them (`MustacheParser`) and
/// renders them (`TemplateRenderer`) itself: both are checked against the official mustache
/// spec suite.
public struct TemplateSet: Sendable {
    /// Template name -> where it was read from and its text.
    public private(set) var sources: [String: TemplateSource]
    /// Every template, parsed.
    private var templates: [String: CompiledTemplate]

    public struct TemplateSource: Sendable, Hashable {
        /// The file the template was read from (for diagnostics and depfiles).
        public var path: String
        public var text: String
        /// True for the templates apigen carries in its resource bundle (not a file to track as an input).
        public var isBuiltin: Bool

        public init(path: String, text: String, isBuiltin: Bool = false) {
            self.path = path
            self.text = text
            self.isBuiltin = isBuiltin
        }
    }

    /// Parses every template; a syntax error is a diagnostic at the template's file:line:column.
    public init(sources: [String: TemplateSource]) throws(TemplateError) {
        self.sources = sources
        // Parsing is most of loading, and every template parses on its own: on every core.
        let named = sources.sorted(by: { $0.key < $1.key })
        let parsed = ParallelMap.map(count: named.count, parallelism: ParallelMap.defaultParallelism) { index in
            Self.parse(named[index].value)
        }
        var templates: [String: CompiledTemplate] = [:]
        var diagnostics: [Diagnostic] = []
        for ((name, _), result) in zip(named, parsed) {
            switch result {
            case .success(let template): templates[name] = template
            case .failure(let error): diagnostics += error.diagnostics
            }
        }
        if !diagnostics.isEmpty { throw TemplateError(diagnostics: diagnostics) }
        self.templates = templates
    }

    /// One template, or its syntax error at the template's file:line:column.
    private static func parse(_ source: TemplateSource) -> Result<CompiledTemplate, TemplateError> {
        do {
            return .success(try CompiledTemplate(parsing: source.text))
        } catch {
            let location = SourceLocation(file: source.path, line: error.line, column: error.column)
            return .failure(TemplateError(diagnostics: [Diagnostic(error.kind, at: location)]))
        }
    }

    /// Reads and parses `*.mustache` below each folder; a later folder's file replaces an earlier one's.
    public static func load(from folders: [String]) throws(TemplateError) -> TemplateSet {
        try TemplateSet(sources: sources(in: folders))
    }

    /// Reads `*.mustache` below each folder; a later folder's file replaces an earlier one's.
    public static func sources(in folders: [String]) throws(TemplateError) -> [String: TemplateSource] {
        var sources: [String: TemplateSource] = [:]
        for folder in folders {
            let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
            guard let walker = FileManager.default.enumerator(atPath: base) else {
                throw TemplateError(diagnostics: [Diagnostic(.templatesFolderUnreadable, at: SourceLocation(file: base, line: 1, column: 1))])
            }
            while let relative = walker.nextObject() as? String {
                guard relative.hasSuffix(".mustache") else { continue }
                let path = base + "/" + relative
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                let name = String(relative.dropLast(".mustache".count))
                sources[name] = TemplateSource(path: path, text: String(decoding: data, as: UTF8.self))
            }
        }
        return sources
    }

    /// Renders `name` with `model`. Every name the template looks up must exist in the render
    /// model, and every partial it includes must exist: anything missing is an error at the
    /// template's line and column, never empty text.
    public func render(_ name: String, _ model: some TemplateObject) throws(TemplateError) -> String {
        String(decoding: try renderedBytes(name, model), as: UTF8.self)
    }

    /// `render`'s UTF-8, for a step that works on the bytes before they become text.
    func renderedBytes(_ name: String, _ model: some TemplateObject) throws(TemplateError) -> [UInt8] {
        guard let source = sources[name] else {
            let location = SourceLocation(file: "templates/\(name).mustache", line: 1, column: 1)
            throw TemplateError(diagnostics: [Diagnostic(.noSuchTemplate(name), at: location)])
        }
        guard let template = templates[name] else {
            throw TemplateError(diagnostics: [Diagnostic(.noSuchTemplate(name), at: SourceLocation(file: source.path, line: 1, column: 1))])
        }
        var renderer = TemplateRenderer(templates: templates, root: model)
        let text = renderer.render(template)
        let missingNames = renderer.missingNames
        let missingPartials = renderer.missingPartials
        if !missingNames.isEmpty || !missingPartials.isEmpty {
            let names = missingNames.sorted().map { missingName in
                let (template, location) = locate(tag: missingName, kinds: "[#^/&]?", preferring: source)
                return Diagnostic(.templateNameMissingFromModel(template: template, name: missingName), at: location)
            }
            let partials = missingPartials.sorted().map { partial in
                let (template, location) = locate(tag: partial, kinds: ">", preferring: source)
                return Diagnostic(.templatePartialMissing(template: template, partial: partial), at: location)
            }
            throw TemplateError(diagnostics: (names + partials).sorted())
        }
        return text
    }

    /// The template that mentions `tag` (the rendered one first, then its partials) and where.
    private func locate(tag: String, kinds: String, preferring source: TemplateSource) -> (String, SourceLocation) {
        let candidates = [source] + sources.values.sorted { $0.path < $1.path }
        for candidate in candidates {
            if let location = Self.location(of: tag, kinds: kinds, in: candidate) {
                let name = sources.first { $0.value == candidate }?.key ?? candidate.path
                return (name, location)
            }
        }
        return (source.path, SourceLocation(file: source.path, line: 1, column: 1))
    }

    private static func location(of tag: String, kinds: String, in source: TemplateSource) -> SourceLocation? {
        let pattern = try? NSRegularExpression(pattern: "\\{\\{\\{?\(kinds)\\s*\(NSRegularExpression.escapedPattern(for: tag))\\s*\\}")
        let text = source.text
        guard let match = pattern?.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let range = Range(match.range, in: text)
        else { return nil }
        let before = text[..<range.lowerBound]
        let line = before.count { $0 == "\n" } + 1
        let column = before.distance(from: before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex, to: before.endIndex) + 1
        return SourceLocation(file: source.path, line: line, column: column)
    }
}

/// A template failure: syntax errors at load, missing names at render.
public struct TemplateError: Error, Sendable {
    public var diagnostics: [Diagnostic]
}

