/// Finds endpoints that a server cannot tell apart.
///
/// Endpoints share a route when their method and their path agree once placeholder names are
/// removed (`/volumes/{uuid}/actions` and `/volumes/{volumeUuid}/actions`). A server picks among
/// them by the body's top-level key, the wrapper, and takes the one without a wrapper when no
/// wrapper matches; so two endpoints of one route with the same wrapper, or both without one,
/// clash.
struct RouteChecker {
    var diagnostics = DiagnosticCollector()

    mutating func check(_ endpoints: [DecodedEndpoint]) {
        var firstByKey: [String: DecodedEndpoint] = [:]
        for decoded in endpoints {
            let endpoint = decoded.endpoint
            let wrapper = endpoint.body?.wrapper
            let key = "\(endpoint.method.rawValue) \(Self.shape(of: endpoint.path)) \(wrapper.map { "wrapper " + $0 } ?? "no wrapper")"
            guard let first = firstByKey[key] else {
                firstByKey[key] = decoded
                continue
            }
            let other = first.endpoint
            let tellApart = wrapper.map { "both bodies have the wrapper '\($0)'" } ?? "neither body has a wrapper"
            diagnostics.error(
                "endpoint '\(endpoint.operationID)' cannot be told apart from '\(other.operationID)': "
                    + "'\(endpoint.method.rawValue) \(endpoint.path)' is the route of '\(other.method.rawValue) \(other.path)' and \(tellApart); "
                    + "give one of them another path, method or body wrapper",
                at: decoded.pathLocation,
                notes: [.note("'\(other.operationID)' is declared here", at: first.pathLocation)])
        }
    }

    /// The path with every placeholder's name removed: `/volumes/{}/actions`.
    static func shape(of path: String) -> String {
        PathTemplate(path).segments.map { segment in
            switch segment {
            case .literal(let text): text
            case .placeholder: "{}"
            }
        }.joined()
    }
}
