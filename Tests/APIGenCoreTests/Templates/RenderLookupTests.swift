@testable import APIGenCore
import Foundation
import Testing

/// A render model declares its properties once. Templates read them through `TemplateObject`,
/// whose `Mirror` default is slow; apigen's render models answer through a `switch` that this
/// suite writes from the models themselves (`*RenderLookup.swift`, generated: run
/// `APIGEN_RECORD=1 swift test --filter RenderLookupTests` after changing a render model) and
/// checks on every run, together with every answer against `Mirror`'s.
@Suite("Render model lookups")
struct RenderLookupTests {
    @Test("The generated lookups are current, and every render model answers each stored property as Mirror does")
    func lookupsAgreeWithMirror() throws {
        var walker = LookupWalker()
        for model in [MarkdownTestSupport.repositoryModel(), Self.fixtureModel()] {
            let builder = SwiftClientModelBuilder(model: model, options: EmitterOptions())
            walker.walk(builder.runtimeModel())
            for type in model.types {
                switch type.kind {
                case .object:
                    walker.walk(builder.objectFile(type))
                    walker.walk(builder.recordBody(type.fields, typeName: type.name, indent: 4, allOptional: true, isHashable: true))
                case .enumeration:
                    walker.walk(builder.enumFile(type))
                }
            }
            for endpoint in model.endpoints {
                walker.walk(builder.endpointFile(endpoint))
                walker.walk(builder.recordBody(endpoint.response?.fields ?? [], typeName: "Response", indent: 8, allOptional: true, isHashable: false))
            }
            for reply in builder.genericReplies.replies {
                walker.walk(builder.genericReplyFile(reply))
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
                if let queries = MarkdownQueriesPage.make(site, locale: locale) { walker.walk(queries) }
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
            "SwiftRuntimeFileModel", "SwiftObjectFileModel", "SwiftGenericReplyFileModel", "SwiftEnumFileModel", "SwiftEnumCaseModel",
            "SwiftEndpointFileModel", "SwiftRequestBodyModel", "SwiftBodyFieldModel", "SwiftRecordBodyModel",
            "SwiftPropertyModel", "SwiftBuilderInputModel", "SwiftTextConversionModel", "SwiftPagingModel", "SwiftCallArgumentModel", "SwiftQueryFieldModel",
            "SwiftSessionOpeningModel", "SwiftSessionClosingModel",
            "MarkdownReadmePage", "MarkdownIndexPage",
            "MarkdownIndexPage.Section", "MarkdownIndexPage.EndpointRow", "MarkdownIndexPage.TypeRow", "MarkdownEndpointPage",
            "MarkdownTypePage", "MarkdownTypePage.ValueRow", "MarkdownSummaryItem", "MarkdownFieldSection", "MarkdownCodeBlock",
            "MarkdownHistoryRow", "MarkdownFieldRow", "MarkdownStrings", "MarkdownQueriesPage", "MarkdownQueriesPage.OperatorRow",
            "MarkdownQueriesPage.ParameterRow", "MarkdownQueryStrings", "SwiftServerRuntimeModel", "SwiftHandlerProtocolModel",
            "SwiftServerRegistrationModel", "SwiftHandlerMethodModel", "SwiftServerEndpointModel", "SwiftServerInputModel",
            "SwiftMockExampleModel", "SwiftModulesModel", "SwiftCategoryModuleModel", "SwiftPackageTargetModel",
            "SwiftListItemModel", "SwiftImportModel",
        ]
        let seen = Set(walker.properties.keys)
        #expect(expected.subtracting(seen).isEmpty, "not seen: \(expected.subtracting(seen).sorted())")
        #expect(seen.subtracting(expected).isEmpty, "new render models: add them here: \(seen.subtracting(expected).sorted())")

        for file in LookupFile.all {
            let types = walker.properties.filter { file.holds($0.key) }
            let url = TestPaths.packageRoot.appendingPathComponent("Sources/APIGenCore/Emit/" + file.path)
            assertMatchesSnapshot(file.source(types), at: url.path)
        }
    }

    @Test("A name a render model does not have is nil, so the lookup goes on outwards")
    func unknownNamesAreNil() {
        #expect(MarkdownStrings.english.templateValue(named: "nonexistent") == nil)
        #expect(MarkdownSummaryItem(label: "a", value: "b").templateValue(named: "strings") == nil)
        guard case .text(let label) = MarkdownSummaryItem(label: "a", value: "b").templateValue(named: "label") else {
            Issue.record("label is not text")
            return
        }
        #expect(label == "a")
    }

    @Test("A render model without a generated lookup answers its stored properties through Mirror")
    func mirrorAnswersByDefault() throws {
        struct Plain: TemplateObject {
            let title: String
            let count: Int
            let lines: [String]
            let note: String?
        }
        let templates = try TemplateSet(sources: ["t": .init(path: "t.mustache", text: "{{title}} {{count}}{{#lines}} [{{.}}]{{/lines}}{{^note}} -{{/note}}")])
        #expect(try templates.render("t", Plain(title: "T", count: 2, lines: ["a", "b"], note: nil)) == "T 2 [a] [b] -")
        #expect(Plain(title: "", count: 0, lines: [], note: nil).templateValue(named: "other") == nil)
    }

    static func fixtureModel() -> APIModel {
        let folder = TestPaths.packageRoot.appendingPathComponent("Tests/FixtureAPI/specs")
        let result = SpecCompiler().compile(SpecSource.collect([folder.path]).sources)
        #expect(!result.hasErrors)
        return result.model
    }
}

/// Walks a render model tree, compares each value's answers with `Mirror`'s and records each
/// type's stored properties in order.
private struct LookupWalker {
    var problems: [String] = []
    /// Each render model type met (qualified below the module: `MarkdownIndexPage.Section`) and its stored properties.
    var properties: [String: [String]] = [:]

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
        let typeName = String(reflecting: type(of: value)).replacingOccurrences(of: "APIGenCore.", with: "")
        let here = path.isEmpty ? typeName : path
        guard let object = value as? any TemplateObject else {
            problems.append("\(here): \(typeName) is not a TemplateObject, so templates cannot read it")
            return
        }
        let children = Mirror(reflecting: value).children.compactMap { child in child.label.map { ($0, child.value) } }
        properties[typeName] = children.map(\.0)
        for (label, child) in children {
            guard let answer = object.templateValue(named: label) else {
                problems.append("\(here): \(typeName) does not answer '\(label)'")
                continue
            }
            if Self.describe(answer) != String(describing: child) {
                problems.append("\(here): \(typeName).\(label) answers \(answer), Mirror has \(child)")
            }
            walk(child, path: here + "." + label)
        }
    }

    /// A template value printed as `String(describing:)` prints the property it came from.
    static func describe(_ value: TemplateValue) -> String {
        switch value {
        case .text(let text): text
        case .flag(let isSet): "\(isSet)"
        case .list(let list): String(describing: list)
        case .object(let object): String(describing: object)
        case .null: "nil"
        }
    }
}

/// A generated `*RenderLookup.swift` file: the lookups of the render models of one emitter.
private struct LookupFile: Sendable {
    var path: String
    var holds: @Sendable (String) -> Bool
    /// `public ` for the Markdown page models, which are public API.
    var access: String

    static let all = [
        LookupFile(path: "Markdown/MarkdownRenderLookup.swift", holds: { $0.hasPrefix("Markdown") }, access: "public "),
        LookupFile(
            path: "SwiftServer/SwiftServerRenderLookup.swift",
            holds: { ["SwiftServer", "SwiftHandler", "SwiftMock"].contains(where: $0.hasPrefix) }, access: ""),
        LookupFile(
            path: "Swift/SwiftClientRenderLookup.swift",
            holds: { $0.hasPrefix("Swift") && !["SwiftServer", "SwiftHandler", "SwiftMock"].contains(where: $0.hasPrefix) }, access: ""),
    ]

    func source(_ types: [String: [String]]) -> String {
        var text = """
            // Generated by RenderLookupTests from the render models' stored properties: do not edit.
            // After changing a render model, run `APIGEN_RECORD=1 swift test --filter RenderLookupTests`;
            // when a removed property stops this file compiling, empty that type's extension first
            // (`extension X: TemplateObject {}` answers through Mirror until it is recorded again).
            //
            // Each render model answers a template's lookup of one of its stored properties with a
            // `switch` (`Mirror`, `TemplateObject`'s default, costs far more); an unknown name is nil, so
            // the lookup goes on to the enclosing values.

            """
        for (type, names) in types.sorted(by: { $0.key < $1.key }) {
            text += "\nextension \(type): TemplateObject {\n"
            text += "    \(access)func templateValue(named name: String) -> TemplateValue? {\n"
            text += "        switch name {\n"
            for name in names { text += "        case \"\(name)\": self.\(name).templateValue\n" }
            text += "        default: nil\n        }\n    }\n}\n"
        }
        return text
    }
}
