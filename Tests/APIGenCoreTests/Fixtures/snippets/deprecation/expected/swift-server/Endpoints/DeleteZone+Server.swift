import ZStackClient

/// The server side of ``DeleteZone``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/zones/{uuid}`, synchronous.
///
/// - Important: Deprecated since 5.0. Use DeleteZones instead.
nonisolated enum DeleteZoneServerEndpoint: ZStackServerEndpointDefinition {
    @available(*, deprecated, message: "Deprecated since 5.0. Use DeleteZones instead.")
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteZone.operation, bodyWrapper: nil) { call in
            let request = DeleteZone.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self)
            )
            return { try await handler.deleteZone(request) }
        }
    }
}
