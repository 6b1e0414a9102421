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

    /// The corpus with a second Alpha endpoint and a Gamma category whose endpoint alone uses `OnlyG`.
    static func compiledWithGamma() throws -> SpecCompiler.Result {
        let corpus = Self.corpus + [
            Self.source("more-types.yaml", "apigen: 1\ntypes:\n  OnlyG: {fields: {s: {type: String}}}\n"),
            Self.endpoint("ListA", category: "[Alpha]", fields: "x: {type: String}"),
            Self.endpoint("ListG", category: "[Gamma]", fields: "g: {type: OnlyG}"),
        ]
        let result = SpecCompiler().compile(corpus)
        try #require(!result.hasErrors, "\(result.diagnostics.map(\.formatted))")
        return result
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
        let result = try Self.compiledWithGamma()
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

    /// With a maximum of 3: Alpha (2) and Beta (1) fill the first part, Core, Gamma and
    /// Uncategorized (1 each) the second. `Shared`, which only Alpha and Beta reach, now has one
    /// user, their part, and goes there; `SharedInner` with it.
    @Test("With a maximum, the categories are packed in name order into parts of at most that many endpoints")
    func partsPackCategoriesInNameOrder() throws {
        let result = try Self.compiledWithGamma()
        let split = SwiftModuleSplit(model: result.model, umbrella: "FooClient", maximumEndpoints: 3)
        #expect(split.isPacked)
        #expect(split.modules == ["FooClientCore", "FooClientPart1", "FooClientPart2", "FooClient"])
        #expect(split.categories.map(\.title) == ["Alpha, Beta", "Core, Gamma, Uncategorized"])
        #expect(split.categories.map(\.endpointCount) == [3, 3])
        let endpoints = Dictionary(uniqueKeysWithValues: result.model.endpoints.map { ($0.operationID, split.module(of: $0)) })
        #expect(
            endpoints == [
                "GetA": "FooClientPart1", "ListA": "FooClientPart1", "GetB": "FooClientPart1",
                "GetC": "FooClientPart2", "GetD": "FooClientPart2", "ListG": "FooClientPart2",
            ])
        #expect(split.module(ofType: "Shared") == "FooClientPart1")
        #expect(split.module(ofType: "SharedInner") == "FooClientPart1")
        #expect(split.module(ofType: "OnlyG") == "FooClientPart2")
        #expect(split.module(ofType: "ErrorCode") == "FooClientCore")
        // A category larger than the maximum is a part of its own.
        let one = SwiftModuleSplit(model: result.model, umbrella: "FooClient", maximumEndpoints: 1)
        #expect(one.categories.map(\.title) == ["Alpha", "Beta", "Core", "Gamma", "Uncategorized"])
        #expect(one.categories.map(\.endpointCount) == [2, 1, 1, 1, 1])
    }

    /// The rule, on many sizes: every category in exactly one part, in name order; a part over
    /// the maximum only when it is one category; and no part could have taken the next one.
    @Test("Packing keeps the order, bounds each part and leaves no part that could have taken the next category")
    func packingRule() {
        var generator = SeededGenerator(seed: 21)
        for _ in 0..<500 {
            let maximum = Int.random(in: 1...60, using: &generator)
            let categories = (0..<Int.random(in: 0...40, using: &generator)).map { index in
                SwiftModuleSplit.Category(
                    module: "M" + String(1000 + index), title: "c\(index)", endpointCount: Int.random(in: 1...80, using: &generator))
            }
            let (parts, partOf) = SwiftModuleSplit.pack(categories, maximumEndpoints: maximum, prefix: "P")
            #expect(parts.map(\.module) == parts.indices.map { "P\($0 + 1)" })
            #expect(parts.map(\.title).joined(separator: ", ") == categories.map(\.title).joined(separator: ", "))
            #expect(parts.reduce(0) { $0 + $1.endpointCount } == categories.reduce(0) { $0 + $1.endpointCount })
            #expect(Set(categories.map(\.module)) == Set(partOf.keys))
            for part in parts where part.endpointCount > maximum {
                #expect(!part.title.contains(","), "part \(part.module) holds \(part.endpointCount) > \(maximum) endpoints")
            }
            // The first category of each part did not fit in the part before it.
            for (index, category) in categories.enumerated().dropFirst() where partOf[category.module] != partOf[categories[index - 1].module] {
                let previous = parts.first { $0.module == partOf[categories[index - 1].module] }
                #expect((previous?.endpointCount ?? 0) + category.endpointCount > maximum)
            }
        }
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

    @Test("A packed split's MODULES.md lists each part with its categories, and its targets")
    func packedModulesFile() throws {
        var options = EmitterOptions(moduleName: "FooClient")
        options.modules = .perCategory
        options.maximumModuleEndpoints = 2
        options.outputFolder = "Sources/Foo"
        let files = try SwiftClientEmitter(options: options).emit(try Self.model(), templates: try TemplateSet.builtin())
        let modules = try #require(files.first { $0.path == "MODULES.md" }?.contents)
        #expect(modules.contains("Generated by apigen with `modules: per-category` and `max-module-endpoints: 2`; never edit by hand.\n"))
        #expect(modules.contains("- Each part holds whole categories, taken in name order, as many as fit in 2 endpoints\n  (a larger"))
        #expect(!modules.contains("Each category's module"))
        #expect(modules.contains("| `FooClientCore` | the runtime, and the types several parts share | 0 | 3 |\n| `FooClientPart1` | Alpha, Beta | 2 | 4 |\n| `FooClientPart2` | Core, Uncategorized | 2 | 0 |\n"))
        #expect(
            modules.contains(
                #".target(name: "FooClient", dependencies: ["FooClientCore", "FooClientPart1", "FooClientPart2"], path: "Sources/Foo/FooClient"),"#))
        #expect(modules.hasSuffix("the number of parts: regenerate, then update these targets when a part is added or removed.\n"))
        #expect(files.contains { $0.path == "FooClientPart1/Endpoints/GetB.swift" })
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
              - {emitter: swift-client, path: h, options: {max-module-endpoints: 100}}
              - {emitter: swift-client, path: i, options: {modules: per-category, min-module-endpoints: 5, max-module-endpoints: 100}}
              - {emitter: swift-client, path: j, options: {modules: per-category, max-module-endpoints: 0}}
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
                "apigen.yaml:11:70: error: 'max-module-endpoints' needs 'modules: per-category': it says how many endpoints the modules that categories are packed into hold",
                "apigen.yaml:12:118: error: 'max-module-endpoints' and 'min-module-endpoints' cannot be combined: the first packs every category into modules of at most that many endpoints, the second puts the categories under that many into one module; keep one",
                "apigen.yaml:13:93: error: 'max-module-endpoints' must be a whole number from 1 to 100000, found '0'",
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

        let parts = "apigen: 1\noutputs:\n  - {emitter: swift-client, path: d, options: {modules: per-category, max-module-endpoints: 120}}\n"
        let (partsConfig, partsDiagnostics) = GeneratorConfig.decode(Array(parts.utf8), path: "apigen.yaml")
        #expect(partsDiagnostics.isEmpty)
        #expect(try #require(partsConfig).outputs.first?.options.maximumModuleEndpoints == 120)
        #expect(try #require(config).outputs.first?.options.maximumModuleEndpoints == nil)
    }
}
