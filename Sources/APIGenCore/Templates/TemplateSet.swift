import Foundation
import Mustache

/// The mustache templates an emitter renders with, by name (`swift-client/Type`, the file's
/// path below the templates folder without `.mustache`).
///
/// Templates come from folders: later folders override earlier ones file by file, so a user's
/// `--templates DIR` replaces only the files it holds.
public struct TemplateSet: Sendable {
    /// Template name -> where it was read from and its text.
    public private(set) var sources: [String: TemplateSource]
    private var library: MustacheLibrary

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
    public init(sources: [String: TemplateSource]) throws(TemplateError) {
        self.sources = sources
        var templates: [String: MustacheTemplate] = [:]
        var diagnostics: [Diagnostic] = []
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                templates[name] = try MustacheTemplate(string: source.text)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error(
                    "template syntax error: \(Self.describe(error.error))",
                    at: SourceLocation(file: source.path, line: error.context.lineNumber, column: error.context.columnNumber)))
            } catch {
                diagnostics.append(.error("template syntax error: \(error)", at: SourceLocation(file: source.path, line: 1, column: 1)))
            }
        }
        if !diagnostics.isEmpty { throw TemplateError(diagnostics: diagnostics) }
        library = MustacheLibrary(templates: templates)
    }

    /// Reads `*.mustache` below each folder; a later folder's file replaces an earlier one's.
    public static func load(from folders: [String]) throws(TemplateError) -> TemplateSet {
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
        return try TemplateSet(sources: sources)
    }

    /// Renders `name` with `model`. Every name the template looks up must exist in the render
    /// model: a missing one is an error at the template's line and column, never empty text.
    public func render(_ name: String, _ model: Any) throws(TemplateError) -> String {
        guard let template = library.getTemplate(named: name), let source = sources[name] else {
            throw TemplateError(diagnostics: [.error("no template named '\(name)'", at: SourceLocation(file: "templates/\(name).mustache", line: 1, column: 1))])
        }
        let root = StrictRoot(model)
        let text = template.render(root, library: library)
        let missing = root.missingNames
        if !missing.isEmpty {
            throw TemplateError(diagnostics: missing.map { missingName in
                let (template, location) = locate(tag: missingName, preferring: source)
                return .error("template '\(template)' uses '\(missingName)', which its render model does not have", at: location)
            })
        }
        return text
    }

    /// The template that mentions `tag` (the rendered one first, then its partials) and where.
    private func locate(tag: String, preferring source: TemplateSource) -> (String, SourceLocation) {
        let candidates = [source] + sources.values.sorted { $0.path < $1.path }
        for candidate in candidates {
            if let location = Self.location(of: tag, in: candidate) {
                let name = sources.first { $0.value == candidate }?.key ?? candidate.path
                return (name, location)
            }
        }
        return (source.path, SourceLocation(file: source.path, line: 1, column: 1))
    }

    private static func location(of tag: String, in source: TemplateSource) -> SourceLocation? {
        let pattern = try? NSRegularExpression(pattern: "\\{\\{\\{?[#^/&]?\\s*\(NSRegularExpression.escapedPattern(for: tag))\\s*\\}")
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

/// The render model's root. Mustache looks a name up from the innermost context outwards and
/// asks the root last, so a name the root cannot answer is missing everywhere: it is recorded
/// (render models hold no optionals, so a nil always means "not there").
private final class StrictRoot: MustacheParent, @unchecked Sendable {
    private let model: any MustacheParent
    private let lock = NSLock()
    private var missing: Set<String> = []

    init(_ model: Any) {
        // The root's properties are looked up as they are, as they always were: a nil
        // optional property is a value, not a missing name.
        self.model = model as? any MustacheParent ?? ReflectedValue(model, unwrapsOptionals: false)
    }

    var missingNames: [String] { lock.withLock { missing.sorted() } }

    func child(named name: String) -> Any? {
        guard let value = model.child(named: name) else {
            lock.withLock { _ = missing.insert(name) }
            return nil
        }
        // A model that answers lookups itself hands out values that do too.
        return model is ReflectedValue ? RenderValue.wrap(value) : value
    }
}

/// Render values as mustache should see them. swift-mustache reads a value that is not a
/// `MustacheParent` through `Mirror`, walking and demangling every stored property on every
/// lookup (and on every miss, as lookups climb the context stack): with large render models
/// that was most of generation's time. A struct or class the templates reach from the root is
/// wrapped in a `ReflectedValue`, which reads its properties through `Mirror` once and then
/// answers by name; arrays of them are arrays of wrapped values. Everything else (text,
/// numbers, booleans, values that answer lookups themselves) is passed on as it is.
enum RenderValue {
    static func wrap(_ value: Any) -> Any {
        switch value {
        case is String, is Bool, is Int, is [String], is any MustacheParent, is any MustacheCustomRenderable,
            is any MustacheCustomRepresentation, is MustacheLambda, is MustacheTemplate:
            return value
        case let array as [Any]:
            let wrapped = array.map(wrap)
            // An array whose elements stay as they are stays itself (its type drives transforms).
            return zip(array, wrapped).contains { $1 is ReflectedValue && !($0 is ReflectedValue) } ? wrapped : value
        default:
            let style = Mirror(reflecting: value).displayStyle
            return style == .struct || style == .class ? ReflectedValue(value) : value
        }
    }
}

/// A struct or class read through `Mirror` once, then answering lookups by property name
/// with the value `Mirror` gives (an optional unwrapped, as swift-mustache does), wrapped in
/// turn. Lives for one render, on one thread.
final class ReflectedValue: MustacheParent, CustomStringConvertible {
    let value: Any
    private let unwrapsOptionals: Bool
    /// Property name -> its value, and whether that value is wrapped yet.
    private var properties: [String: (value: Any?, isWrapped: Bool)]?

    init(_ value: Any, unwrapsOptionals: Bool = true) {
        self.value = value
        self.unwrapsOptionals = unwrapsOptionals
    }

    /// Printed as the value itself would be.
    var description: String { String(describing: value) }

    func child(named name: String) -> Any? {
        if properties == nil {
            var table: [String: (value: Any?, isWrapped: Bool)] = [:]
            for child in Mirror(reflecting: value).children {
                guard let label = child.label, table[label] == nil else { continue }
                if unwrapsOptionals, let optional = child.value as? any OptionalValue {
                    table[label] = (optional.payload, false)
                } else {
                    table[label] = (child.value, false)
                }
            }
            properties = table
        }
        guard let entry = properties?[name] else { return nil }
        if entry.isWrapped { return entry.value }
        let wrapped = entry.value.map(RenderValue.wrap)
        properties?[name] = (wrapped, true)
        return wrapped
    }
}

/// swift-mustache's rule for an optional property: its payload (one level), nil for none.
private protocol OptionalValue {
    var payload: Any? { get }
}

extension Optional: OptionalValue {
    var payload: Any? { map { $0 as Any } }
}
