import Foundation
import Mustache

/// The mustache templates an emitter renders with, by name (`swift-client/Type`, the file's
/// path below the templates folder without `.mustache`).
///
/// Templates come from folders: later folders override earlier ones file by file, so a user's
/// `--templates DIR` replaces only the files it holds.
///
/// swift-mustache parses the templates; apigen renders them itself (`TemplateRenderer`), from
/// swift-mustache's tokens, unless a template uses a feature only swift-mustache renders
/// (transforms, inheritance, dynamic partials): then swift-mustache renders the whole set.
public struct TemplateSet: Sendable {
    /// Template name -> where it was read from and its text.
    public private(set) var sources: [String: TemplateSource]
    private var library: MustacheLibrary
    /// The templates as apigen's renderer renders them; nil when swift-mustache renders.
    private var compiled: [String: CompiledTemplate]?

    /// Which renderer renders a template set.
    public enum Engine: String, Sendable, CaseIterable {
        /// apigen's own renderer when every template allows it, swift-mustache otherwise.
        case automatic
        /// swift-mustache, always: the reference the compiled renderer is checked against.
        case swiftMustache = "swift-mustache"
    }

    /// The renderer this set renders with.
    public var engine: Engine {
        get { compiled == nil ? .swiftMustache : .automatic }
        set {
            switch newValue {
            case .swiftMustache: compiled = nil
            case .automatic: if compiled == nil { compiled = Self.compile(library, names: sources.keys) }
            }
        }
    }

    public struct TemplateSource: Sendable, Hashable {
        /// The file the template was read from (for diagnostics and depfiles).
        public var path: String
        public var text: String
        /// True for the copies embedded in apigen (not a file to track as an input).
        public var isBuiltin: Bool

        public init(path: String, text: String, isBuiltin: Bool = false) {
            self.path = path
            self.text = text
            self.isBuiltin = isBuiltin
        }
    }

    /// Parses every template; a syntax error is a diagnostic at the template's file:line:column.
    public init(sources: [String: TemplateSource], engine: Engine = .automatic) throws(TemplateError) {
        self.sources = sources
        // Parsing is most of loading, and every template parses on its own: on every core.
        let named = sources.sorted(by: { $0.key < $1.key })
        let parsed = ParallelMap.map(count: named.count, parallelism: ParallelMap.defaultParallelism) { index in
            Self.parse(named[index].value)
        }
        var templates: [String: MustacheTemplate] = [:]
        var diagnostics: [Diagnostic] = []
        for ((name, _), result) in zip(named, parsed) {
            switch result {
            case .success(let template): templates[name] = template
            case .failure(let error): diagnostics += error.diagnostics
            }
        }
        if !diagnostics.isEmpty { throw TemplateError(diagnostics: diagnostics) }
        library = MustacheLibrary(templates: templates)
        compiled = engine == .automatic ? Self.compile(library, names: sources.keys) : nil
    }

    /// One template, or its syntax error at the template's file:line:column.
    private static func parse(_ source: TemplateSource) -> Result<MustacheTemplate, TemplateError> {
        do {
            return .success(try MustacheTemplate(string: source.text))
        } catch let error as MustacheTemplate.ParserError {
            return .failure(TemplateError(diagnostics: [.error(
                "template syntax error: \(Self.describe(error.error))",
                at: SourceLocation(file: source.path, line: error.context.lineNumber, column: error.context.columnNumber))]))
        } catch {
            return .failure(TemplateError(diagnostics: [.error("template syntax error: \(error)", at: SourceLocation(file: source.path, line: 1, column: 1))]))
        }
    }

    /// Every template for apigen's renderer, or nil if any of them needs swift-mustache.
    private static func compile(_ library: MustacheLibrary, names: some Sequence<String>) -> [String: CompiledTemplate]? {
        let names = Array(names)
        let trees = ParallelMap.map(count: names.count, parallelism: ParallelMap.defaultParallelism) { index in
            library.getTemplate(named: names[index]).flatMap(CompiledTemplate.init)
        }
        var compiled: [String: CompiledTemplate] = [:]
        for (name, tree) in zip(names, trees) {
            guard let tree else { return nil }
            compiled[name] = tree
        }
        return compiled
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
                throw TemplateError(diagnostics: [.error("cannot read the templates folder", at: SourceLocation(file: base, line: 1, column: 1))])
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
        guard let source = sources[name] else {
            throw TemplateError(diagnostics: [.error("no template named '\(name)'", at: SourceLocation(file: "templates/\(name).mustache", line: 1, column: 1))])
        }
        let text: String
        let missingNames: Set<String>
        var missingPartials: Set<String> = []
        if let compiled, let template = compiled[name] {
            var renderer = TemplateRenderer(templates: compiled, root: model)
            text = renderer.render(template)
            missingNames = renderer.missingNames
            missingPartials = renderer.missingPartials
        } else if let template = library.getTemplate(named: name) {
            let root = StrictRoot(model)
            text = template.render(root, library: library)
            missingNames = root.missingNames
        } else {
            throw TemplateError(diagnostics: [.error("no template named '\(name)'", at: SourceLocation(file: source.path, line: 1, column: 1))])
        }
        if !missingNames.isEmpty || !missingPartials.isEmpty {
            let names = missingNames.sorted().map { missingName in
                let (template, location) = locate(tag: missingName, kinds: "[#^/&]?", preferring: source)
                return Diagnostic.error("template '\(template)' uses '\(missingName)', which its render model does not have", at: location)
            }
            let partials = missingPartials.sorted().map { partial in
                let (template, location) = locate(tag: partial, kinds: ">", preferring: source)
                return Diagnostic.error("template '\(template)' includes the partial '\(partial)', which is not a template", at: location)
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

    private static func describe(_ error: any Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: "a section is closed with another name than it was opened with"
        case MustacheTemplate.Error.unfinishedName: "a tag is not closed"
        case MustacheTemplate.Error.expectedSectionEnd: "a section is never closed"
        case MustacheTemplate.Error.invalidSetDelimiter: "invalid set-delimiter tag"
        default: "\(error)"
        }
    }
}

/// A template failure: syntax errors at load, missing names at render.
public struct TemplateError: Error, Sendable {
    public var diagnostics: [Diagnostic]
}

