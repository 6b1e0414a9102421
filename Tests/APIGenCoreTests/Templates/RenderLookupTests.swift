@testable import APIGenCore
import Foundation
import Testing

/// Render models answer template lookups themselves (`TemplateObject`), with typed values,
/// instead of through `Mirror`, for speed. They must answer exactly what `Mirror` would: every
/// stored property, by its name, with its value. A property added to a render model without its lookup case
/// fails here (and a template using it would fail with "its render model does not have").
@Suite("Render model lookups")
struct RenderLookupTests {
    @Test("Every render model answers each stored property's name with its value, as Mirror does")
    func lookupsAgreeWithMirror() throws {
        let templates = try TemplateSet.builtin()
        var walker = LookupWalker()
        for model in [MarkdownTestSupport.repositoryModel(), Self.fixtureModel()] {
            let builder = SwiftClientModelBuilder(model: model, options: EmitterOptions())
            walker.walk(builder.runtimeModel())
            for type in model.types {
                switch type.kind {
                case .object:
                    walker.walk(try builder.objectFile(type, templates: templates))
                    walker.walk(builder.structBody(type.fields, owner: type.name, indent: 4, allOptional: true))
                case .enumeration:
                    walker.walk(builder.enumFile(type))
                }
            }
            for endpoint in model.endpoints {
                walker.walk(try builder.endpointFile(endpoint, templates: templates))
                walker.walk(builder.structBody(endpoint.response?.fields ?? [], owner: "", indent: 8, allOptional: true))
            }

            var splitOptions = EmitterOptions()
            splitOptions.modules = .perCategory
            let splitBuilder = SwiftClientModelBuilder(model: model, options: splitOptions)
            walker.walk(splitBuilder.modulesModel(try #require(splitBuilder.split)))
            for endpoint in model.endpoints {
                walker.walk(try splitBuilder.endpointFile(endpoint, templates: templates))
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
        guard let object = value as? any TemplateObject else {
            problems.append("\(here): \(typeName) is not a TemplateObject, so templates cannot read it")
            return
        }
        visited.insert(typeName)
        for child in Mirror(reflecting: value).children {
            guard let label = child.label else { continue }
            guard let answer = object.templateValue(named: label) else {
                problems.append("\(here): \(typeName) does not answer '\(label)'")
                continue
            }
            if Self.describe(answer) != String(describing: child.value) {
                problems.append("\(here): \(typeName).\(label) answers \(answer), Mirror has \(child.value)")
            }
            walk(child.value, path: here + "." + label)
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
