import FixtureAPI

/// The server side of ``DeleteZone``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/zones/{uuid}`, asynchronous.
///
/// - Important: Deprecated since 5.0. Use DeleteZones instead.
nonisolated enum DeleteZoneServerEndpoint: FixtureServerEndpointDefinition {
    @available(*, deprecated, message: "Deprecated since 5.0. Use DeleteZones instead.")
    static func endpoint(calling handler: some FixtureAPIHandler) -> FixtureServerEndpoint {
        FixtureServerEndpoint(operation: DeleteZone.operation, bodyWrapper: nil) { call in
            let request = DeleteZone.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self)
            )
            return { try await handler.deleteZone(request) }
        }
    }
}
