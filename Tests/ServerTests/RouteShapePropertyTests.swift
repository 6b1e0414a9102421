import Foundation
import HTTPTypes
import Hummingbird
import OpenAPIRuntime
import Testing
import ZStackClient

@testable import ZStackServer

/// The route rule as a property, at the size of the whole ZStack API: for any set of endpoints
/// that validation accepts (no two share a method, a path shape and a body wrapper), whatever names
/// they give their placeholders, the routes register without a clash in Hummingbird's router, and
/// every endpoint answers its own calls with its own parameter names.
@Suite("Route shapes at the size of a real API")
struct RouteShapePropertyTests {
    /// A random route set like ZStack's: resources with `/{id}`, `/{id}/actions` shared by many
    /// endpoints told apart by their wrapper, and nested `/{id}/children/{id}`, each endpoint naming
    /// each position from a small pool, as ZStack's pages do.
    struct RouteSet {
        struct Route {
            var id: String
            var method: HTTPRequest.Method
            var template: String
            var wrapper: String?
            var names: [String]
        }

        var routes: [Route] = []

        init(seed: UInt64, resources: Int) {
            var random = SplitMix(seed: seed)
            var taken: Set<String> = []
            let methods: [HTTPRequest.Method] = [.get, .delete, .put, .post]
            for resource in 0..<resources {
                let base = "/zstack/v1/resource-\(resource)"
                let pool = ["uuid", "resource\(resource)Uuid", "id"]
                for index in 0..<(4 + Int(random.next() % 20)) {
                    let outer = pool[Int(random.next() % 3)]
                    let inner = ["uuid", "childUuid", outer + "Child"][Int(random.next() % 3)]
                    let shape = Int(random.next() % 4)
                    let template: String
                    let names: [String]
                    switch shape {
                    case 0: (template, names) = (base, [])
                    case 1: (template, names) = ("\(base)/{\(outer)}", [outer])
                    case 2: (template, names) = ("\(base)/{\(outer)}/actions", [outer])
                    default:
                        guard inner != outer else { continue }
                        (template, names) = ("\(base)/{\(outer)}/children/{\(inner)}", [outer, inner])
                    }
                    let method = shape == 2 ? .put : methods[Int(random.next() % 4)]
                    let wrapper = shape == 2 ? "action\(index)" : nil
                    let shapeKey = template.replacing(/\{[^}]*\}/, with: "{}")
                    guard taken.insert("\(method) \(shapeKey) \(wrapper ?? "-")").inserted else { continue }
                    routes.append(Route(id: "Op\(resource)x\(index)", method: method, template: template, wrapper: wrapper, names: names))
                }
            }
        }

        var endpoints: [ZStackServerEndpoint] {
            routes.map { route in
                let operation = ZStackOperation(
                    id: route.id, method: route.method, pathTemplate: route.template, requiresAuthorization: false,
                    isAsynchronous: false)
                return ZStackServerEndpoint(operation: operation, bodyWrapper: route.wrapper) { call in
                    let values = try route.names.map { "\($0)=\(try call.pathParameter($0, as: String.self))" }
                    return {
                        UpdateGuestToolsState.Response(
                            inventory: GuestToolsStateInventory(version: ([route.id] + values).joined(separator: " ")))
                    }
                }
            }
        }
    }

    @Test("Any accepted route set registers without a clash and reaches each endpoint by its own names", arguments: [1, 2, 3] as [UInt64])
    func everyEndpointAnswers(seed: UInt64) async throws {
        let set = RouteSet(seed: seed, resources: 60)
        #expect(set.routes.count > 500)
        #expect(set.routes.filter { $0.wrapper != nil }.count > 150)
        let runtime = ZStackServerRuntime(
            serverURL: .defaultOpenAPIServerURL, configuration: ZStackServerConfiguration(), middlewares: [])
        let router = Router()
        try runtime.register(set.endpoints, on: router)
        try router.validate()
        try await withServer(router) { server in
            for (number, route) in set.routes.enumerated() {
                let values = route.names.enumerated().map { "v\(number)-\($0.offset)" }
                var path = route.template
                for (name, value) in zip(route.names, values) {
                    path = path.replacingOccurrences(of: "{\(name)}", with: value)
                }
                let body = route.wrapper.map { #"{"\#($0)": {}}"# }
                let reply = try await send(route.method, path, to: server, body: body)
                let expected = ([route.id] + zip(route.names, values).map { "\($0)=\($1)" }).joined(separator: " ")
                #expect(reply.status == 200, "\(route.method) \(route.template)")
                #expect(try reply.json()["inventory"]?["version"] == .string(expected), "\(route.method) \(route.template)")
            }
        }
    }
}

/// A seeded generator, so that every run tests the same route sets.
private struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
