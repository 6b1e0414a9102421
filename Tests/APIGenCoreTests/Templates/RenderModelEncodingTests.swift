@testable import APIGenCore
import Foundation
import Testing

/// Render models are plain `Encodable` structs: templates see their stored properties by name,
/// through `TemplateValueEncoder`, with values that keep their kind. A hand-written `CodingKeys`
/// or `encode(to:)` that drops, renames or retypes a property fails here.
@Suite("Render model encoding")
struct RenderModelEncodingTests {
    @Test("Every render model hands over each stored property by its name and value, as Mirror lists them")
    func encodingAgreesWithMirror() throws {
        var walker = LookupWalker()
        for model in [MarkdownTestSupport.repositoryModel(), Self.fixtureModel()] {
            let builder = SwiftClientModelBuilder(model: model, options: EmitterOptions())
            walker.walk(builder.runtimeModel())
            for type in model.types {
                switch type.kind {
                case .object:
                    walker.walk(builder.objectFile(type))
                    walker.walk(builder.structBody(type.fields, owner: type.name, indent: 4, allOptional: true))
                case .enumeration:
                    walker.walk(builder.enumFile(type))
                }
            }
            for endpoint in model.endpoints {
                walker.walk(builder.endpointFile(endpoint))
                walker.walk(builder.structBody(endpoint.response?.fields ?? [], owner: "", indent: 8, allOptional: true))
            }

            var splitOptions = EmitterOptions()
            splitOptions.modules = .perCategory
            let splitBuilder = SwiftClientModelBuilder(model: model, options: splitOptions)
            walker.walk(splitBuilder.modulesModel(try #require(splitBuilder.split)))
            for endpoint in model.endpoints {
                walker.walk(splitBuilder.endpointFile(endpoint))
            }

            let server = SwiftServerModelBuilder(model: model, options: EmitterOptions())
            walker.walk(server.runtimeModel())
            walker.walk(server.handlerProtocol())
            for endpoint in model.endpoints {
                walker.walk(server.endpoint(endpoint))
                walker.walk(server.mockExample(endpoint))
            }

            let site = MarkdownSite(model)
            walker.walk(MarkdownReadmePage.make(site))
            for locale in site.locales {
                let (index, anchors) = MarkdownIndexPage.make(site, locale: locale)
                walker.walk(index)
                for endpoint in model.endpoints {
                    walker.walk(MarkdownEndpointPage.make(endpoint, site: site, locale: locale, anchors: anchors))
                }
                for type in model.types {
                    walker.walk(MarkdownTypePage.make(type, site: site, locale: locale, anchors: anchors))
                }
            }
        }
        // Neither corpus has a change history.
        walker.walk(MarkdownHistoryRow(version: "1.0", description: "First version"))
        #expect(walker.problems.isEmpty, "\(walker.problems.joined(separator: "\n"))")
        // Every render model type was seen with its lists non-empty, so the walk covered them all.
        let expected: Set<String> = [
            "SwiftRuntimeFileModel", "SwiftObjectFileModel", "SwiftEnumFileModel", "SwiftEnumCaseModel",
            "SwiftEndpointFileModel", "SwiftRequestBodyModel", "SwiftBodyFieldModel", "SwiftStructBodyModel",
            "SwiftPropertyModel", "MarkdownReadmePage", "MarkdownIndexPage", "Section", "EndpointRow", "TypeRow",
            "MarkdownEndpointPage", "MarkdownTypePage", "ValueRow", "MarkdownSummaryItem", "MarkdownFieldSection",
            "MarkdownCodeBlock", "MarkdownHistoryRow", "MarkdownFieldRow", "MarkdownStrings",
            "SwiftServerRuntimeModel", "SwiftHandlerProtocolModel", "SwiftHandlerMethodModel", "SwiftServerEndpointModel",
            "SwiftServerBodyFieldModel", "SwiftMockExampleModel", "SwiftModulesModel", "SwiftCategoryModuleModel",
        ]
        #expect(expected.subtracting(walker.visited).isEmpty, "not seen: \(expected.subtracting(walker.visited).sorted())")
    }

    @Test("Values keep their kind: text, flags, integers as text, lists, nested records and null")
    func valuesKeepTheirKind() throws {
        struct Row: Encodable { let label: String }
        struct Model: Encodable {
            let title: String
            let isSet: Bool
            let count: Int
            let rows: [Row]
            let note: String?
            let child: Row
        }
        let value = TemplateValueEncoder.value(of: Model(title: "t", isSet: true, count: 3, rows: [Row(label: "a")], note: nil, child: Row(label: "c")))
        guard case .object(let record) = value else {
            Issue.record("a struct is not a record: \(value)")
            return
        }
        #expect(LookupWalker.describe(try #require(record.templateValue(named: "title"))) == "t")
        #expect(LookupWalker.describe(try #require(record.templateValue(named: "isSet"))) == "true")
        #expect(LookupWalker.describe(try #require(record.templateValue(named: "count"))) == "3")
        #expect(LookupWalker.describe(try #require(record.templateValue(named: "note"))) == "nil")
        #expect(record.templateValue(named: "nonexistent") == nil)
        guard case .list(let rows)? = record.templateValue(named: "rows"), rows.count == 1,
            case .object(let row) = rows.templateElement(at: 0), case .text("a")? = row.templateValue(named: "label")
        else {
            Issue.record("rows is not a list of one record")
            return
        }
        guard case .object(let child)? = record.templateValue(named: "child"), case .text("c")? = child.templateValue(named: "label") else {
            Issue.record("child is not a record")
            return
        }
        let templates = try TemplateSet(sources: ["t": .init(path: "t.mustache", text: "{{title}}{{#rows}}[{{label}}]{{/rows}}{{^note}}-{{/note}}{{count}}")])
        #expect(try templates.render("t", Model(title: "T", isSet: false, count: 2, rows: [Row(label: "x"), Row(label: "y")], note: nil, child: Row(label: "")))
            == "T[x][y]-2")
    }

    static func fixtureModel() -> APIModel {
        let folder = TestPaths.packageRoot.appendingPathComponent("Tests/FixtureAPI/specs")
        let result = SpecCompiler().compile(SpecSource.collect([folder.path]).sources)
        #expect(!result.hasErrors)
        return result.model
    }
}

/// Walks a render model tree and compares each value's own answers with `Mirror`'s.
private struct LookupWalker {
    var problems: [String] = []
    /// Names of the render model types met.
    var visited: Set<String> = []

    mutating func walk(_ value: Any, path: String = "") {
        switch value {
        case is String, is Bool, is Int:
            return
        case let array as [Any]:
            for (index, element) in array.enumerated() { walk(element, path: "\(path)[\(index)]") }
            return
        default:
            break
        }
        let typeName = String(describing: type(of: value))
        let here = path.isEmpty ? typeName : path
        guard let model = value as? any Encodable, case .object(let record) = TemplateValueEncoder.value(of: model) else {
            problems.append("\(here): \(typeName) is not an Encodable struct, so templates cannot read it")
            return
        }
        visited.insert(typeName)
        var labels: Set<String> = []
        for child in Mirror(reflecting: value).children {
            guard let label = child.label else { continue }
            labels.insert(label)
            guard let answer = record.templateValue(named: label) else {
                problems.append("\(here): \(typeName) does not hand over '\(label)'")
                continue
            }
            if Self.describe(answer) != Self.describe(mirrored: child.value) {
                problems.append("\(here): \(typeName).\(label) hands over \(Self.describe(answer)), Mirror has \(child.value)")
            }
            walk(child.value, path: here + "." + label)
        }
        if let extra = (record as? TemplateRecord)?.names.filter({ !labels.contains($0) }), !extra.isEmpty {
            problems.append("\(here): \(typeName) hands over names it does not store: \(extra.sorted())")
        }
    }

    /// A value's shape and scalars, the same for a template value and the property it came from.
    static func describe(_ value: TemplateValue) -> String {
        switch value {
        case .text(let text): text
        case .flag(let isSet): "\(isSet)"
        case .list(let list): "[" + (0..<list.count).map { describe(list.templateElement(at: $0)) }.joined(separator: ", ") + "]"
        case .object: "{}"
        case .null: "nil"
        }
    }

    static func describe(mirrored value: Any) -> String {
        switch value {
        case let text as String: text
        case let isSet as Bool: "\(isSet)"
        case let number as Int: "\(number)"
        case let array as [Any]: "[" + array.map { describe(mirrored: $0) }.joined(separator: ", ") + "]"
        default: Mirror(reflecting: value).displayStyle == .optional ? "nil" : "{}"
        }
    }
}
