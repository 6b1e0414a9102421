import Foundation
import HTTPTypes
import OpenAPIRuntime
import ZStackClient

/// The endpoints that share a method and a path, registered with the transport as one route.
///
/// Most routes have one endpoint. ZStack's "action" endpoints share one (such as `PUT .../{uuid}/actions`), and
/// ZStack picks the endpoint whose wrapper the body has. Paths whose placeholders differ only in name, such as
/// `/backup-storage/{uuid}/actions` and `/backup-storage/{backupStorageUuid}/actions`, are the same route.
///
/// Routers that key path parameters by name (Hummingbird's among them) reject two routes that name the same path
/// position differently, as `/volumes/{uuid}` and `/volumes/{volumeUuid}/actions` do. So every route is registered
/// with one name per position, whatever the method: the name that the first endpoint through that position gives
/// it, made unique within the path. Each endpoint still reads its parameters by its own names.
nonisolated struct ZStackServerRoute: Sendable {
    /// The HTTP method.
    let method: HTTPRequest.Method

    /// The path registered with the transport: the endpoints' shared template, with the registered names.
    let pathTemplate: String

    /// The endpoints, in the order of registration.
    let endpoints: [ZStackServerEndpoint]

    /// Groups endpoints into routes, in the order of their first endpoints.
    ///
    /// - Parameter endpoints: The endpoints of the API.
    /// - Returns: One route per method and path shape.
    static func routes(for endpoints: [ZStackServerEndpoint]) -> [Self] {
        var names = RegisteredNames()
        var keys: [String] = []
        var groups: [String: (template: String, endpoints: [ZStackServerEndpoint])] = [:]
        for endpoint in endpoints {
            let template = names.template(for: endpoint.operation.pathTemplate)
            let key = "\(endpoint.operation.method.rawValue) \(template)"
            if groups[key] == nil {
                keys.append(key)
                groups[key] = (template, [])
            }
            groups[key]?.endpoints.append(endpoint)
        }
        return keys.compactMap { key in
            guard let group = groups[key], let first = group.endpoints.first else { return nil }
            return Self(method: first.operation.method, pathTemplate: group.template, endpoints: group.endpoints)
        }
    }

    /// The endpoint that a call is for.
    ///
    /// - Parameter body: The call's whole body.
    /// - Returns: The only endpoint, or else the one whose wrapper the body has, or else the first without one.
    /// - Throws: ``ZStackServerBadRequest`` if no endpoint fits the body, or if it has the wrappers of
    ///   several, which would leave the endpoint to chance.
    func endpoint(forBody body: Data) throws -> ZStackServerEndpoint {
        if endpoints.count == 1, let endpoint = endpoints.first {
            return endpoint
        }
        let keys = (try? JSONDecoder().decode(ZStackServerTopLevelKeys.self, from: body))?.keys ?? []
        let wrapped = endpoints.filter { $0.bodyWrapper.map(keys.contains) ?? false }
        if wrapped.count > 1 {
            let members = wrapped.compactMap(\.bodyWrapper).map { "\"\($0)\"" }.joined(separator: ", ")
            throw ZStackServerBadRequest(
                details: "The body of \(method) \(pathTemplate) has the members \(members), "
                    + "which belong to different endpoints; it may have only one."
            )
        }
        if let endpoint = wrapped.first {
            return endpoint
        }
        if let endpoint = endpoints.first(where: { $0.bodyWrapper == nil }) {
            return endpoint
        }
        let wrappers = endpoints.compactMap(\.bodyWrapper).map { "\"\($0)\"" }.joined(separator: ", ")
        throw ZStackServerBadRequest(
            details: "The body of \(method) \(pathTemplate) must have one of the members \(wrappers)."
        )
    }

    /// The path parameters of a call, by the names of the endpoint's own placeholders.
    ///
    /// - Parameters:
    ///   - metadata: What the transport parsed from the URL, by the names of the registered template.
    ///   - endpoint: The endpoint called.
    /// - Returns: The raw value of each path parameter.
    func pathParameters(
        _ metadata: ServerRequestMetadata,
        for endpoint: ZStackServerEndpoint
    ) -> [String: Substring] {
        let registered = Self.placeholders(of: pathTemplate)
        let own = Self.placeholders(of: endpoint.operation.pathTemplate)
        guard registered != own else { return metadata.pathParameters }
        var parameters: [String: Substring] = [:]
        for (registeredName, ownName) in zip(registered, own) {
            parameters[ownName] = metadata.pathParameters[registeredName]
        }
        return parameters
    }

    /// The name registered for each path position: the position is the path up to it, with every placeholder's
    /// name removed, such as `/zones/{}/actions/{}`.
    private struct RegisteredNames {
        private var names: [String: String] = [:]

        /// The template with each placeholder renamed to its position's registered name.
        mutating func template(for template: String) -> String {
            var registered = ""
            var shape = ""
            var used: Set<String> = []
            var rest = template[...]
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                registered += rest[..<open]
                shape += rest[..<open] + "{}"
                let own = String(rest[rest.index(after: open)..<close])
                let name = names[shape] ?? Self.unique(own, avoiding: used)
                names[shape] = name
                used.insert(name)
                registered += "{\(name)}"
                rest = rest[rest.index(after: close)...]
            }
            return registered + rest
        }

        /// `name`, or `name2`, `name3`... if an earlier position of the path has it.
        private static func unique(_ name: String, avoiding used: Set<String>) -> String {
            var candidate = name
            var number = 2
            while used.contains(candidate) {
                candidate = "\(name)\(number)"
                number += 1
            }
            return candidate
        }
    }

    /// The names of a template's placeholders, in order.
    private static func placeholders(of template: String) -> [String] {
        var names: [String] = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
