@testable import APIGenCore
import Foundation
import Testing

/// `modules: per-category`: which module each type and endpoint goes into, and the files and
/// imports that follow from it.
@Suite("Swift client split into modules per category")
struct ModuleSplitTests {
    /// Alpha and Beta share `Shared` (and what it holds); `OnlyA` and its `LeafA` are Alpha's
    /// alone; `Orphan` is used by no endpoint, so it and `Held` (which Alpha also uses) must be
    /// in core, where `Orphan` can see it.
    static let corpus: [SpecSource] = [
        source("api.yaml", """
            apigen: 1
            api: {name: Foo, title: Foo API, locales: [en]}
            """),
        source("types.yaml", """
            apigen: 1
            types:
              ErrorCode: {fields: {code: {type: String}}}
              Shared: {fields: {inner: {type: SharedInner}}}
              SharedInner: {fields: {n: {type: Integer}}}
              OnlyA: {fields: {leaf: {type: LeafA}, shared: {type: Shared}}}
              LeafA: {fields: {s: {type: String}}}
              Orphan: {fields: {held: {type: Held}}}
              Held: {fields: {s: {type: String}}}
            """),
        endpoint("GetA", category: "[Alpha, Sub]", fields: "a: {type: OnlyA}, s: {type: Shared}, h: {type: List<Held>}"),
        endpoint("GetB", category: "[Beta]", fields: "s: {type: Shared}"),
        endpoint("GetC", category: nil, fields: "x: {type: String}"),
        endpoint("GetD", category: "[Core]", fields: "x: {type: String}"),
    ]

    static func source(_ path: String, _ text: String) -> SpecSource {
        SpecSource(path: path, bytes: Array(text.utf8))
    }

    static func endpoint(_ id: String, category: String?, fields: String) -> SpecSource {
        source("\(id).yaml", """
            apigen: 1
            endpoint:
              operation-id: \(id)
              title: \(id)
            \(category.map { "  category: \($0)\n" } ?? "")  execution: synchronous
              auth: none
              method: GET
              path: /foo/\(id)
              response: {status: 200, fields: {\(fields)}}
            """)
    }

    static func model() throws -> APIModel {
        let result = SpecCompiler().compile(corpus)
        try #require(!result.hasErrors, "\(result.diagnostics.map(\.formatted))")
        return result.model
    }

    @Test("Types one category uses go into its module; shared, unused and error types, and all they hold, into core")
    func placement() throws {
        let split = SwiftModuleSplit(model: try Self.model(), umbrella: "FooClient")
        let placed = Dictionary(uniqueKeysWithValues: ["ErrorCode", "Shared", "SharedInner", "OnlyA", "LeafA", "Orphan", "Held"].map {
            ($0, split.module(ofType: $0))
        })
        #expect(
            placed == [
                "ErrorCode": "FooClientCore", "Shared": "FooClientCore", "SharedInner": "FooClientCore", "Orphan": "FooClientCore",
                "Held": "FooClientCore", "OnlyA": "FooClientAlpha", "LeafA": "FooClientAlpha",
            ])
        #expect(split.modules == ["FooClientCore", "FooClientAlpha", "FooClientBeta", "FooClientCoreCategory", "FooClientUncategorized", "FooClient"])
        #expect(split.categories.map(\.title) == ["Alpha", "Beta", "Core", "Uncategorized"])
        #expect(split.categories.map(\.endpointCount) == [1, 1, 1, 1])
    }

    /// With a minimum of 2, Alpha (two endpoints) keeps its module; Beta, Core, Gamma and
    /// Uncategorized (one each) share `FooClientSmallCategories`. `Shared`, which Alpha and Beta both
    /// reach, stays in core; `OnlyG`, which only Gamma reaches, goes with the small categories.
    @Test("Categories with fewer endpoints than the minimum share one module; the types only they use go with them")
    func smallCategoriesShareAModule() throws {
        let corpus = Self.corpus + [
            Self.source("more-types.yaml", "apigen: 1\ntypes:\n  OnlyG: {fields: {s: {type: String}}}\n"),
            Self.endpoint("ListA", category: "[Alpha]", fields: "x: {type: String}"),
            Self.endpoint("ListG", category: "[Gamma]", fields: "g: {type: OnlyG}"),
        ]
        let result = SpecCompiler().compile(corpus)
        try #require(!result.hasErrors, "\(result.diagnostics.map(\.formatted))")
        let split = SwiftModuleSplit(model: result.model, umbrella: "FooClient", minimumEndpoints: 2)
        #expect(split.modules == ["FooClientCore", "FooClientAlpha", "FooClientSmallCategories", "FooClient"])
        #expect(split.categories.map(\.title) == ["Alpha", "the categories with fewer than 2 endpoints: Beta, Core, Gamma, Uncategorized"])
        #expect(split.categories.map(\.endpointCount) == [2, 4])
        let endpoints = Dictionary(uniqueKeysWithValues: result.model.endpoints.map { ($0.operationID, split.module(of: $0)) })
        #expect(
            endpoints == [
                "GetA": "FooClientAlpha", "ListA": "FooClientAlpha", "GetB": "FooClientSmallCategories",
                "GetC": "FooClientSmallCategories", "GetD": "FooClientSmallCategories", "ListG": "FooClientSmallCategories",
            ])
        #expect(split.module(ofType: "OnlyG") == "FooClientSmallCategories")
        #expect(split.module(ofType: "OnlyA") == "FooClientAlpha")
        #expect(split.module(ofType: "Shared") == "FooClientCore")
        // A minimum of 1 is the layout without packing: every category its own module.
        #expect(SwiftModuleSplit(model: result.model, umbrella: "FooClient", minimumEndpoints: 1).categories.count == 5)
    }

    @Test("Files go into their module's folder, importing core only where they use it")
    func files() throws {
        var options = EmitterOptions(moduleName: "FooClient")
        options.modules = .perCategory
        options.outputFolder = "Sources/Foo"
        let files = try SwiftClientEmitter(options: options).emit(try Self.model(), templates: try TemplateSet.builtin())
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
        let paths = Set(byPath.keys)
        #expect(paths.contains("FooClientCore/Client/FooClient.swift"))
        #expect(paths.contains("FooClientCore/Types/Shared.swift"))
        #expect(paths.contains("FooClientAlpha/Endpoints/GetA.swift"))
        #expect(paths.contains("FooClientUncategorized/Endpoints/GetC.swift"))
        #expect(paths.contains("MODULES.md"))
        #expect(
            byPath["FooClient/FooClient.swift"] == """
                // The Foo client, split into modules by category: importing FooClient imports them all.
                @_exported public import FooClientAlpha
                @_exported public import FooClientBeta
                @_exported public import FooClientCore
                @_exported public import FooClientCoreCategory
                @_exported public import FooClientUncategorized

                """)
        // OnlyA mentions core's Shared in its public properties; LeafA uses core only inside its `Codable`
        // conformance (the runtime's coding key), so its import is not public.
        #expect(byPath["FooClientAlpha/Types/OnlyA.swift"]?.hasPrefix("public import FooClientCore\n\n/// ") == true)
        #expect(byPath["FooClientAlpha/Types/LeafA.swift"]?.hasPrefix("import FooClientCore\n\n/// ") == true)
        #expect(byPath["FooClientAlpha/Endpoints/GetA.swift"]?.hasPrefix("public import FooClientCore\nimport HTTPTypes\n\n") == true)
        // Endpoint code in other modules reaches the runtime through `package` declarations.
        #expect(byPath["FooClientCore/Client/FooRequestBuilder.swift"]?.contains("\npackage nonisolated final class FooRequestBuilder {") == true)
        #expect(
            byPath["MODULES.md"]?.contains(
                #".target(name: "FooClientAlpha", dependencies: ["FooClientCore", .product(name: "HTTPTypes", package: "swift-http-types")], path: "Sources/Foo/FooClientAlpha"),"#)
                == true)
    }

    @Test("One module keeps the runtime internal and the files at the top")
    func single() throws {
        let files = try SwiftClientEmitter(options: EmitterOptions(moduleName: "FooClient")).emit(
            try Self.model(), templates: try TemplateSet.builtin())
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
        #expect(byPath["Types/OnlyA.swift"]?.hasPrefix("/// ") == true)
        #expect(byPath["Client/FooRequestBuilder.swift"]?.contains("\nnonisolated final class FooRequestBuilder {") == true)
        #expect(byPath["MODULES.md"] == nil)
    }
}

@Suite("The modules option in apigen.yaml")
struct ModuleSplitConfigTests {
    @Test("Each combination that cannot work is an error at the option")
    func misuse() {
        let text = """
            apigen: 1
            outputs:
              - {emitter: markdown, path: docs, options: {modules: per-category}}
              - {emitter: swift-client, path: a, options: {modules: per-category, layout: per-spec-file}}
              - {emitter: swift-client, path: b, options: {access: internal, modules: per-category}}
              - {emitter: swift-client, path: c, options: {modules: per-file}}
              - {emitter: swift-client, path: d, options: {modules: per-category}}
              - {emitter: markdown, path: e, options: {layout: per-spec-file}}
              - {emitter: swift-client, path: f, options: {min-module-endpoints: 10}}
              - {emitter: swift-client, path: g, options: {modules: per-category, min-module-endpoints: 0}}
            """
        let (config, diagnostics) = GeneratorConfig.decode(Array(text.utf8), path: "apigen.yaml")
        #expect(config == nil)
        #expect(
            diagnostics.map(\.formatted) == [
                "apigen.yaml:3:56: error: 'modules: per-category' does not apply to the markdown emitter",
                "apigen.yaml:4:57: error: 'modules: per-category' needs 'layout: per-declaration': a build plugin generates into one target",
                "apigen.yaml:5:75: error: 'modules: per-category' needs 'access: public': the category modules and the umbrella module use each other's declarations",
                "apigen.yaml:6:57: error: invalid modules 'per-file'; expected one of 'single', 'per-category'",
                "apigen.yaml:8:52: error: 'layout: per-spec-file' does not apply to the markdown emitter",
                "apigen.yaml:9:70: error: 'min-module-endpoints' needs 'modules: per-category': it says which categories share a module",
                "apigen.yaml:10:93: error: 'min-module-endpoints' must be a whole number from 1 to 100000, found '0'",
            ])
    }

    @Test("per-category on a public swift-client output is accepted")
    func accepted() throws {
        let text = "apigen: 1\noutputs:\n  - {emitter: swift-client, path: d, options: {modules: per-category}}\n"
        let (config, diagnostics) = GeneratorConfig.decode(Array(text.utf8), path: "apigen.yaml")
        #expect(diagnostics.isEmpty)
        #expect(try #require(config).outputs.first?.options.modules == .perCategory)
        #expect(try #require(config).outputs.first?.options.minimumModuleEndpoints == 1)

        let packed = "apigen: 1\noutputs:\n  - {emitter: swift-client, path: d, options: {modules: per-category, min-module-endpoints: 10}}\n"
        let (packedConfig, packedDiagnostics) = GeneratorConfig.decode(Array(packed.utf8), path: "apigen.yaml")
        #expect(packedDiagnostics.isEmpty)
        #expect(try #require(packedConfig).outputs.first?.options.minimumModuleEndpoints == 10)
    }
}
