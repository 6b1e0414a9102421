import Foundation
import Testing

@testable import APIGenCore

/// The `openapi` emitter: the API as one OpenAPI 3.1 document.
@Suite("OpenAPI export")
struct OpenAPIEmitterTests {
    static func document(_ model: APIModel, locale: String? = nil) -> JSONValue {
        OpenAPIDocument(model: model, locale: locale ?? model.settings.defaultLocale).build()
    }

    @Test("The fixture API's document, byte for byte")
    func fixtureDocument() throws {
        let templates = try MarkdownTestSupport.templates()
        let files = try OpenAPIEmitter().emit(RenderLookupTests.fixtureModel(), templates: templates)
        #expect(files.map(\.path) == ["openapi.yaml"])
        assertMatchesSnapshot(try #require(files.first).contents, at: "__Snapshots__/OpenAPI/fixture-openapi.yaml")
        let json = try OpenAPIEmitter(format: .json).emit(RenderLookupTests.fixtureModel(), templates: templates)
        #expect(json.map(\.path) == ["openapi.json"])
        let parsed = try JSONSerialization.jsonObject(with: Data(try #require(json.first).contents.utf8)) as? [String: Any]
        #expect(parsed?["openapi"] as? String == "3.1.0")
    }

    static let sharedPath = [
        "api.yaml": "apigen: 1\napi:\n  name: T\n  title: T API\n  locales: [en, zh-CN]\n",
        "error-code.yaml": "apigen: 1\ntypes:\n  ErrorCode:\n    fields:\n      code: {type: String}\n",
        "start.yaml": """
            apigen: 1
            endpoint:
              operation-id: StartVm
              title: {en: Start VM, zh-CN: 启动云主机}
              category: [VM]
              execution: asynchronous
              method: PUT
              path: /zstack/v1/vm-instances/{uuid}/actions
              path-parameters:
                uuid: {type: String, required: true}
              body:
                wrapper: startVm
                fields:
                  hostUuid: {type: String, required: true}
                  systemTags: {type: List<String>, outside-wrapper: true}
              response:
                fields:
                  inventory: {type: JSON}
            """,
        "stop.yaml": """
            apigen: 1
            endpoint:
              operation-id: StopVm
              title: Stop VM
              category: [VM]
              method: PUT
              path: /zstack/v1/vm-instances/{vmInstanceUuid}/actions
              path-parameters:
                vmInstanceUuid: {type: String, required: true}
              body:
                wrapper: stopVm
                fields:
                  type: {type: StopType, values: {grace: Graceful, cold: Cold}}
            """,
    ]

    @Test("Endpoints that share a method and path are one operation: a oneOf body, each alternative requiring its wrapper")
    func sharedActionPath() throws {
        let document = Self.document(MarkdownTestSupport.model(Self.sharedPath))
        let paths = try #require(document["paths"])
        // One path, with the first endpoint's placeholder name (StartVm < StopVm), and the job path.
        guard case .object(let items) = paths else { Issue.record("paths is not an object"); return }
        #expect(items.map(\.key) == ["/zstack/v1/api-jobs/{jobUuid}", "/zstack/v1/vm-instances/{uuid}/actions"])
        let operation = try #require(paths["/zstack/v1/vm-instances/{uuid}/actions"]?["put"])
        #expect(operation["operationId"] == .string("putZstackV1VmInstancesActions"))
        #expect(operation["x-apigen-endpoints"]?.arrayItems.map { $0["operationId"] } == [.string("StartVm"), .string("StopVm")])
        #expect(operation["x-apigen-endpoints"]?.arrayItems.map { $0["wrapper"] } == [.string("startVm"), .string("stopVm")])
        #expect(operation["x-apigen-endpoints"]?.arrayItems.last?["x-apigen-path-parameter-names"] == .array([.string("vmInstanceUuid")]))
        let bodies = try #require(operation["requestBody"]?["content"]?["application/json"]?["schema"]?["oneOf"]?.arrayItems)
        #expect(bodies.map { $0["title"] } == [.string("StartVm"), .string("StopVm")])
        #expect(bodies.map { $0["required"] } == [.array([.string("startVm")]), .array([.string("stopVm")])])
        #expect(bodies[0]["properties"]?["startVm"]?["required"] == .array([.string("hostUuid")]))
        // An optional field may be null (read as absent); another endpoint's wrapper may not stand beside this one's
        // (`not: {}`, as OpenAPIKit reads no boolean schema).
        #expect(bodies[0]["properties"]?["systemTags"]?["anyOf"]?.arrayItems.map { $0["type"] } == [.string("array"), .string("null")])
        let forbidden = JSONValue.object([.init(key: "not", value: .object([]))])
        #expect(bodies[0]["properties"]?["stopVm"] == forbidden && bodies[1]["properties"]?["startVm"] == forbidden)
        // One endpoint is synchronous, one asynchronous: both replies are there.
        let responses = try #require(operation["responses"])
        #expect(responses["200"] != nil && responses["202"]?["x-apigen-job-reply"] != nil && responses["503"] != nil)
    }

    @Test("Text is in the chosen locale, the others in x-apigen extensions; enums are open")
    func localesAndEnums() throws {
        let model = MarkdownTestSupport.model(Self.sharedPath)
        let english = Self.document(model)
        let endpoints = try #require(english["paths"]?["/zstack/v1/vm-instances/{uuid}/actions"]?["put"]?["x-apigen-endpoints"]?.arrayItems)
        #expect(endpoints[0]["summary"] == .string("Start VM"))
        #expect(endpoints[0]["x-apigen-summary"] == .object([.init(key: "zh-CN", value: .string("启动云主机"))]))
        let chinese = Self.document(model, locale: "zh-CN")
        #expect(chinese["paths"]?["/zstack/v1/vm-instances/{uuid}/actions"]?["put"]?["x-apigen-endpoints"]?.arrayItems.first?["summary"] == .string("启动云主机"))
        let stopType = try #require(english["components"]?["schemas"]?["StopType"])
        #expect(stopType["anyOf"]?.arrayItems.first?["enum"] == .array([.string("grace"), .string("cold")]))
        #expect(stopType["anyOf"]?.arrayItems.last == .object([.init(key: "type", value: .string("string"))]))
    }
}

extension JSONValue {
    /// The items of an array; empty for anything else.
    var arrayItems: [JSONValue] {
        if case .array(let items) = self { return items }
        return []
    }
}
