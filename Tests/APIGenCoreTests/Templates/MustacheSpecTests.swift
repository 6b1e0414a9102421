@testable import APIGenCore
import Foundation
import Testing

/// The official mustache spec (https://github.com/mustache/spec, checked in under
/// `Fixtures/mustache-spec`): every case of interpolation, sections, inverted sections, partials,
/// comments and delimiters, parsed by `MustacheParser` and rendered by `TemplateRenderer`.
///
/// The renderer is called directly: a name or partial that nothing answers renders as nothing,
/// as the spec wants, and is only recorded (`TemplateSet.render` turns those into errors).
@Suite("Mustache spec")
struct MustacheSpecTests {
    static let files = ["interpolation", "sections", "inverted", "partials", "comments", "delimiters"]

    /// Cases apigen renders otherwise on purpose, by `file: name`, with the reason.
    static let knownDeviations: [String: String] = [:]

    struct SpecCase: Decodable, Sendable, CustomTestStringConvertible {
        var file = ""
        var name: String
        var data: SpecJSON
        var template: String
        var partials: [String: String]?
        var expected: String

        private enum CodingKeys: String, CodingKey {
            case name, data, template, partials, expected
        }

        var id: String { "\(file): \(name)" }
        var testDescription: String { id }
    }

    private struct SpecFile: Decodable {
        var tests: [SpecCase]
    }

    static func loadCases() throws -> [SpecCase] {
        let folder = TestPaths.fixtures.appendingPathComponent("mustache-spec")
        var cases: [SpecCase] = []
        for file in files {
            let data = try Data(contentsOf: folder.appendingPathComponent("\(file).json"))
            for var specCase in try JSONDecoder().decode(SpecFile.self, from: data).tests {
                specCase.file = file
                cases.append(specCase)
            }
        }
        return cases
    }

    static let cases: [SpecCase] = (try? loadCases()) ?? []

    @Test("The spec's files are all there")
    func specIsComplete() throws {
        #expect(try Self.loadCases().count == 136)
        #expect(Set(Self.knownDeviations.keys).isSubset(of: Set(Self.cases.map(\.id))))
    }

    @Test("Renders as the spec says", arguments: cases)
    func specCase(_ specCase: SpecCase) throws {
        let output = try Self.render(specCase)
        if let reason = Self.knownDeviations[specCase.id] {
            withKnownIssue(Comment(rawValue: reason)) {
                #expect(output == specCase.expected)
            }
        } else {
            #expect(output == specCase.expected, "template: \(String(reflecting: specCase.template))")
        }
    }

    /// Renders the case's template, its partials available by name, against its data.
    static func render(_ specCase: SpecCase) throws -> String {
        var partials: [String: CompiledTemplate] = [:]
        for (name, text) in specCase.partials ?? [:] {
            partials[name] = try CompiledTemplate(parsing: text)
        }
        var template = try CompiledTemplate(parsing: specCase.template)
        let root: SpecJSONObject
        if case .object(let fields) = specCase.data {
            root = SpecJSONObject(fields: fields)
        } else {
            // The renderer's root is an object: other data (`"world"`, `85`, a list) becomes
            // the innermost value through a section over a one-element list holding it.
            root = SpecJSONObject(fields: [Self.rootName: .array([specCase.data])])
            template = CompiledTemplate(nodes: [.section(TemplateName(Self.rootName), template, inverted: false)])
        }
        var renderer = TemplateRenderer(templates: partials, root: root)
        return String(decoding: renderer.render(template), as: UTF8.self)
    }

    private static let rootName = "spec-root"
}
