@testable import APIGenCore
import Foundation
import Testing

/// Replies whose fields differ only in the named types they hold share one generic type, which each
/// endpoint's `Response` names with its own types; the texts that differ stay on each endpoint.
@Suite("Replies that differ only in their types share a generic type")
struct GenericReplyTests {
    static let corpus: [SpecSource] = [
        source("api.yaml", "apigen: 1\napi: {name: Foo, title: Foo API, locales: [en]}\n"),
        source("types.yaml", """
            apigen: 1
            types:
              ErrorCode: {fields: {code: {type: String}}}
              Thing: {fields: {name: {type: String}}}
              Other: {fields: {size: {type: Long}}}
              Color: {values: {red: Red, green: Green}}
            """),
        endpoint("GetThing", fields: "success: {type: Boolean}, error: {type: ErrorCode, description: What failed}, inventory: {type: Thing, description: The thing}"),
        // Another order, `since` and another spelling of a type do not make another shape.
        endpoint("GetOther", fields: "inventory: {type: Other, description: The other}, success: {type: boolean, since: \"2.0\"}, error: {type: ErrorCode, description: What failed}"),
        // The same types as GetThing's: it names the same generic type, without text of its own.
        endpoint("GetThingAgain", fields: "success: {type: Boolean}, error: {type: ErrorCode, description: What failed}, inventory: {type: Thing}"),
        endpoint("ListThings", fields: "success: {type: Boolean}, error: {type: ErrorCode, description: What failed}, inventories: {type: List<Thing>}, total: {type: Long}"),
        endpoint("ListColors", fields: "success: {type: Boolean}, error: {type: ErrorCode, description: What failed}, inventories: {type: List<Color>}, total: {type: Long}"),
        // Alone in its shape: a struct of its own.
        endpoint("ListOthers", fields: "success: {type: Boolean}, error: {type: ErrorCode, description: What failed}, inventories: {type: List<Other>}"),
        // Without a named type that differs, the same fields are shared as before: by a typealias to the first.
        endpoint("PingThing", fields: "success: {type: Boolean}, error: {type: ErrorCode, description: What failed}"),
        endpoint("PingOther", fields: "success: {type: Boolean}, error: {type: ErrorCode, description: What failed}"),
    ]

    static func source(_ path: String, _ text: String) -> SpecSource {
        SpecSource(path: path, bytes: Array(text.utf8))
    }

    static func endpoint(_ id: String, fields: String) -> SpecSource {
        source("\(id).yaml", """
            apigen: 1
            endpoint:
              operation-id: \(id)
              title: \(id)
              category: [\(id.hasSuffix("Other") || id.hasSuffix("Others") ? "Others" : "Things")]
              execution: synchronous
              auth: none
              method: GET
              path: /foo/\(id)
              response: {status: 200, description: The reply of \(id), fields: {\(fields)}}
            """)
    }

    static func model() throws -> APIModel {
        let result = SpecCompiler().compile(corpus)
        try #require(!result.hasErrors, "\(result.diagnostics.map(\.formatted))")
        return result.model
    }

    static func files(_ options: EmitterOptions) throws -> [String: String] {
        let files = try SwiftClientEmitter(options: options).emit(try model(), templates: try TemplateSet.builtin())
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
    }

    @Test("Which replies share which generic type, named by the fields that not every reply has")
    func whichShare() throws {
        let model = try Self.model()
        let builder = SwiftClientModelBuilder(model: model, options: EmitterOptions())
        let replies = builder.genericReplies
        // In spec order of their first endpoints: GetOther, ListColors.
        #expect(replies.replies.map(\.name) == ["InventoryReply", "InventoriesTotalReply"])
        #expect(replies.replies.map { $0.parameters.map(\.name) } == [["Inventory"], ["Inventory"]])
        #expect(replies.uses.mapValues(\.typeExpression) == [
            "GetOther": "InventoryReply<Other>", "GetThing": "InventoryReply<Thing>", "GetThingAgain": "InventoryReply<Thing>",
            "ListColors": "InventoriesTotalReply<Color>", "ListThings": "InventoriesTotalReply<Thing>",
        ])
        #expect(builder.sharedResponses == ["PingThing": "PingOther"])
    }

    @Test("A field that holds an opaque JSON value is left open like a named type")
    func jsonValuesAreHeldTypes() throws {
        let result = SpecCompiler().compile(Self.corpus + [
            Self.endpoint("GetBlob", fields: "success: {type: Boolean}, error: {type: ErrorCode}, blob: {type: JSON}"),
            Self.endpoint("GetThingBlob", fields: "success: {type: Boolean}, error: {type: ErrorCode}, blob: {type: List<Thing>}"),
            Self.endpoint("GetBlobs", fields: "success: {type: Boolean}, error: {type: ErrorCode}, blob: {type: List<JSON>}"),
        ])
        try #require(!result.hasErrors, "\(result.diagnostics.map(\.formatted))")
        let builder = SwiftClientModelBuilder(model: result.model, options: EmitterOptions())
        // `JSON` alone is another shape than a list; a list of JSON values and a list of things share one.
        #expect(builder.genericReplies.uses["GetThingBlob"]?.typeExpression == "BlobReply<Thing>")
        #expect(builder.genericReplies.uses["GetBlobs"]?.typeExpression == "BlobReply<FooJSONValue>")
        #expect(builder.genericReplies.uses["GetBlob"] == nil)
        let files = try SwiftClientEmitter(options: EmitterOptions(moduleName: "FooClient")).emit(
            result.model, templates: try TemplateSet.builtin())
        let blobs = try #require(files.first { $0.path == "Endpoints/GetBlobs.swift" }?.contents)
        #expect(blobs.contains("    /// A ``BlobReply`` of ``FooJSONValue``: the replies that differ only in that type share one generic type.\n"))
    }

    @Test("The generic type declares the first endpoint's fields, with the texts they all share")
    func genericFile() throws {
        let files = try Self.files(EmitterOptions(moduleName: "FooClient"))
        let reply = try #require(files["Types/InventoryReply.swift"])
        #expect(reply.hasPrefix("""
            /// The reply of the endpoints whose fields differ only in the type that `inventory` holds: each names it with its own
            /// type in its `Response`, such as `InventoryReply<Other>`.
            ///
            /// A field's text here is the one those endpoints share; each endpoint's `Response` gives its own where it differs.
            public nonisolated final class InventoryReply<Inventory: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
                /// The `inventory` field.
                public let inventory: Inventory?

                /// The `success` field.
                public let success: Bool?

                /// What failed
                public let error: ErrorCode?

            """))
        #expect(reply.contains("        self.inventory = try object.optionalValue(Inventory.self, forKey: \"inventory\")\n"))
        #expect(reply.contains("""
                    guard FooFieldwise.same(lhs.inventory, rhs.inventory) else { return false }
                    guard FooFieldwise.same(lhs.success, rhs.success) else { return false }
                    return FooFieldwise.same(lhs.error, rhs.error)

            """))
        #expect(files["Types/InventoriesTotalReply.swift"]?.contains("    public let inventories: [Inventory]?\n") == true)
    }

    @Test("Each endpoint names the generic type with its types and keeps the texts that differ from that type's")
    func aliases() throws {
        let files = try Self.files(EmitterOptions(moduleName: "FooClient"))
        #expect(files["Endpoints/GetThing.swift"]?.contains("""
                /// The reply of GetThing
                ///
                /// An ``InventoryReply`` of ``Thing``: the replies that differ only in that type share one generic type.
                ///
                /// - `inventory`: The thing
                public typealias Response = InventoryReply<Thing>

            """) == true)
        #expect(files["Endpoints/GetThingAgain.swift"]?.contains("""
                /// An ``InventoryReply`` of ``Thing``: the replies that differ only in that type share one generic type.
                public typealias Response = InventoryReply<Thing>

            """) == true)
        #expect(files["Endpoints/ListOthers.swift"]?.contains("    public final class Response: Codable, Sendable, Equatable {") == true)
        #expect(files["Endpoints/PingThing.swift"]?.contains("    public typealias Response = PingOther.Response\n") == true)
    }

    @Test("In a client split by category the generic type is in the core module, which every category imports")
    func splitClient() throws {
        var options = EmitterOptions(moduleName: "FooClient")
        options.modules = .perCategory
        let files = try Self.files(options)
        let paths = files.keys.filter { $0.hasSuffix("Reply.swift") }.sorted()
        #expect(paths == ["FooClientCore/Types/InventoriesTotalReply.swift", "FooClientCore/Types/InventoryReply.swift"])
        let getOther = try #require(files.first { $0.key.hasSuffix("/Endpoints/GetOther.swift") })
        #expect(getOther.key.hasPrefix("FooClientOthers/"))
        #expect(getOther.value.contains("public import FooClientCore\n"))
        #expect(getOther.value.contains("public typealias Response = InventoryReply<Other>"))
    }

    @Test("A generic type is not named like a type of the API: it takes the API's prefix")
    func nameTakenByAType() throws {
        var corpus = Self.corpus
        corpus[1] = Self.source("types.yaml", """
            apigen: 1
            types:
              ErrorCode: {fields: {code: {type: String}}}
              Thing: {fields: {name: {type: String}}}
              Other: {fields: {size: {type: Long}}}
              Color: {values: {red: Red, green: Green}}
              InventoryReply: {fields: {note: {type: String}}}
            """)
        let result = SpecCompiler().compile(corpus)
        try #require(!result.hasErrors, "\(result.diagnostics.map(\.formatted))")
        let builder = SwiftClientModelBuilder(model: result.model, options: EmitterOptions())
        #expect(builder.genericReplies.replies.map(\.name) == ["FooInventoryReply", "InventoriesTotalReply"])
    }
}
