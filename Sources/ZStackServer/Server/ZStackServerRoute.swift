import Foundation
import HTTPTypes
import OpenAPIRuntime
import ZStackClient

/// The endpoints that share a method and a path, registered with the transport as one route.
///
/// Most routes have one endpoint. ZStack's "action" endpoints share one (such as `PUT .../{uuid}/actions`), and
/// ZStack picks the endpoint whose wrapper the body has. Paths whose placeholders differ only in name, such as
/// `/backup-storage/{uuid}/actions` and `/backup-storage/{backupStorageUuid}/actions`, are the same route.
struct ZStackServerRoute: Sendable {
    /// The HTTP method.
    let method: HTTPRequest.Method

    /// The path registered with the transport: the first endpoint's template.
    let pathTemplate: String

    /// The endpoints, in the order of registration.
    let endpoints: [ZStackServerEndpoint]

    /// Groups endpoints into routes, in the order of their first endpoints.
    ///
    /// - Parameter endpoints: The endpoints of the API.
    /// - Returns: One route per method and path.
    static func routes(for endpoints: [ZStackServerEndpoint]) -> [Self] {
        var keys: [String] = []
        var groups: [String: [ZStackServerEndpoint]] = [:]
        for endpoint in endpoints {
            let key = "\(endpoint.operation.method.rawValue) \(shape(of: endpoint.operation.pathTemplate))"
            if groups[key] == nil {
                keys.append(key)
            }
            groups[key, default: []].append(endpoint)
        }
        return keys.compactMap { key in
            guard let group = groups[key], let first = group.first else { return nil }
            return Self(method: first.operation.method, pathTemplate: first.operation.pathTemplate, endpoints: group)
        }
    }

    /// The endpoint that a call is for.
    ///
    /// - Parameter body: The call's whole body.
    /// - Returns: The only endpoint, or else the first whose wrapper the body has, or else the first without one.
    /// - Throws: ``ZStackServerBadRequest`` if no endpoint fits the body.
    func endpoint(forBody body: Data) throws -> ZStackServerEndpoint {
        if endpoints.count == 1, let endpoint = endpoints.first {
            return endpoint
        }
        let keys = (try? JSONDecoder().decode(ZStackServerTopLevelKeys.self, from: body))?.keys ?? []
        if let endpoint = endpoints.first(where: { $0.bodyWrapper.map(keys.contains) ?? false }) {
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

    /// The template with every placeholder's name removed, such as `/zones/{}/actions`.
    private static func shape(of template: String) -> String {
        var shape = ""
        var inPlaceholder = false
        for character in template {
            switch character {
            case "{":
                inPlaceholder = true
                shape.append("{")
            case "}":
                inPlaceholder = false
                shape.append("}")
            default:
                if !inPlaceholder {
                    shape.append(character)
                }
            }
        }
        return shape
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
